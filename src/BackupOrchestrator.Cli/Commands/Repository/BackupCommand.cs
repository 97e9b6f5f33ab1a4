using System.CommandLine;
using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Repository.Backup;
using BackupSource = BackupOrchestrator.Repository.Sources.BackupSource;
using PathSource = BackupOrchestrator.Repository.Sources.PathSource;
using DomainCommand = BackupOrchestrator.Domain.Catalogs.CommandSource;
using DomainPath = BackupOrchestrator.Domain.Catalogs.PathSource;

namespace BackupOrchestrator.Cli.Repository;

/// <summary>
/// backupctl backup: one ad-hoc backup of one service, its sources from a catalog
/// (--catalog FILE --service NAME) or given explicitly (--path, --command).
/// </summary>
internal static class BackupCommand
{
    public static Command Create()
    {
        var command = new Command("backup", "Back up one service now: its catalog sources, or explicit --path/--command sources.");
        var repo = new RepositoryOptions();
        repo.AddTo(command);
        var service = new Option<string>("--service", "-s") { Description = "The service name (recorded in the snapshot; looked up in --catalog when given).", Required = true };
        var catalog = new Option<string?>("--catalog", "-c") { Description = "A catalog (YAML) whose service sources to back up." };
        var paths = new Option<string[]>("--path") { Description = "A file or folder to back up (repeatable).", AllowMultipleArgumentsPerToken = false };
        var commands = new Option<string[]>("--command") { Description = "NAME=ARGV: a command whose stdout is stored as commands/NAME, argv split on spaces, no shell (repeatable). E.g. --command 'db.sql=pg_dumpall -U postgres'." };
        var tags = new Option<string[]>("--tag") { Description = "A tag for the snapshot (repeatable)." };
        var strict = new Option<bool>("--fail-on-unreadable") { Description = "Fail instead of skipping files that cannot be read." };
        var profile = new Option<bool>("--profile") { Description = "Print where the time went, stage by stage (read, hash, seal, pack, store), on stderr." };
        command.Options.Add(service);
        command.Options.Add(catalog);
        command.Options.Add(paths);
        command.Options.Add(commands);
        command.Options.Add(tags);
        command.Options.Add(strict);
        command.Options.Add(profile);
        command.SetAction((parse, cancellationToken) => RepositoryOptions.RunAsync(parse, async (output, error) =>
        {
            var name = parse.GetValue(service)!;
            var sources = new List<BackupSource>();
            if (parse.GetValue(catalog) is { } catalogPath)
            {
                var read = CatalogLoader.Read(catalogPath);
                var definition = read.Catalog?.FindService(name);
                if (read.Catalog is null || definition is null)
                {
                    await error.WriteLineAsync(read.Catalog is null
                        ? $"error: {catalogPath} cannot be read: {string.Join("; ", read.Diagnostics.Where(d => d.IsError))}"
                        : $"error: {catalogPath} has no service '{name}'.");
                    return RepositoryOptions.ExitUsage;
                }
                foreach (var source in definition.Sources)
                {
                    sources.Add(source switch
                    {
                        DomainPath p => new PathSource(p.ResolvedPath),
                        DomainCommand c => new BackupOrchestrator.Repository.Sources.CommandSource(c.StreamName, c.Argv) { WorkingDirectory = read.Catalog.DataRoot },
                        _ => throw new InvalidOperationException($"Unknown source kind {source.GetType().Name}."),
                    });
                }
            }
            sources.AddRange((parse.GetValue(paths) ?? []).Select(p => new PathSource(p)));
            foreach (var spec in parse.GetValue(commands) ?? [])
            {
                int equals = spec.IndexOf('=');
                var argv = equals > 0 ? spec[(equals + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
                if (equals <= 0 || argv.Length == 0)
                {
                    await error.WriteLineAsync($"error: --command '{spec}' must be NAME=ARGV, e.g. 'db.sql=pg_dumpall -U postgres'.");
                    return RepositoryOptions.ExitUsage;
                }
                sources.Add(new BackupOrchestrator.Repository.Sources.CommandSource(spec[..equals], argv));
            }
            if (sources.Count == 0)
            {
                await error.WriteLineAsync($"error: nothing to back up for service '{name}': give --catalog with a service that has sources, or --path/--command.");
                return RepositoryOptions.ExitUsage;
            }
            var repository = await repo.OpenAsync(parse, create: true, cancellationToken);
            var progress = new ProgressLine(error);
            var request = new BackupRequest(name, sources) { Tags = parse.GetValue(tags) ?? [], FailOnUnreadable = parse.GetValue(strict) };
            BackupResult result;
            try
            {
                // A blob write waits on the network: more of them in flight keep the cores busy.
                var options = new BackupOptions { Uploaders = repository.Target is BackupOrchestrator.Repository.Targets.BlobTarget ? 4 : 2 };
                result = await new BackupRunner(repository, options).RunAsync(request, progress.Report, cancellationToken);
            }
            finally
            {
                progress.Finish();
            }
            var s = result.Snapshot;
            if (parse.GetValue(profile) && result.Stages is { } stages)
            {
                foreach (var line in stages.Lines())
                {
                    await error.WriteLineAsync("profile: " + line);
                }
            }
            foreach (var warning in result.Warnings)
            {
                await error.WriteLineAsync("warning: " + warning);
            }
            await output.WriteLineAsync($"snapshot {s.ShortId} ({s.Name}) of {s.Service}: {s.Entries.Count} entries, {RepositoryOptions.Size(s.StreamLength)} stream, " +
                $"{s.Stats.FilesNew} files read, {s.Stats.FilesUnchanged} unchanged, {s.Stats.ChunksNew} new chunks ({RepositoryOptions.Size(s.Stats.BytesStoredNew)} stored) in {s.Stats.Seconds:0.0} s");
            return RepositoryOptions.ExitOk;
        }, heapMegabytes: 176));
        return command;
    }
}
