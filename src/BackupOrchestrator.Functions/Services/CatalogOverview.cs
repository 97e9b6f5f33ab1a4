using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Domain.Night;
using BackupOrchestrator.Domain.Objectives;
using BackupOrchestrator.Domain.Planning;
using BackupOrchestrator.Functions.Configuration;
using BackupOrchestrator.Functions.Http;
using BackupOrchestrator.Functions.Night;
using BackupOrchestrator.Repository;
using BackupOrchestrator.Repository.Snapshots;
using Microsoft.Extensions.Options;

namespace BackupOrchestrator.Functions.Services;

/// <summary>
/// Builds what the monitor shows of the catalog: each service against its RPO and RTO from the snapshots on the
/// primary target (the truth of what is restorable, whatever the orchestrations say), the planner's night, the
/// capacity estimate against each target. Reads only.
/// </summary>
public sealed class CatalogOverview(IOptions<NightOptions> options, RepositoryAccess repositories, TimeProvider time)
{
    private const int TrendNights = 14;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Target, string Name), SnapshotSummary> _summaries = new();

    /// <summary>The configured catalog file, parsed (errors throw <see cref="CatalogException"/> with validate's messages).</summary>
    public Catalog Current()
    {
        var path = NightOptions.Resolve(options.Value.Catalog);
        var text = File.ReadAllText(path);
        return NightStarter.Parse(new CatalogSnapshot(path, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), text, time.GetUtcNow()));
    }

    public static TimeZoneInfo Zone(Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(catalog.TimeZone);
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }

    public async Task<CatalogView> BuildAsync(CancellationToken cancellationToken)
    {
        var catalog = Current();
        var zone = Zone(catalog);
        var now = time.GetUtcNow();
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        var tonight = NightClock.BackupDay(now, zone);
        var next = NightPlanner.NextNight(catalog, local);
        var tonightPlan = NightPlanner.Plan(catalog, tonight);
        var nextPlan = next == tonight ? tonightPlan : NightPlanner.Plan(catalog, next);

        var errors = new List<string>();
        var targets = new List<TargetView>();
        List<SnapshotSummary> primarySnapshots = [];
        foreach (var target in catalog.Targets.All())
        {
            var (snapshots, error) = await SnapshotsOnAsync(catalog, target, cancellationToken);
            if (error is not null)
            {
                errors.Add($"targets.{target.Role}: {error}");
            }

            if (target == catalog.Targets.Primary && snapshots is not null)
            {
                primarySnapshots = snapshots;
            }

            targets.Add(new TargetView(target.Role, target.Kind.ToString(), Where(target), target.Capacity, snapshots?.Count,
                snapshots?.Sum(s => s.Stats.BytesStoredNew), error));
        }

        var bySvc = primarySnapshots.GroupBy(s => s.Service, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.OrderBy(s => s.Time).ToList(), StringComparer.Ordinal);
        var services = catalog.Services.Select(s => ServiceOf(catalog, s, bySvc.GetValueOrDefault(s.Name) ?? [], now, local, zone, tonightPlan, nextPlan)).ToList();

        var estimate = CapacityEstimator.Estimate(catalog);
        var capacity = new CapacityView(estimate.RawBytes, estimate.RetentionFactor, estimate.DedupRatio, estimate.EstimatedBytes,
            estimate.Targets.Select(t => new TargetCapacityView(t.Role, t.Capacity, t.EstimatedBytes, t.Usage, t.Fits)).ToList());
        var th = catalog.Thresholds;
        return new CatalogView(catalog.Name ?? Path.GetFileNameWithoutExtension(catalog.FilePath), catalog.FilePath, zone.Id, Offset(zone.GetUtcOffset(now)), now,
            NightIds.Day(tonight), NightIds.Day(next), catalog.Limits.MaxConcurrent, options.Value.ReadOnly, catalog.Retention.ToString(),
            new ThresholdsView(th.Cpu, th.Memory, th.Disk, th.Io),
            catalog.Windows.OrderBy(w => w.Start).Select(w => new CatalogWindowView(w.Name, w.Start.ToString("HH:mm", CultureInfo.InvariantCulture), w.Length.TotalSeconds, w.Rpo?.TotalSeconds, w.Rto?.TotalSeconds)).ToList(),
            targets, capacity, services, errors);
    }

    /// <summary>The planner's night <paramref name="day"/> of <paramref name="catalog"/>; on <paramref name="clock"/> when the night started (real times compressed as it runs).</summary>
    public static NightPlanView PlanOf(Catalog catalog, DateOnly day, NightClock? clock)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var zone = Zone(catalog);
        var plan = NightPlanner.Plan(catalog, day);
        DateTimeOffset? Night(DateTime? t) => t is { } v ? new DateTimeOffset(v, zone.GetUtcOffset(v)) : null;
        DateTimeOffset? Real(DateTime? t) => t is { } v ? (clock is null ? Night(v) : clock.ToReal(v)) : null;
        return new NightPlanView(NightIds.Day(day), clock is not null, zone.Id, clock?.Compression ?? 1, catalog.Limits.MaxConcurrent,
            Real(plan.NightStart)!.Value, Real(plan.NightEnd)!.Value,
            plan.Backups.Select(b => new PlannedBarView(b.Service, b.Tier, catalog.FindService(b.Service)?.DependsOn ?? [], b.Status.ToString(), b.Reason,
                Night(b.Release), Night(b.Start), Night(b.End), Real(b.Start), Real(b.End))).ToList());
    }

    private static CatalogServiceView ServiceOf(Catalog catalog, ServiceDefinition s, List<SnapshotSummary> snapshots, DateTimeOffset now, DateTime local, TimeZoneInfo zone, NightPlan tonight, NightPlan next)
    {
        var last = snapshots.LastOrDefault();
        var rpo = RecoveryObjectives.EvaluateRpo(catalog, s, last?.Time, now);
        var stored = snapshots.Sum(x => x.Stats.BytesStoredNew);
        var rto = RecoveryObjectives.EvaluateRto(catalog, s, last?.StreamLength);
        var planned = tonight.Backups.First(b => b.Service == s.Name);
        var upcoming = next.Backups.First(b => b.Service == s.Name);
        DateTimeOffset? At(DateTime? t) => t is { } v ? new DateTimeOffset(v, zone.GetUtcOffset(v)) : null;
        return new CatalogServiceView
        {
            Name = s.Name,
            Tier = s.Tier,
            Description = s.Description,
            DependsOn = s.DependsOn,
            Schedule = catalog.ScheduleOf(s).ToString() ?? "",
            Retention = catalog.RetentionOf(s).ToString(),
            ExpectedSize = catalog.SizeOf(s),
            RpoSeconds = rpo.Objective?.TotalSeconds,
            RtoSeconds = rto.Objective?.TotalSeconds,
            LastGood = last is null ? null : new LastBackupView(last.Id, last.Time, last.Stats.BytesRead, stored,
                stored == 0 ? 1 : Math.Round(snapshots.Sum(x => (double)x.Stats.BytesRead) / stored, 2), snapshots.Count),
            AgeSeconds = rpo.Age?.TotalSeconds,
            RpoStatus = rpo.Status.ToString(),
            EstimatedRestoreSeconds = rto.EstimatedRestore.TotalSeconds,
            // With no backup there is nothing to restore: the estimate (from the expected size) cannot meet the RTO.
            RtoStatus = (last is null && rto.Status != ObjectiveStatus.NoObjective ? ObjectiveStatus.NoBackup : rto.Status).ToString(),
            Durations = snapshots.TakeLast(TrendNights).Select(x => new DurationPoint(x.Time, Math.Round(x.Stats.Seconds, 2))).ToList(),
            // The planner's start for the next night; a schedule with no run that night (weekly, leap days) its next release.
            NextRun = At(upcoming.Start ?? upcoming.Release ?? catalog.ScheduleOf(s).Releases(local, local.AddYears(5)).Cast<DateTime?>().FirstOrDefault()),
            PlannedStart = At(planned.Start),
            PlannedEnd = At(planned.End),
            PlanStatus = planned.Status.ToString(),
            PlanReason = planned.Reason,
        };
    }

    private async Task<(List<SnapshotSummary>? Snapshots, string? Error)> SnapshotsOnAsync(Catalog catalog, TargetSpec target, CancellationToken cancellationToken)
    {
        try
        {
            if (await repositories.OpenAsync(catalog, target, cancellationToken) is not { } repository)
            {
                return ([], null);
            }

            // A snapshot never changes once written, so each summary is read once per process (a target of a year of
            // nights holds thousands; the page asks for the catalog on every visit).
            var store = new SnapshotStore(repository);
            var snapshots = new List<SnapshotSummary>();
            var errors = new List<string>();
            foreach (var name in await store.ListNamesAsync(cancellationToken))
            {
                var key = (repository.Target.Description, name);
                if (!_summaries.TryGetValue(key, out var summary))
                {
                    try
                    {
                        _summaries[key] = summary = await store.LoadSummaryAsync(name, cancellationToken);
                    }
                    catch (RepositoryException e)
                    {
                        errors.Add(e.Message);
                        continue;
                    }
                }

                snapshots.Add(summary);
            }

            return (snapshots, errors.Count == 0 ? null : string.Join("; ", errors));
        }
        catch (RepositoryException e)
        {
            return (null, e.Message);
        }
    }

    private static string Where(TargetSpec t) => t.Kind == TargetKind.Directory ? t.Path ?? "" : $"container {t.Container}";

    private static string Offset(TimeSpan offset) => (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}
