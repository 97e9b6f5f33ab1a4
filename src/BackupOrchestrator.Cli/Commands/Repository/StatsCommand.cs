using System.CommandLine;
using BackupOrchestrator.Repository.Maintenance;

namespace BackupOrchestrator.Cli.Repository;

/// <summary>backupctl stats: sizes, dedup and compression ratios, per-service and target usage.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var command = new Command("stats", "Show repository sizes: logical, unique, stored; dedup and compression ratios; per service.");
        var repo = new RepositoryOptions();
        repo.AddTo(command);
        command.SetAction((parse, cancellationToken) => RepositoryOptions.RunAsync(parse, async (output, error) =>
        {
            var repository = await repo.OpenAsync(parse, create: false, cancellationToken);
            var s = await RepositoryStatistics.ComputeAsync(repository, cancellationToken);
            await output.WriteLineAsync($"target:        {s.Target}");
            await output.WriteLineAsync($"snapshots:     {s.Snapshots} of {s.Services} services");
            await output.WriteLineAsync($"logical size:  {RepositoryOptions.Size(s.LogicalBytes)} (sum of all snapshots' tar streams)");
            await output.WriteLineAsync($"unique data:   {RepositoryOptions.Size(s.UniqueBytes)} (dedup ratio {s.DedupRatio:0.00}x)");
            await output.WriteLineAsync($"stored:        {RepositoryOptions.Size(s.StoredBytes)} in {s.Chunks} chunks (compression {s.CompressionRatio:0.00}x; {s.UnreferencedChunks} unreferenced, {RepositoryOptions.Size(s.UnreferencedBytes)})");
            foreach (var p in s.PerService)
            {
                await output.WriteLineAsync($"  {p.Service,-20} {p.Snapshots,4} snapshots, latest {p.Latest.UtcDateTime:yyyy-MM-dd HH:mm} {RepositoryOptions.Size(p.LatestBytes),10}");
            }
            foreach (var e in s.Errors)
            {
                await error.WriteLineAsync("error: " + e);
            }
            return s.Errors.Count == 0 ? RepositoryOptions.ExitOk : RepositoryOptions.ExitFailed;
        }));
        return command;
    }
}
