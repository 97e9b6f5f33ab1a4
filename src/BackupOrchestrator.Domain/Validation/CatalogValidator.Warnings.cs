using System.Globalization;
using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Domain.Objectives;
using BackupOrchestrator.Domain.Planning;
using BackupOrchestrator.Domain.Quantities;

namespace BackupOrchestrator.Domain.Validation;

public static partial class CatalogValidator
{
    /// <summary>
    /// What will likely go wrong, judged on the night of <paramref name="night"/>: dependencies
    /// scheduled after their dependents, schedules that cannot meet the RPO, predicted window
    /// overflows and skips, backups over the timeout or max size, and a capacity estimate over a
    /// target's capacity. The catalog must be free of errors.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Warnings(Catalog catalog, DateOnly night)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var d = new List<Diagnostic>();
        var plan = NightPlanner.Plan(catalog, night);
        DependencyOrder(catalog, night, d);
        Rpo(catalog, night, d);
        Plan(catalog, plan, d);
        Capacity(catalog, d);
        if (!catalog.Targets.All().Any())
        {
            d.Add(Warning(DiagnosticCodes.NoTargets, "the catalog has no targets; backups have nowhere to go.", SourceLocation.InFile(catalog.FilePath), null, "add targets: primary (blob), secondary (directory), offsite (blob)."));
        }

        return d;
    }

    private static Diagnostic Warning(string code, string message, SourceLocation at, string? service, string? hint) =>
        new(DiagnosticSeverity.Warning, code, message, at, service, hint);

    private static void DependencyOrder(Catalog catalog, DateOnly night, List<Diagnostic> d)
    {
        foreach (var s in catalog.Services)
        {
            var mine = catalog.ScheduleOf(s).ReleaseOn(night);
            if (mine is null)
            {
                continue;
            }

            foreach (var name in s.DependsOn)
            {
                var dependency = catalog.FindService(name);
                var theirs = dependency is null ? null : catalog.ScheduleOf(dependency).ReleaseOn(night);
                if (theirs > mine)
                {
                    d.Add(Warning(
                        DiagnosticCodes.DependencyLater,
                        $"{s.Name} ({mine:HH:mm}) depends on {name}, which is scheduled later ({theirs:HH:mm}); {s.Name} will wait for it (up to max_duration {DurationText.Format(catalog.Limits.MaxDuration)}) instead of running at {mine:HH:mm}.",
                        s.LocationOf("depends_on"),
                        s.Name,
                        $"move {name} to an earlier window or {s.Name} to a later one."));
                }
            }
        }
    }

    private static void Rpo(Catalog catalog, DateOnly night, List<Diagnostic> d)
    {
        var from = night.ToDateTime(TimeOnly.MinValue);
        foreach (var s in catalog.Services)
        {
            if (catalog.RpoOf(s) is not { } rpo)
            {
                continue;
            }

            var schedule = catalog.ScheduleOf(s);
            var gap = schedule.LongestGap(from);
            if (gap is null)
            {
                d.Add(Warning(DiagnosticCodes.RpoUnmeetable, $"{s.Name}'s schedule ({schedule}) runs at most once in 15 days, so its RPO of {DurationText.Format(rpo)} cannot be met.", s.LocationOf(s.Cron is null ? "name" : "cron"), s.Name, "schedule it at least as often as its RPO."));
            }
            else if (gap > rpo)
            {
                d.Add(Warning(DiagnosticCodes.RpoUnmeetable, $"{s.Name}'s schedule ({schedule}) leaves up to {DurationText.Format(gap.Value)} between backups, more than its RPO of {DurationText.Format(rpo)}.", s.LocationOf(s.Cron is null ? "name" : "cron"), s.Name, $"back it up at least every {DurationText.Format(rpo)} or relax its rpo."));
            }
        }
    }

    private static void Plan(Catalog catalog, NightPlan plan, List<Diagnostic> d)
    {
        foreach (var b in plan.Backups)
        {
            var s = catalog.FindService(b.Service)!;
            if (b.Overflow > TimeSpan.Zero)
            {
                var why = b.WaitedFor.Count > 0 ? $" because it waits for {string.Join(", ", b.WaitedFor)}" : b.SlotWait > TimeSpan.Zero ? $" after waiting {DurationText.Format(b.SlotWait)} for a free slot" : "";
                d.Add(Warning(
                    DiagnosticCodes.WindowOverflow,
                    $"{b.Service} is predicted to end at {b.End:HH:mm}, {DurationText.Format(b.Overflow)} after its {b.Tier} window ends ({b.WindowEnd:HH:mm}){why}.",
                    s.Location,
                    s.Name,
                    "see `backupctl plan`; move it or its dependencies, or raise limits.max_concurrent."));
            }

            if (b.Status == PlanStatus.Skipped)
            {
                d.Add(Warning(DiagnosticCodes.DependencySkipped, $"{b.Service} is predicted to be skipped: {b.Reason}.", s.LocationOf("depends_on"), s.Name, "schedule its dependencies earlier or on the same days."));
            }

            if (b.Duration > catalog.Limits.Timeout)
            {
                d.Add(Warning(DiagnosticCodes.TimeoutExceeded, $"{b.Service}'s backup is expected to take {DurationText.Format(b.Duration)} ({ByteSize.Format(b.Size)} at {ByteSize.Format(catalog.Planning.Throughput)}/s), longer than limits.timeout {DurationText.Format(catalog.Limits.Timeout)}.", s.LocationOf("expected_size"), s.Name, "raise limits.timeout or split the service's sources."));
            }

            if (b.Size > catalog.Limits.MaxSize)
            {
                d.Add(Warning(DiagnosticCodes.SizeExceeded, $"{b.Service}'s expected size {ByteSize.Format(b.Size)} is over limits.max_size {ByteSize.Format(catalog.Limits.MaxSize)}.", s.LocationOf("expected_size"), s.Name, "raise limits.max_size or split the service."));
            }
        }
    }

    private static void Capacity(Catalog catalog, List<Diagnostic> d)
    {
        var estimate = CapacityEstimator.Estimate(catalog);
        foreach (var t in estimate.Targets.Where(t => !t.Fits))
        {
            d.Add(Warning(
                DiagnosticCodes.CapacityExceeded,
                string.Create(CultureInfo.InvariantCulture, $"target {t.Role} holds {ByteSize.Format(t.Capacity!.Value)} but the backups are estimated at {ByteSize.Format(t.EstimatedBytes)} ({ByteSize.Format(estimate.RawBytes)} raw x {estimate.RetentionFactor:0.##} retention / {estimate.DedupRatio:0.##} dedup)."),
                catalog.LocationOf($"targets.{t.Role}"),
                null,
                "raise the capacity, keep fewer restore points, or count on more dedup (capacity.dedup_ratio)."));
        }
    }
}
