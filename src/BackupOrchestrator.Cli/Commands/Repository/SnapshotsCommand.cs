using System.CommandLine;
using BackupOrchestrator.Repository.Snapshots;

namespace BackupOrchestrator.Cli.Repository;

/// <summary>backupctl snapshots: lists snapshots (oldest first); damaged manifests are listed as errors.</summary>
internal static class SnapshotsCommand
{
    public static Command Create()
    {
        var command = new Command("snapshots", "List the snapshots of a repository.");
        var repo = new RepositoryOptions();
        repo.AddTo(command);
        var service = new Option<string?>("--service", "-s") { Description = "Only this service." };
        command.Options.Add(service);
        command.SetAction((parse, cancellationToken) => RepositoryOptions.RunAsync(parse, async (output, error) =>
        {
            var repository = await repo.OpenAsync(parse, create: false, cancellationToken);
            var (snapshots, errors) = await new SnapshotStore(repository).LoadSummariesAsync(cancellationToken);
            var only = parse.GetValue(service);
            await output.WriteLineAsync($"{"id",-8}  {"time (UTC)",-19}  {"service",-20}  {"host",-12}  {"size",10}  {"files",7}  tags");
            foreach (var s in snapshots.Where(s => only is null || s.Service == only))
            {
                await output.WriteLineAsync($"{s.ShortId,-8}  {s.Time.UtcDateTime:yyyy-MM-dd HH:mm:ss}  {s.Service,-20}  {s.Host,-12}  {RepositoryOptions.Size(s.StreamLength),10}  {s.EntryCount,7}  {string.Join(',', s.Tags)}");
            }
            foreach (var e in errors)
            {
                await error.WriteLineAsync("error: " + e);
            }
            return errors.Count == 0 ? RepositoryOptions.ExitOk : RepositoryOptions.ExitFailed;
        }));
        return command;
    }
}
