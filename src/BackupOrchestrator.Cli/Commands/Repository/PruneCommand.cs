using System.CommandLine;
using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Domain.Retention;
using BackupOrchestrator.Repository.Maintenance;

namespace BackupOrchestrator.Cli.Repository;

/// <summary>backupctl prune [--dry-run]: retention per service (catalog or --keep-*), then garbage collection.</summary>
internal static class PruneCommand
{
    public static Command Create()
    {
        var command = new Command("prune", "Forget snapshots the retention policy drops, then delete chunks no snapshot needs (after a grace period). --dry-run shows keep/remove with reasons.");
        var repo = new RepositoryOptions();
        repo.AddTo(command);
        var dryRun = new Option<bool>("--dry-run", "-n") { Description = "Show what would be kept and removed, and why; change nothing." };
        var catalog = new Option<string?>("--catalog", "-c") { Description = "Take retention (global and per-service overrides) from this catalog." };
        var daily = new Option<int?>("--keep-daily") { Description = "Without --catalog: daily snapshots to keep (default 7)." };
        var weekly = new Option<int?>("--keep-weekly") { Description = "Without --catalog: weekly snapshots to keep (default 1)." };
        var monthly = new Option<int?>("--keep-monthly") { Description = "Without --catalog: monthly snapshots to keep (default 1)." };
        var last = new Option<int?>("--keep-last") { Description = "Without --catalog: newest snapshots to keep (default 0)." };
        var grace = new Option<double>("--grace-hours") { Description = "Unused packs younger than this are kept (default 24).", DefaultValueFactory = _ => 24 };
        foreach (var option in new Option[] { dryRun, catalog, daily, weekly, monthly, last, grace })
        {
            command.Options.Add(option);
        }
        command.SetAction((parse, cancellationToken) => RepositoryOptions.RunAsync(parse, async (output, error) =>
        {
            Func<string, RetentionRule> ruleFor;
            if (parse.GetValue(catalog) is { } path)
            {
                var loaded = CatalogLoader.Read(path).Catalog ?? throw new CatalogException([]);
                ruleFor = service => loaded.FindService(service) is { } definition ? loaded.RetentionOf(definition) : loaded.Retention;
            }
            else
            {
                var rule = new RetentionRule(KeepLast: parse.GetValue(last) ?? 0, Daily: parse.GetValue(daily) ?? 7, Weekly: parse.GetValue(weekly) ?? 1, Monthly: parse.GetValue(monthly) ?? 1);
                ruleFor = _ => rule;
            }
            var repository = await repo.OpenAsync(parse, create: false, cancellationToken);
            bool dry = parse.GetValue(dryRun);
            var report = await new Pruner(repository).PruneAsync(ruleFor, dry, TimeSpan.FromHours(parse.GetValue(grace)), cancellationToken);
            foreach (var d in report.Decisions)
            {
                await output.WriteLineAsync($"{(d.Keep ? "keep  " : "remove")} {d.Snapshot}  {d.Service,-20} {string.Join("; ", d.Reasons)}");
            }
            foreach (var e in report.Errors)
            {
                await error.WriteLineAsync("error: " + e);
            }
            var verb = dry ? "would delete" : "deleted";
            await output.WriteLineAsync(report.SweepSkipped is { } why
                ? $"sweep skipped: {why}"
                : $"{verb} {report.PacksDeleted} unused packs ({report.ChunksDeleted} chunks, {RepositoryOptions.Size(report.BytesDeleted)}); {report.ChunksReferenced} chunks in use; " +
                  $"{report.PacksInGrace} unused packs kept for the grace period; {report.ChunksUnusedInKeptPacks} unused chunks ({RepositoryOptions.Size(report.BytesUnusedInKeptPacks)}) stay in packs still in use");
            return report.Errors.Count == 0 ? RepositoryOptions.ExitOk : RepositoryOptions.ExitFailed;
        }));
        return command;
    }
}
