using BackupOrchestrator.Domain.Retention;

namespace BackupOrchestrator.Domain.Tests.Retention;

public class RetentionPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 6, 0, 0, TimeSpan.Zero);

    private static List<SnapshotInfo> Nightly(int nights, Func<int, bool>? good = null) =>
        Enumerable.Range(0, nights)
            .Select(i => new SnapshotInfo($"s{i:000}", Now.AddDays(-i).AddHours(-3), good?.Invoke(i) ?? true))
            .ToList();

    [Fact]
    public void Apply_SevenOneOneOverFortyNights_KeepsSevenDailiesThenAnOlderWeeklyAndMonthly()
    {
        var decisions = RetentionPolicy.Apply(Nightly(40), RetentionRule.SevenOneOne, Now);

        var kept = decisions.Where(d => d.Keep).ToDictionary(d => d.Snapshot.Id, d => string.Join("; ", d.Reasons));
        // Nights 0-6 (2026-11-16..22) are the dailies and cover ISO week 47 and November, so the
        // weekly is the newest of week 46 (night 7, Sunday 2026-11-15) and the monthly the
        // newest of October (night 22, 2026-10-31): seed 004's 9 restore points.
        Assert.Equal(9, kept.Count);
        Assert.Equal("daily 2026-11-22", kept["s000"]);
        Assert.Equal("daily 2026-11-16", kept["s006"]);
        Assert.Equal("weekly 2026-W46", kept["s007"]);
        Assert.Equal("monthly 2026-10", kept["s022"]);
        Assert.All(decisions.Where(d => !d.Keep), d => Assert.Equal(["matched no rule"], d.Reasons));
    }

    [Fact]
    public void Apply_WeeklyOnly_KeepsNewestOfEachWeek()
    {
        var decisions = RetentionPolicy.Apply(Nightly(21), new RetentionRule(Weekly: 3), Now);

        // Now is Sunday 2026-11-22: weeks 47, 46, 45 end on nights 0, 7 and 14.
        Assert.Equal(["s000", "s007", "s014"], decisions.Where(d => d.Keep).Select(d => d.Snapshot.Id));
    }

    [Fact]
    public void Apply_RuleKeepsNothing_StillKeepsNewestGoodSnapshot()
    {
        var snapshots = Nightly(3, good: i => i != 0);

        var decisions = RetentionPolicy.Apply(snapshots, new RetentionRule(), Now);

        Assert.False(decisions.Single(d => d.Snapshot.Id == "s000").Keep);
        var newestGood = decisions.Single(d => d.Snapshot.Id == "s001");
        Assert.True(newestGood.Keep);
        Assert.Equal(["newest good snapshot (always kept)"], newestGood.Reasons);
        Assert.False(decisions.Single(d => d.Snapshot.Id == "s002").Keep);
    }

    [Fact]
    public void Apply_NoGoodSnapshot_RemovesNothing()
    {
        var decisions = RetentionPolicy.Apply(Nightly(4, good: _ => false), RetentionRule.SevenOneOne, Now);

        Assert.All(decisions, d => Assert.True(d.Keep));
    }

    [Fact]
    public void Apply_BadSnapshots_DoNotFillBuckets()
    {
        // Night 1 failed verification: the daily bucket of that day stays empty and day 0..7
        // good ones fill the 7 dailies instead.
        var decisions = RetentionPolicy.Apply(Nightly(10, good: i => i != 1), new RetentionRule(Daily: 7), Now);

        var kept = decisions.Where(d => d.Keep).Select(d => d.Snapshot.Id).ToList();
        Assert.Equal(["s000", "s002", "s003", "s004", "s005", "s006", "s007"], kept);
        Assert.StartsWith("not good", decisions.Single(d => d.Snapshot.Id == "s001").Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_Within_KeepsEverySnapshotInTheSpanGoodOrNot()
    {
        var decisions = RetentionPolicy.Apply(Nightly(5, good: i => i != 1), new RetentionRule(Within: TimeSpan.FromDays(2)), Now);

        var kept = decisions.Where(d => d.Keep).Select(d => d.Snapshot.Id).ToList();
        Assert.Equal(["s000", "s001"], kept);
        Assert.Equal(["within 2d"], decisions[1].Reasons);
    }

    [Fact]
    public void Apply_SeveralSnapshotsInOneDay_KeepsNewestOfTheDay()
    {
        var snapshots = new List<SnapshotInfo>
        {
            new("a", new DateTimeOffset(2026, 11, 21, 1, 0, 0, TimeSpan.Zero)),
            new("b", new DateTimeOffset(2026, 11, 21, 13, 0, 0, TimeSpan.Zero)),
            new("c", new DateTimeOffset(2026, 11, 20, 13, 0, 0, TimeSpan.Zero)),
        };

        var decisions = RetentionPolicy.Apply(snapshots, new RetentionRule(Daily: 2), Now);

        Assert.Equal(["b", "a", "c"], decisions.Select(d => d.Snapshot.Id));
        Assert.Equal([true, false, true], decisions.Select(d => d.Keep));
    }

    [Fact]
    public void Apply_KeepLast_KeepsNewestGoodOnes()
    {
        var decisions = RetentionPolicy.Apply(Nightly(5, good: i => i != 0), new RetentionRule(KeepLast: 2), Now);

        Assert.Equal(["s001", "s002"], decisions.Where(d => d.Keep).Select(d => d.Snapshot.Id));
        Assert.Equal(["last 1"], decisions[1].Reasons);
    }
}
