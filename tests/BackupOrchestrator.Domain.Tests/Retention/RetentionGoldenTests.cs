using System.Globalization;
using System.Text;
using BackupOrchestrator.Domain.Retention;

namespace BackupOrchestrator.Domain.Tests.Retention;

/// <summary>Retention decisions over long, irregular histories, pinned in golden files.</summary>
public class RetentionGoldenTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 7, 30, 0, TimeSpan.Zero);

    /// <summary>
    /// 400 nights of backups at 01:00-ish, with a missed night every 13th, a failed (not good)
    /// snapshot every 17th and a second manual run every 29th day at 14:00. Deterministic.
    /// </summary>
    private static List<SnapshotInfo> History()
    {
        var list = new List<SnapshotInfo>();
        for (var day = 0; day < 400; day++)
        {
            if (day % 13 == 5)
            {
                continue;
            }

            var t = new DateTimeOffset(2026, 11, 22, 1, day % 7, 0, TimeSpan.Zero).AddDays(-day);
            list.Add(new SnapshotInfo($"n{day:000}", t, Good: day % 17 != 3));
            if (day % 29 == 2)
            {
                list.Add(new SnapshotInfo($"m{day:000}", t.Date.AddHours(14), Good: true));
            }
        }

        return list;
    }

    private static string Render(IReadOnlyList<RetentionDecision> decisions, RetentionRule rule)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"rule: {rule}; now: {Now:yyyy-MM-dd'T'HH:mm:sszzz}").Append('\n');
        sb.Append(CultureInfo.InvariantCulture, $"keep {decisions.Count(d => d.Keep)}, remove {decisions.Count(d => !d.Keep)}").Append('\n');
        foreach (var d in decisions)
        {
            sb.Append(d.ToString()).Append('\n');
        }

        return sb.ToString();
    }

    [Fact]
    public void Apply_SevenOneOne_MatchesGolden()
    {
        var rule = RetentionRule.SevenOneOne;

        var decisions = RetentionPolicy.Apply(History(), rule, Now);

        Golden.AssertMatches("retention-7-1-1.txt", Render(decisions, rule));
    }

    [Fact]
    public void Apply_FullGfs_MatchesGolden()
    {
        var rule = new RetentionRule(KeepLast: 3, Hourly: 4, Daily: 10, Weekly: 6, Monthly: 12, Yearly: 3, Within: TimeSpan.FromDays(2));

        var decisions = RetentionPolicy.Apply(History(), rule, Now);

        Golden.AssertMatches("retention-gfs.txt", Render(decisions, rule));
    }

    [Fact]
    public void Apply_AnyHistory_KeepsNewestGoodAndDecidesEverySnapshotOnce()
    {
        var history = History();

        var decisions = RetentionPolicy.Apply(history, new RetentionRule(), Now);

        Assert.Equal(history.Count, decisions.Count);
        Assert.Equal(history.Select(s => s.Id).Order(), decisions.Select(d => d.Snapshot.Id).Order());
        var newestGood = history.Where(s => s.Good).MaxBy(s => s.Time)!;
        Assert.True(decisions.Single(d => d.Snapshot == newestGood).Keep);
        Assert.Equal(1, decisions.Count(d => d.Keep));
    }
}
