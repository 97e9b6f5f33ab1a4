using System.CommandLine;
using BackupOrchestrator.Repository.Maintenance;
using BackupOrchestrator.Repository.Snapshots;

namespace BackupOrchestrator.Cli.Repository;

/// <summary>backupctl copy --to-repo TARGET [--snapshot ID]...: sends snapshots and only the chunks the destination lacks.</summary>
internal static class CopyCommand
{
    public static Command Create()
    {
        var command = new Command("copy", "Copy snapshots to another target (3-2-1), sending only the chunks it lacks.");
        var repo = new RepositoryOptions();
        repo.AddTo(command);
        var destination = new Option<string>("--to-repo") { Description = "Destination target (directory or blob:CONTAINER[/PREFIX]); created with the same key if empty.", Required = true };
        var snapshots = new Option<string[]>("--snapshot") { Description = "Only these snapshots (id, prefix or 'latest:SERVICE'; repeatable). Default: all the destination lacks." };
        command.Options.Add(destination);
        command.Options.Add(snapshots);
        command.SetAction((parse, cancellationToken) => RepositoryOptions.RunAsync(parse, async (output, _) =>
        {
            var repository = await repo.OpenAsync(parse, create: false, cancellationToken);
            List<string>? names = null;
            if (parse.GetValue(snapshots) is { Length: > 0 } wanted)
            {
                var store = new SnapshotStore(repository);
                names = [];
                foreach (var w in wanted)
                {
                    names.Add((await store.FindAsync(w, cancellationToken)).Name);
                }
            }
            var target = repo.Target(parse, destination);
            var report = await new Copier(repository).CopyAsync(target, names, cancellationToken: cancellationToken);
            await output.WriteLineAsync($"copied {report.SnapshotsCopied} snapshots ({report.SnapshotsAlreadyThere} already there) to {target.Description}: " +
                $"{report.ChunksCopied} chunks sent ({RepositoryOptions.Size(report.BytesCopied)}), {report.ChunksAlreadyThere} already there");
            return RepositoryOptions.ExitOk;
        }, heapMegabytes: RepositoryOptions.ReadingHeapMegabytes));
        return command;
    }
}
