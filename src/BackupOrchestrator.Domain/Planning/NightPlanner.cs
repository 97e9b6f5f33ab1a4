using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Domain.Quantities;
using BackupOrchestrator.Domain.Validation;

namespace BackupOrchestrator.Domain.Planning;

/// <summary>
/// Simulates one night under the orchestrator's rules, deterministically:
/// - a backup is released at its schedule (window start + offset, or its cron's first time that day);
/// - it starts once every dependency's backup of the same night has ended (a gate that may
///   cross tiers) and a slot of <see cref="Limits.MaxConcurrent"/> is free; ready backups take
///   slots in order of release, then catalog order;
/// - if its dependencies are not all done within <see cref="Limits.MaxDuration"/> of its release,
///   or one of them is skipped or not scheduled that day, it is skipped with the reason;
/// - it runs for overhead + expected size / throughput (<see cref="PlanningSettings"/>).
/// Machine-load thresholds are not simulated (the plan assumes an idle machine).
/// The catalog must be free of errors (<see cref="CatalogValidator.Errors"/>).
/// </summary>
public static class NightPlanner
{
    /// <summary>
    /// The next night to plan at wall-clock time <paramref name="localNow"/> (in the catalog's
    /// time zone): today while its first window has not started yet, else tomorrow.
    /// </summary>
    public static DateOnly NextNight(Catalog catalog, DateTime localNow)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var today = DateOnly.FromDateTime(localNow);
        var first = catalog.Windows.Count == 0 ? TimeOnly.MinValue : catalog.Windows.Min(w => w.Start);
        return TimeOnly.FromDateTime(localNow) < first ? today : today.AddDays(1);
    }

    public static NightPlan Plan(Catalog catalog, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var services = catalog.Services;
        var index = services.Select((s, i) => (s.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        var day = date.ToDateTime(TimeOnly.MinValue);

        var release = new DateTime?[services.Count];
        var duration = new TimeSpan[services.Count];
        var windowEnd = new DateTime[services.Count];
        for (var i = 0; i < services.Count; i++)
        {
            var s = services[i];
            release[i] = catalog.ScheduleOf(s).ReleaseOn(date);
            duration[i] = catalog.Planning.BackupDuration(catalog.SizeOf(s));
            windowEnd[i] = WindowEnd(catalog.FindWindow(s.Tier), day, release[i]);
        }

        var starts = catalog.Windows.Select(w => day + w.Start.ToTimeSpan())
            .Concat(release.Where(r => r.HasValue).Select(r => r!.Value))
            .ToList();
        var nightStart = starts.Count == 0 ? day : starts.Min();

        var sim = Simulate(catalog, index, release, duration);

        var backups = new List<PlannedBackup>(services.Count);
        for (var i = 0; i < services.Count; i++)
        {
            var s = services[i];
            var waitedFor = release[i] is { } r
                ? s.DependsOn.Where(d => index.TryGetValue(d, out var j) && (sim.End[j] is null || sim.End[j] > r)).ToList()
                : [];
            backups.Add(new PlannedBackup
            {
                Service = s.Name,
                Tier = s.Tier,
                Status = release[i] is null ? PlanStatus.NotScheduled : sim.Start[i] is null ? PlanStatus.Skipped : PlanStatus.Planned,
                Release = release[i],
                Start = sim.Start[i],
                End = sim.End[i],
                Duration = duration[i],
                Size = catalog.SizeOf(s),
                WindowEnd = windowEnd[i],
                WaitedFor = waitedFor,
                SlotWait = sim.SlotWait[i],
                Reason = release[i] is null ? $"its schedule ({catalog.ScheduleOf(s)}) has no run on {date:yyyy-MM-dd}" : sim.Reason[i],
            });
        }

        var (path, pathEnd) = CriticalPath(catalog, index, release, duration, sim.Start, ignoreReleases: false);
        var (chain, chainEnd) = CriticalPath(catalog, index, release, duration, sim.Start, ignoreReleases: true);
        var planned = backups.Where(b => b.Status == PlanStatus.Planned).ToList();
        var lastEnd = planned.Count == 0 ? nightStart : planned.Max(b => b.End!.Value);

        return new NightPlan
        {
            Date = date,
            NightStart = nightStart,
            MaxConcurrent = catalog.Limits.MaxConcurrent,
            Throughput = catalog.Planning.Throughput,
            Backups = backups,
            Windows = catalog.Windows.Select(w =>
            {
                var mine = backups.Where(b => b.Tier == w.Name).ToList();
                var ends = mine.Where(b => b.End is not null).Select(b => b.End!.Value).ToList();
                return new WindowSummary(w.Name, day + w.Start.ToTimeSpan(), day + w.End, mine.Count, ends.Count == 0 ? null : ends.Max(), mine.Count(b => b.Overflow > TimeSpan.Zero));
            }).ToList(),
            Makespan = lastEnd - nightStart,
            CriticalPath = path,
            CriticalPathLength = path.Count == 0 ? TimeSpan.Zero : pathEnd - nightStart,
            LongestChain = chain,
            LongestChainLength = chain.Count == 0 ? TimeSpan.Zero : chainEnd - DateTime.MinValue,
            TotalWork = planned.Aggregate(TimeSpan.Zero, (sum, b) => sum + b.Duration),
            PeakConcurrency = PeakConcurrency(planned),
        };
    }

    private sealed class Simulation(int count)
    {
        public DateTime?[] Start { get; } = new DateTime?[count];

        public DateTime?[] End { get; } = new DateTime?[count];

        public string?[] Reason { get; } = new string?[count];

        public TimeSpan[] SlotWait { get; } = new TimeSpan[count];
    }

    private static Simulation Simulate(Catalog catalog, Dictionary<string, int> index, DateTime?[] release, TimeSpan[] duration)
    {
        var services = catalog.Services;
        var n = services.Count;
        var sim = new Simulation(n);
        var deps = services.Select(s => s.DependsOn.Where(index.ContainsKey).Select(d => index[d]).Distinct().ToArray()).ToArray();
        var pending = Enumerable.Range(0, n).Where(i => release[i] is not null)
            .OrderBy(i => release[i]).ThenBy(i => i).ToList();
        var skipped = new bool[n];
        var readyAt = new DateTime?[n];
        var running = new List<int>();
        var maxWait = catalog.Limits.MaxDuration;
        var slots = Math.Max(1, catalog.Limits.MaxConcurrent);

        var t = pending.Count == 0 ? DateTime.MinValue : release[pending[0]]!.Value;
        while (pending.Count > 0)
        {
            running.RemoveAll(i => sim.End[i] <= t);

            // Skips: a dependency skipped or not scheduled tonight, or not done within max_duration of release.
            var changed = true;
            while (changed)
            {
                changed = false;
                foreach (var i in pending.Where(i => release[i] <= t).ToList())
                {
                    var reason = SkipReason(services, i, deps[i], release, skipped, sim, t, maxWait);
                    if (reason is not null)
                    {
                        skipped[i] = true;
                        sim.Reason[i] = reason;
                        pending.Remove(i);
                        changed = true;
                    }
                }
            }

            // Starts: released, dependencies done, a slot free; in release order, then catalog order.
            foreach (var i in pending.Where(i => release[i] <= t).ToList())
            {
                if (!deps[i].All(d => sim.End[d] is { } e && e <= t))
                {
                    continue;
                }

                var ready = deps[i].Select(d => sim.End[d]!.Value).Append(release[i]!.Value).Max();
                readyAt[i] ??= ready;
                if (running.Count >= slots)
                {
                    continue;
                }

                sim.Start[i] = t;
                sim.End[i] = t + duration[i];
                sim.SlotWait[i] = t - readyAt[i]!.Value;
                running.Add(i);
                pending.Remove(i);
            }

            if (pending.Count == 0)
            {
                break;
            }

            // Next event: a backup ends, a backup is released, or a dependency wait times out.
            var next = DateTime.MaxValue;
            foreach (var i in running)
            {
                next = Min(next, sim.End[i]!.Value);
            }

            foreach (var i in pending)
            {
                var r = release[i]!.Value;
                next = r > t ? Min(next, r) : Min(next, r + maxWait > t ? r + maxWait : DateTime.MaxValue);
            }

            if (next == DateTime.MaxValue)
            {
                break;
            }

            t = next;
        }

        foreach (var i in pending)
        {
            sim.Reason[i] = "never became ready";
        }

        return sim;
    }

    private static string? SkipReason(IReadOnlyList<ServiceDefinition> services, int i, int[] deps, DateTime?[] release, bool[] skipped, Simulation sim, DateTime t, TimeSpan maxWait)
    {
        foreach (var d in deps)
        {
            if (release[d] is null)
            {
                return $"dependency {services[d].Name} has no backup scheduled this night";
            }

            if (skipped[d])
            {
                return $"dependency {services[d].Name} was skipped";
            }
        }

        var waitingOn = deps.Where(d => sim.End[d] is not { } e || e > t).Select(d => services[d].Name).ToList();
        if (waitingOn.Count > 0 && t >= release[i]!.Value + maxWait)
        {
            return $"waited {DurationText.Format(maxWait)} (max_duration) for {string.Join(", ", waitingOn)}";
        }

        return null;
    }

    private static (IReadOnlyList<string> Path, DateTime End) CriticalPath(Catalog catalog, Dictionary<string, int> index, DateTime?[] release, TimeSpan[] duration, DateTime?[] start, bool ignoreReleases)
    {
        // Earliest finish ignoring the concurrency limit: EF(s) = max(release(s), EF(deps)) + duration(s);
        // with ignoreReleases every backup could start at DateTime.MinValue (only durations and dependencies count).
        var services = catalog.Services;
        var order = CatalogValidator.GraphOf(catalog).TopologicalOrder() ?? services.Select(s => s.Name).ToList();
        var finish = new DateTime?[services.Count];
        var predecessor = new int?[services.Count];
        foreach (var name in order)
        {
            var i = index[name];
            if (start[i] is null)
            {
                continue;
            }

            var begin = ignoreReleases ? DateTime.MinValue : release[i]!.Value;
            foreach (var d in services[i].DependsOn.Where(index.ContainsKey).Select(d => index[d]))
            {
                if (finish[d] is { } f && f > begin)
                {
                    begin = f;
                    predecessor[i] = d;
                }
            }

            finish[i] = begin + duration[i];
        }

        int? last = null;
        for (var i = 0; i < services.Count; i++)
        {
            if (finish[i] is { } f && (last is null || f > finish[last.Value]))
            {
                last = i;
            }
        }

        if (last is null)
        {
            return ([], DateTime.MinValue);
        }

        var path = new List<string>();
        for (int? i = last; i is not null; i = predecessor[i.Value])
        {
            path.Add(services[i.Value].Name);
        }

        path.Reverse();
        return (path, finish[last.Value]!.Value);
    }

    /// <summary>
    /// The end of the window a backup runs in: its tier's window end when it is released inside
    /// that window (always, for offsets); for a cron released outside it, release + the window's length.
    /// </summary>
    private static DateTime WindowEnd(TierWindow? window, DateTime day, DateTime? release)
    {
        if (window is null)
        {
            return day.AddDays(1);
        }

        var start = day + window.Start.ToTimeSpan();
        var end = day + window.End;
        return release is { } r && (r < start || r >= end) ? r + window.Length : end;
    }

    private static int PeakConcurrency(List<PlannedBackup> planned)
    {
        var events = planned.SelectMany(b => new[] { (b.Start!.Value, 1), (b.End!.Value, -1) })
            .OrderBy(e => e.Item1).ThenBy(e => e.Item2);
        int current = 0, peak = 0;
        foreach (var (_, delta) in events)
        {
            current += delta;
            peak = Math.Max(peak, current);
        }

        return peak;
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
