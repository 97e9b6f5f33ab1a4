using System.Globalization;

namespace BackupOrchestrator.Domain.Retention;

/// <summary>
/// Retention as a pure function: which snapshots to keep and why. Deterministic: snapshots are
/// considered newest first (ties broken by id), buckets use each snapshot's own clock
/// (its offset), weeks are ISO weeks.
/// Rules (all apply; a snapshot is kept if any rule keeps it):
/// - keep-last n: the n newest good snapshots;
/// - hourly/daily/weekly/monthly/yearly n: walking newest to oldest, the first good snapshot
///   of each new bucket is kept, until n buckets are kept;
/// - within d: every snapshot (good or not) taken in (now - d, now];
/// - the newest good snapshot is always kept, whatever the rule says;
/// - when there is no good snapshot at all, nothing is removed (bad input never loses data).
/// Snapshots that are not good never fill a bucket; outside "within" they are removed.
/// </summary>
public static class RetentionPolicy
{
    /// <summary>Decides for every snapshot; the result is in the order newest first.</summary>
    public static IReadOnlyList<RetentionDecision> Apply(IReadOnlyList<SnapshotInfo> snapshots, RetentionRule rule, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        ArgumentNullException.ThrowIfNull(rule);

        var ordered = snapshots
            .OrderByDescending(s => s.Time)
            .ThenByDescending(s => s.Id, StringComparer.Ordinal)
            .ToList();
        var reasons = ordered.Select(_ => new List<string>()).ToList();
        var anyGood = ordered.Exists(s => s.Good);

        if (!anyGood)
        {
            return ordered
                .Select(s => new RetentionDecision(s, true, ["no good snapshot exists; nothing is removed"]))
                .ToList();
        }

        var lastLeft = rule.KeepLast;
        for (var i = 0; i < ordered.Count && lastLeft > 0; i++)
        {
            if (ordered[i].Good)
            {
                reasons[i].Add($"last {rule.KeepLast - lastLeft + 1}");
                lastLeft--;
            }
        }

        Bucket(ordered, reasons, rule.Hourly, "hourly", t => t.ToString("yyyy-MM-dd HH':00'", CultureInfo.InvariantCulture));
        Bucket(ordered, reasons, rule.Daily, "daily", t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Bucket(ordered, reasons, rule.Weekly, "weekly", t => string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(t)}-W{ISOWeek.GetWeekOfYear(t):00}"));
        Bucket(ordered, reasons, rule.Monthly, "monthly", t => t.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        Bucket(ordered, reasons, rule.Yearly, "yearly", t => t.ToString("yyyy", CultureInfo.InvariantCulture));

        if (rule.Within is { } within)
        {
            var since = now - within;
            for (var i = 0; i < ordered.Count; i++)
            {
                if (ordered[i].Time > since && ordered[i].Time <= now)
                {
                    reasons[i].Add($"within {Quantities.DurationText.Format(within)}");
                }
            }
        }

        var newestGood = ordered.FindIndex(s => s.Good);
        if (reasons[newestGood].Count == 0)
        {
            reasons[newestGood].Add("newest good snapshot (always kept)");
        }

        var decisions = new List<RetentionDecision>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            if (reasons[i].Count > 0)
            {
                decisions.Add(new RetentionDecision(ordered[i], true, reasons[i]));
            }
            else
            {
                var why = ordered[i].Good ? "matched no rule" : "not good (incomplete or failed verification); counts for no rule";
                decisions.Add(new RetentionDecision(ordered[i], false, [why]));
            }
        }

        return decisions;
    }

    private static void Bucket(List<SnapshotInfo> ordered, List<List<string>> reasons, int count, string kind, Func<DateTime, string> key)
    {
        if (count <= 0)
        {
            return;
        }

        string? last = null;
        var left = count;
        for (var i = 0; i < ordered.Count && left > 0; i++)
        {
            if (!ordered[i].Good)
            {
                continue;
            }

            var k = key(ordered[i].Time.DateTime);
            if (k == last)
            {
                continue;
            }

            last = k;
            reasons[i].Add($"{kind} {k}");
            left--;
        }
    }
}
