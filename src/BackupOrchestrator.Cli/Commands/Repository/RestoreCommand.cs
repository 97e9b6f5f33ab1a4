using System.CommandLine;
using BackupOrchestrator.Repository.Restore;
using BackupOrchestrator.Repository.Snapshots;

namespace BackupOrchestrator.Cli.Repository;

/// <summary>backupctl restore SNAPSHOT (--to DIR [--only PATH] | --tar FILE).</summary>
internal static class RestoreCommand
{
    public static Command Create()
    {
        var command = new Command("restore", "Restore a snapshot to a folder, to a plain .tar, or only one file or folder of it.");
        var repo = new RepositoryOptions();
        repo.AddTo(command);
        var snapshot = new Argument<string>("snapshot") { Description = "Snapshot id (or prefix), full name, 'latest' or 'latest:SERVICE'." };
        var to = new Option<string?>("--to") { Description = "Restore into this folder (a whole snapshot keeps its absolute paths below it; with --only, the file or folder lands here under its own name)." };
        var tar = new Option<string?>("--tar") { Description = "Write the snapshot as a plain .tar file ('-' for stdout)." };
        var only = new Option<string?>("--only") { Description = "Restore only this file or folder (its path as backed up, absolute or relative to the current folder, or commands/NAME) into --to under its own name; fetches only its chunks." };
        command.Arguments.Add(snapshot);
        command.Options.Add(to);
        command.Options.Add(tar);
        command.Options.Add(only);
        command.SetAction((parse, cancellationToken) => RepositoryOptions.RunAsync(parse, async (output, error) =>
        {
            var directory = parse.GetValue(to);
            var tarPath = parse.GetValue(tar);
            if ((directory is null) == (tarPath is null) || (tarPath is not null && parse.GetValue(only) is not null))
            {
                await error.WriteLineAsync("error: give exactly one of --to DIR or --tar FILE (--only works with --to).");
                return RepositoryOptions.ExitUsage;
            }
            var repository = await repo.OpenAsync(parse, create: false, cancellationToken);
            var manifest = await new SnapshotStore(repository).FindAsync(parse.GetValue(snapshot)!, cancellationToken);
            var restorer = new Restorer(repository);
            if (tarPath is not null)
            {
                if (tarPath == "-")
                {
                    await using var stdout = Console.OpenStandardOutput();
                    await restorer.ToTarAsync(manifest, stdout, cancellationToken);
                    return RepositoryOptions.ExitOk;
                }
                var temp = tarPath + ".partial";
                await using (var file = File.Create(temp))
                {
                    await restorer.ToTarAsync(manifest, file, cancellationToken);
                    // Durable before it takes its name, like every file a restore writes.
                    file.Flush(flushToDisk: true);
                }
                File.Move(temp, tarPath, overwrite: true);
                Restorer.MakeDurable(Path.GetDirectoryName(Path.GetFullPath(tarPath))!);
                await error.WriteLineAsync($"wrote {tarPath}: snapshot {manifest.ShortId} of {manifest.Service}, {RepositoryOptions.Size(manifest.StreamLength)}, stream hash verified");
                return RepositoryOptions.ExitOk;
            }
            var selected = parse.GetValue(only) is { } given ? RestoreSelection.Resolve(manifest, given) : null;
            var staging = selected is null ? directory! : RestoreSelection.Staging(directory!);
            RestoreResult result;
            try
            {
                result = await restorer.ToDirectoryAsync(manifest, staging, selected, cancellationToken);
            }
            catch when (selected is not null && Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
                throw;
            }

            var landed = selected is null ? directory! : RestoreSelection.MoveUp(staging, selected, directory!);
            if (selected is not null)
            {
                // The move up renamed entries into --to and deleted the staging folder: durable before we say done.
                Restorer.MakeDurable(directory!);
            }
            foreach (var w in result.Warnings)
            {
                await error.WriteLineAsync("warning: " + w);
            }
            foreach (var e in result.Errors)
            {
                await error.WriteLineAsync("error: " + e);
            }
            // The files are synced before the move up, the move up after it; a crash between the two leaves them whole in the staging folder inside --to.
            await output.WriteLineAsync($"restored {result.Files} files ({RepositoryOptions.Size(result.Bytes)} of stream) of snapshot {manifest.ShortId} ({manifest.Service}) to {landed}, on disk (final sync {result.SyncTime.TotalSeconds:0.0} s)");
            return result.Errors.Count == 0 ? RepositoryOptions.ExitOk : RepositoryOptions.ExitFailed;
        }, heapMegabytes: RepositoryOptions.ReadingHeapMegabytes));
        return command;
    }
}
