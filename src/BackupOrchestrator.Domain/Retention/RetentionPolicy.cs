using System.Globalization;

namespace BackupOrchestrator.Domain.Retention;

/// <summary>
/// Retention as a pure function: which snapshots to keep and why.
/// <para>
/// GFS rules apply in the order keep-last, hourly, daily, weekly, monthly, yearly, and each
/// rule only looks at periods that no earlier rule has already covered (as Proxmox Backup
/// Server's prune does, the tool behind seed 004's 7-1-1). Walking newest to oldest, a rule
/// keeps the newest good snapshot of each new period until it has kept its count; a period
/// already holding a kept snapshot is skipped, and the other snapshots of a period a rule
/// used are not offered to later rules. So 7-1-1 keeps the newest snapshot of each of the 7
/// newest days with backups, then of the newest week not among those days, then of the newest
/// month not covered yet: 9 restore points for nightly backups.
/// </para>
/// <para>
/// Also: within d keeps every snapshot, good or not, taken in (now - d, now]; the newest good
/// snapshot is always kept; snapshots that are not good never fill a period; when there is
/// no good snapshot at all nothing is removed (bad input never loses data).
/// Deterministic: newest first, ties broken by id; periods use each snapshot's own clock
/// (its offset); weeks are ISO weeks.
/// </para>
/// </summary>
public static class RetentionPolicy
{
    private enum Mark
    {
        None,
        Keep,
        Passed,
    }

    /// <summary>Decides for every snapshot; the result is ordered newest first.</summary>
    public static IReadOnlyList<RetentionDecision> Apply(IReadOnlyList<SnapshotInfo> snapshots, RetentionRule rule, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        ArgumentNullException.ThrowIfNull(rule);

        var ordered = snapshots
            .OrderByDescending(s => s.Time)
            .ThenByDescending(s => s.Id, StringComparer.Ordinal)
            .ToList();
        if (!ordered.Exists(s => s.Good))
        {
            return ordered
                .Select(s => new RetentionDecision(s, true, ["no good snapshot exists; nothing is removed"]))
                .ToList();
        }

        var reasons = ordered.Select(_ => new List<string>()).ToList();
        var marks = new Mark[ordered.Count];

        Select(ordered, marks, reasons, rule.KeepLast, "last", (s, _) => s.Id, numbered: true);
        Select(ordered, marks, reasons, rule.Hourly, "hourly", (_, t) => t.ToString("yyyy-MM-dd HH':00'", CultureInfo.InvariantCulture));
        Select(ordered, marks, reasons, rule.Daily, "daily", (_, t) => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Select(ordered, marks, reasons, rule.Weekly, "weekly", (_, t) => string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(t)}-W{ISOWeek.GetWeekOfYear(t):00}"));
        Select(ordered, marks, reasons, rule.Monthly, "monthly", (_, t) => t.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        Select(ordered, marks, reasons, rule.Yearly, "yearly", (_, t) => t.ToString("yyyy", CultureInfo.InvariantCulture));

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

    private static void Select(List<SnapshotInfo> ordered, Mark[] marks, List<List<string>> reasons, int count, string kind, Func<SnapshotInfo, DateTime, string> period, bool numbered = false)
    {
        if (count <= 0)
        {
            return;
        }

        // Periods already covered by a snapshot an earlier rule kept.
        var covered = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
        {
            if (marks[i] == Mark.Keep)
            {
                covered.Add(period(ordered[i], ordered[i].Time.DateTime));
            }
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
        {
            if (marks[i] != Mark.None || !ordered[i].Good)
            {
                continue;
            }

            var p = period(ordered[i], ordered[i].Time.DateTime);
            if (covered.Contains(p))
            {
                continue;
            }

            if (used.Contains(p))
            {
                marks[i] = Mark.Passed;
                continue;
            }

            if (used.Count >= count)
            {
                break;
            }

            used.Add(p);
            marks[i] = Mark.Keep;
            reasons[i].Add(numbered ? $"{kind} {used.Count}" : $"{kind} {p}");
        }
    }
}
