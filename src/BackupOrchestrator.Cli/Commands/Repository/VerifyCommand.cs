using System.CommandLine;
using BackupOrchestrator.Repository.Maintenance;

namespace BackupOrchestrator.Cli.Repository;

/// <summary>backupctl verify [--sample FRACTION]: re-reads chunks and names what a bad one affects.</summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var command = new Command("verify", "Check every snapshot manifest and re-read all chunks (or a sample); report what a bad or missing chunk affects.");
        var repo = new RepositoryOptions();
        repo.AddTo(command);
        var sample = new Option<double?>("--sample") { Description = "Read only this fraction of the chunks (0..1], e.g. 0.1. Missing chunks are always found." };
        command.Options.Add(sample);
        command.SetAction((parse, cancellationToken) => RepositoryOptions.RunAsync(parse, async (output, error) =>
        {
            var fraction = parse.GetValue(sample);
            if (fraction is <= 0 or > 1)
            {
                await error.WriteLineAsync("error: --sample must be in (0, 1].");
                return RepositoryOptions.ExitUsage;
            }
            var repository = await repo.OpenAsync(parse, create: false, cancellationToken);
            var report = await new Verifier(repository).VerifyAsync(fraction, cancellationToken: cancellationToken);
            foreach (var damaged in report.DamagedSnapshots)
            {
                await output.WriteLineAsync("damaged snapshot: " + damaged);
            }
            foreach (var damaged in report.DamagedIndexes)
            {
                await output.WriteLineAsync("damaged index: " + damaged);
            }
            foreach (var problem in report.Problems)
            {
                await output.WriteLineAsync($"{problem.Kind} chunk {problem.ChunkId}: {problem.Message}");
                foreach (var a in problem.Affected)
                {
                    var more = a.FileCount > a.Files.Count ? $" (+{a.FileCount - a.Files.Count} more)" : "";
                    await output.WriteLineAsync($"  affects snapshot {a.Snapshot} ({a.Service}): {string.Join(", ", a.Files)}{more}");
                }
            }
            await output.WriteLineAsync($"{(report.Ok ? "ok" : "PROBLEMS")}: {report.Snapshots} snapshots, {report.ChunksChecked} of {report.ChunksReferenced} chunks read, {report.Problems.Count} bad or missing, {report.DamagedSnapshots.Count} damaged manifests, {report.DamagedIndexes.Count} damaged indexes");
            return report.Ok ? RepositoryOptions.ExitOk : RepositoryOptions.ExitFailed;
        }, heapMegabytes: RepositoryOptions.ReadingHeapMegabytes));
        return command;
    }
}
