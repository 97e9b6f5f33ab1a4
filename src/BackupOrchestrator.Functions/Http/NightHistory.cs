using System.Globalization;
using BackupOrchestrator.Functions.Night;
using Microsoft.DurableTask.Client;

namespace BackupOrchestrator.Functions.Http;

/// <summary>One service's end of one night.</summary>
public sealed record NightOutcomeService(string Service, string State, string? Reason, string? SnapshotId, double? Seconds);

/// <summary>One night of the history: whether it ran, its outcome in one word, the count per state, each service.</summary>
public sealed record NightOutcome(string Day, bool Ran, string Outcome, IReadOnlyDictionary<string, int> Counts, IReadOnlyList<NightOutcomeService> Services);

/// <summary>The last nights from the service instances' custom status: two prefix queries, not one read per service and night.</summary>
internal static class NightHistory
{
    private static readonly string[] Bad = ["Failed", "TimedOut", "Skipped", "Cancelled"];

    public static async Task<IReadOnlyList<NightOutcome>> LoadAsync(DurableTaskClient client, DateOnly tonight, int nights, CancellationToken cancellationToken)
    {
        var from = tonight.AddDays(-nights + 1);
        var since = new DateTimeOffset(from.AddDays(-1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var started = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var night in client.GetAllInstancesAsync(new OrchestrationQuery { InstanceIdPrefix = "night:", CreatedFrom = since }).WithCancellation(cancellationToken))
        {
            started.Add(night.InstanceId["night:".Length..]);
        }

        var byDay = new Dictionary<string, List<NightOutcomeService>>(StringComparer.Ordinal);
        var query = new OrchestrationQuery { InstanceIdPrefix = "backup:", CreatedFrom = since, FetchInputsAndOutputs = true };
        await foreach (var instance in client.GetAllInstancesAsync(query).WithCancellation(cancellationToken))
        {
            var status = instance.ReadCustomStatusAs<BackupStatus>();
            var parts = instance.InstanceId.Split(':', 3);
            if (status is null || parts.Length != 3)
            {
                continue;
            }

            var state = instance.RuntimeStatus == OrchestrationRuntimeStatus.Terminated ? "Cancelled" : status.State.ToString();
            (byDay.TryGetValue(parts[1], out var list) ? list : byDay[parts[1]] = []).Add(
                new NightOutcomeService(parts[2], state, status.Reason, status.SnapshotId, status.Duration?.TotalSeconds));
        }

        var result = new List<NightOutcome>();
        for (var day = tonight; day >= from; day = day.AddDays(-1))
        {
            var key = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var services = byDay.GetValueOrDefault(key) ?? [];
            services.Sort((a, b) => string.CompareOrdinal(a.Service, b.Service));
            var counts = services.GroupBy(s => s.State).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var ran = started.Contains(key) || services.Count > 0;
            var outcome = !ran ? "NotRun"
                : services.Any(s => Bad.Contains(s.State)) ? "Failed"
                : services.All(s => s.State == "Succeeded") && services.Count > 0 ? "Succeeded"
                : "Running";
            result.Add(new NightOutcome(key, ran, outcome, counts, services));
        }

        return result;
    }
}
