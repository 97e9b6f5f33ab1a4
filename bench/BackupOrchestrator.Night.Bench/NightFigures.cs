using System.Globalization;
using System.Text.Json.Nodes;
using BackupOrchestrator.Domain.Planning;
using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Night.Bench;

/// <summary>
/// The measured night against the plan. Real instants map onto night time through the compression, from the first
/// window's firing (which the app's night clock takes as the night's start):
/// - makespan: the last backup's end minus the night's start;
/// - start lag: each backup's Running start minus its planned start (real time);
/// - overhead: each backup's Running time minus its planned duration (the simulated backup's sleep): hooks, the
///   repository's work on one small file, the activity's dispatch and its result's way back;
/// - wake latency: from what last held a backup (a dependency's end: its gate opening; another backup's end while it
///   waited for a slot: the slot freeing) to its Running start.
/// </summary>
internal sealed class NightFigures
{
    private static readonly string[] EndStates = ["Succeeded", "Failed", "Skipped", "TimedOut", "Cancelled"];

    public required TimeSpan Makespan { get; init; }
    public required List<double> StartLagMs { get; init; }
    public required List<double> OverheadMs { get; init; }
    public required List<double> GateWakeMs { get; init; }
    public required List<double> SlotWakeMs { get; init; }
    public required List<string> NotSucceeded { get; init; }
    public required int PeakConcurrency { get; init; }

    public bool AllSucceeded => NotSucceeded.Count == 0;

    public static bool Ended(string state) => EndStates.Contains(state);

    public static NightFigures From(NightPlan plan, JsonNode night, DateTimeOffset first, int compression, Func<string, IEnumerable<string>> dependsOn)
    {
        DateTimeOffset Real(DateTime nightTime) => first + ((nightTime - plan.NightStart) / compression);
        var runs = night["services"]!.AsArray().Select(s => s!).ToDictionary(s => s["service"]!.GetValue<string>());
        var ran = runs.Where(r => r.Value["status"]?["started"] is not null && r.Value["status"]!["ended"] is not null)
            .ToDictionary(r => r.Key, r => (Start: Time(r.Value["status"]!["started"]!), End: Time(r.Value["status"]!["ended"]!)));
        var figures = new NightFigures
        {
            Makespan = ran.Count == 0 ? TimeSpan.Zero : (ran.Values.Max(r => r.End) - first) * compression,
            StartLagMs = [],
            OverheadMs = [],
            GateWakeMs = [],
            SlotWakeMs = [],
            NotSucceeded = [.. runs.Where(r => r.Value["state"]!.GetValue<string>() != "Succeeded").Select(r => $"{r.Key} {r.Value["state"]}: {r.Value["status"]?["reason"]}")],
            PeakConcurrency = Overlap.Peak(ran.Values),
        };

        foreach (var planned in plan.Backups.Where(b => b.Status == PlanStatus.Planned && ran.ContainsKey(b.Service)))
        {
            var (start, end) = ran[planned.Service];
            figures.StartLagMs.Add((start - Real(planned.Start!.Value)).TotalMilliseconds);
            figures.OverheadMs.Add(((end - start) - (planned.Duration / compression)).TotalMilliseconds);

            // What held it last: its release, a dependency's end, or (while it waited for a slot) another backup's end.
            var steps = runs[planned.Service]["status"]!["steps"]!.AsArray().Select(s => (State: StateName(s!["state"]!), At: Time(s["at"]!))).ToList();
            var heldBy = (At: Real(planned.Release!.Value), Kind: "release");
            foreach (var dependency in dependsOn(planned.Service))
            {
                if (ran.TryGetValue(dependency, out var d) && d.End > heldBy.At && d.End <= start)
                {
                    heldBy = (d.End, "gate");
                }
            }

            if (steps.FirstOrDefault(s => s.State == "WaitingForSlot") is { State: not null } waiting)
            {
                var freed = ran.Where(r => r.Key != planned.Service && r.Value.End >= waiting.At && r.Value.End <= start).Select(r => r.Value.End).DefaultIfEmpty().Max();
                if (freed != default && freed > heldBy.At)
                {
                    heldBy = (freed, "slot");
                }
            }

            if (heldBy.Kind == "gate")
            {
                figures.GateWakeMs.Add((start - heldBy.At).TotalMilliseconds);
            }
            else if (heldBy.Kind == "slot")
            {
                figures.SlotWakeMs.Add((start - heldBy.At).TotalMilliseconds);
            }
        }

        return figures;
    }

    public void Print(TextWriter output, NightPlan plan, TimeSpan wall, double hostCpuSeconds, long peakRssKiB)
    {
        output.WriteLine();
        output.WriteLine("| figure | measured | planner | |");
        output.WriteLine("|---|---|---|---|");
        output.WriteLine($"| makespan (night time) | {Hms(Makespan)} | {Hms(plan.Makespan)} | {Makespan / plan.Makespan - 1:+0.00%;-0.00%} against the plan (target within 2%) |");
        output.WriteLine($"| lower bound max(critical path {Hms(plan.CriticalPathLength)}, work/3 {Hms(plan.WorkBound)}) | | {Hms(plan.LowerBound)} | measured {Makespan / plan.LowerBound - 1:+0.00%;-0.00%} above it |");
        output.WriteLine($"| peak concurrency | {PeakConcurrency} | {plan.PeakConcurrency} | |");
        output.WriteLine($"| start lag vs planned start, real ms ({StartLagMs.Count} backups) | {Spread(StartLagMs)} | | night time x compression |");
        output.WriteLine($"| engine overhead per backup, real ms (Running time minus the simulated duration) | {Spread(OverheadMs)} | | |");
        output.WriteLine($"| gate opened (dependency ended) to the backup running, ms ({GateWakeMs.Count}) | {Spread(GateWakeMs)} | | |");
        output.WriteLine($"| slot freed (a backup ended) to the next backup running, ms ({SlotWakeMs.Count}) | {Spread(SlotWakeMs)} | | |");
        output.WriteLine($"| host: wall {wall.TotalSeconds:F0} s, CPU {hostCpuSeconds:F1} s ({100 * hostCpuSeconds / wall.TotalSeconds:F1}% of a core), peak RSS | {peakRssKiB / 1024.0:F0} MiB | | |");
        output.WriteLine();
        output.WriteLine(AllSucceeded ? "every backup Succeeded" : $"not Succeeded: {string.Join("; ", NotSucceeded)}");
    }

    // The custom status inside the overview carries the state as its name; builds before BackupState had its own
    // string converter wrote the number (3 is WaitingForSlot), which a saved overview may still hold.
    private static string StateName(JsonNode node) =>
        node.GetValueKind() == System.Text.Json.JsonValueKind.Number ? (node.GetValue<int>() == 3 ? "WaitingForSlot" : node.GetValue<int>().ToString(CultureInfo.InvariantCulture)) : node.GetValue<string>();

    private static DateTimeOffset Time(JsonNode node) => DateTimeOffset.Parse(node.GetValue<string>(), CultureInfo.InvariantCulture);

    private static string Spread(List<double> xs)
    {
        if (xs.Count == 0)
        {
            return "none";
        }

        var s = xs.Order().ToArray();
        double P(double q) => s[Math.Min(s.Length - 1, (int)Math.Ceiling(q * s.Length) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"p50 {P(0.5):F0}, p99 {P(0.99):F0}, max {s[^1]:F0}");
    }

    private static string Hms(TimeSpan t) => $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}";
}
