using BackupOrchestrator.Domain.Planning;

namespace BackupOrchestrator.Domain.Tests.Planning;

public class NightPlannerTests
{
    // 1 MB/s and no overhead: 3.6GB takes exactly one hour, 600MB ten minutes.
    private const string Settings = """
        planning:
          throughput: 1MB/s
          overhead: 0s

        """;

    private static NightPlan Plan(string services, string extra = "") =>
        NightPlanner.Plan(CatalogText.Load(CatalogText.Windows + Settings + extra + "services:\n" + services), CatalogText.Night);

    private static PlannedBackup Get(NightPlan plan, string name) => plan.Backups.Single(b => b.Service == name);

    private static DateTime At(int hour, int minute) => new(2026, 11, 22, hour, minute, 0);

    [Fact]
    public void Plan_Stagger_ReleasesAtWindowStartPlusOffset()
    {
        var plan = Plan("""
              - {name: a, tier: critical, offset: 0m, expected_size: 600MB, sources: [/a]}
              - {name: b, tier: critical, offset: 5m, expected_size: 600MB, sources: [/b]}
              - {name: c, tier: apps, offset: 25m, expected_size: 600MB, sources: [/c]}
            """);

        Assert.Equal((At(1, 0), At(1, 10)), (Get(plan, "a").Start!.Value, Get(plan, "a").End!.Value));
        Assert.Equal(At(1, 5), Get(plan, "b").Start);
        Assert.Equal((At(2, 25), At(2, 35)), (Get(plan, "c").Start!.Value, Get(plan, "c").End!.Value));
        Assert.Equal(TimeSpan.FromMinutes(95), plan.Makespan);
    }

    [Fact]
    public void Plan_DependencyInLaterWindow_GatesAcrossTiersAndOverflows()
    {
        var plan = Plan("""
              - {name: early, tier: critical, offset: 50m, expected_size: 600MB, depends_on: [late], sources: [/e]}
              - {name: late, tier: apps, offset: 0m, expected_size: 600MB, sources: [/l]}
            """);

        var early = Get(plan, "early");
        Assert.Equal(At(2, 10), early.Start);
        Assert.Equal(["late"], early.WaitedFor);
        Assert.Equal(TimeSpan.FromMinutes(20), early.Overflow);
        Assert.Equal(["early"], plan.Overflows.Select(b => b.Service));
    }

    [Fact]
    public void Plan_ConcurrencyLimit_QueuesTheFourthInReleaseOrder()
    {
        var plan = Plan("""
              - {name: a, tier: critical, offset: 0m, expected_size: 1.2GB, sources: [/a]}
              - {name: b, tier: critical, offset: 1m, expected_size: 600MB, sources: [/b]}
              - {name: c, tier: critical, offset: 2m, expected_size: 1.8GB, sources: [/c]}
              - {name: d, tier: critical, offset: 3m, expected_size: 600MB, sources: [/d]}
            """);

        var d = Get(plan, "d");
        Assert.Equal(At(1, 11), d.Start); // b ends at 01:11 and frees the slot
        Assert.Equal(TimeSpan.FromMinutes(8), d.SlotWait);
        Assert.Equal(3, plan.PeakConcurrency);
    }

    [Fact]
    public void Plan_MaxConcurrentOne_RunsStrictlyOneAtATime()
    {
        var plan = Plan(
            """
              - {name: a, tier: critical, offset: 0m, expected_size: 600MB, sources: [/a]}
              - {name: b, tier: critical, offset: 0m, expected_size: 600MB, sources: [/b]}
              - {name: c, tier: critical, offset: 0m, expected_size: 600MB, sources: [/c]}
            """,
            "limits:\n  max_concurrent: 1\n");

        Assert.Equal([At(1, 0), At(1, 10), At(1, 20)], plan.Backups.Select(b => b.Start!.Value));
        Assert.Equal(1, plan.PeakConcurrency);
    }

    [Fact]
    public void Plan_DependencyNotDoneWithinMaxDuration_SkipsWithReason()
    {
        var plan = Plan(
            """
              - {name: dependent, tier: critical, offset: 0m, expected_size: 600MB, depends_on: [slow], sources: [/a]}
              - {name: slow, tier: apps, offset: 0m, expected_size: 600MB, sources: [/b]}
            """,
            "limits:\n  max_duration: 30m\n");

        var b = Get(plan, "dependent");
        Assert.Equal(PlanStatus.Skipped, b.Status);
        Assert.Null(b.Start);
        Assert.Equal("waited 30m (max_duration) for slow", b.Reason);
    }

    [Fact]
    public void Plan_DependencySkipped_SkipsDependentToo()
    {
        var plan = Plan(
            """
              - {name: a, tier: critical, offset: 0m, expected_size: 600MB, depends_on: [late], sources: [/a]}
              - {name: b, tier: critical, offset: 10m, expected_size: 600MB, depends_on: [a], sources: [/b]}
              - {name: late, tier: apps, offset: 30m, expected_size: 600MB, sources: [/l]}
            """,
            "limits:\n  max_duration: 20m\n");

        Assert.Equal("dependency a was skipped", Get(plan, "b").Reason);
        Assert.Equal(PlanStatus.Planned, Get(plan, "late").Status);
    }

    [Fact]
    public void Plan_CronNotOnThatDay_IsNotScheduledAndBlocksDependents()
    {
        // 2026-11-22 is a Sunday; weekday 1 is Monday.
        var plan = Plan("""
              - {name: weekly, tier: critical, cron: "0 0 1 * * 1", expected_size: 600MB, sources: [/w]}
              - {name: needs, tier: apps, offset: 0m, expected_size: 600MB, depends_on: [weekly], sources: [/n]}
            """);

        Assert.Equal(PlanStatus.NotScheduled, Get(plan, "weekly").Status);
        Assert.Contains("has no run on 2026-11-22", Get(plan, "weekly").Reason, StringComparison.Ordinal);
        Assert.Equal("dependency weekly has no backup scheduled this night", Get(plan, "needs").Reason);
    }

    [Fact]
    public void Plan_BackupSchedulesOverride_WinsOverOffset()
    {
        var plan = Plan(
            "  - {name: a, tier: critical, offset: 0m, expected_size: 600MB, sources: [/a]}\n",
            "backup_schedules:\n  a: \"30 3 * * *\"\n");

        Assert.Equal(At(3, 30), Get(plan, "a").Start);
    }

    [Fact]
    public void Plan_CriticalPath_FollowsTheDependencyChain()
    {
        var plan = Plan(
            """
              - {name: db, tier: critical, offset: 0m, expected_size: 3.6GB, sources: [/d]}
              - {name: app, tier: critical, offset: 5m, expected_size: 1.8GB, depends_on: [db], sources: [/a]}
              - {name: idx, tier: critical, offset: 10m, expected_size: 600MB, depends_on: [app], sources: [/i]}
              - {name: x, tier: critical, offset: 20m, expected_size: 600MB, sources: [/x]}
            """,
            "limits:\n  timeout: 2h\n");

        Assert.Equal(["db", "app", "idx"], plan.CriticalPath);
        Assert.Equal(["db", "app", "idx"], plan.LongestChain);
        Assert.Equal(TimeSpan.FromMinutes(100), plan.LongestChainLength);
        Assert.Equal(TimeSpan.FromMinutes(100), plan.CriticalPathLength);
        Assert.Equal(TimeSpan.FromMinutes(100), plan.Makespan);
    }

    [Fact]
    public void Plan_LowerBound_IsWorkBoundWhenWorkDominates()
    {
        var plan = Plan(
            """
              - {name: a, tier: critical, offset: 0m, expected_size: 3.6GB, sources: [/a]}
              - {name: b, tier: critical, offset: 0m, expected_size: 3.6GB, sources: [/b]}
              - {name: c, tier: critical, offset: 0m, expected_size: 3.6GB, sources: [/c]}
            """,
            "limits:\n  max_concurrent: 2\n  timeout: 2h\n");

        Assert.Equal(TimeSpan.FromHours(1), plan.CriticalPathLength);
        Assert.Equal(TimeSpan.FromHours(1), plan.LongestChainLength);
        Assert.Equal(TimeSpan.FromMinutes(90), plan.WorkBound);
        Assert.Equal(TimeSpan.FromMinutes(90), plan.LowerBound);
        Assert.Equal(TimeSpan.FromHours(2), plan.Makespan);
    }

    [Fact]
    public void Plan_Duration_IsOverheadPlusSizeOverThroughput()
    {
        var plan = NightPlanner.Plan(
            CatalogText.Load(CatalogText.Windows + "planning:\n  throughput: 10MB/s\n  overhead: 2m\nservices:\n  - {name: a, tier: critical, expected_size: 1GB, sources: [/a]}\n"),
            CatalogText.Night);

        Assert.Equal(TimeSpan.FromSeconds(120 + 100), plan.Backups[0].Duration);
    }

    [Fact]
    public void Plan_GanttChart_DrawsWaitRunAndOverflow()
    {
        var plan = Plan("""
              - {name: early, tier: critical, offset: 50m, expected_size: 600MB, depends_on: [late], sources: [/e]}
              - {name: late, tier: apps, offset: 0m, expected_size: 600MB, sources: [/l]}
            """);

        var chart = GanttChart.Render(plan);

        // One column is 5 minutes from 01:00: early waits 01:50-02:10, runs 02:10-02:20 past its 02:00 window end.
        Assert.Contains("early   critical 02:10 02:20 |          ....!!", chart, StringComparison.Ordinal);
        Assert.Contains("late    apps     02:00 02:10 |            ##", chart, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_CronOutsideItsTierWindow_OverflowsAgainstItsOwnHour()
    {
        var plan = Plan(
            """
              - {name: noon, tier: critical, cron: "0 0 12 * * *", expected_size: 600MB, sources: [/n]}
              - {name: inside, tier: critical, cron: "0 30 1 * * *", expected_size: 2.4GB, sources: [/i]}
            """,
            "limits:\n  timeout: 1h\n");

        Assert.Equal(new DateTime(2026, 11, 22, 13, 0, 0), Get(plan, "noon").WindowEnd);
        Assert.Equal(TimeSpan.Zero, Get(plan, "noon").Overflow);
        Assert.Equal(new DateTime(2026, 11, 22, 2, 0, 0), Get(plan, "inside").WindowEnd);
        Assert.Equal(TimeSpan.FromMinutes(10), Get(plan, "inside").Overflow);
    }

    [Fact]
    public void Plan_Demo_MatchesGolden()
    {
        var catalog = Domain.Catalogs.CatalogLoader.Load(RepoPaths.Catalog("demo.yaml"));

        Golden.AssertMatches("plan-demo.txt", NightPlanText.Render(NightPlanner.Plan(catalog, CatalogText.Night), "demo.yaml"));
    }

    [Theory]
    [InlineData("2026-11-21T23:30:00", "2026-11-22")]
    [InlineData("2026-11-22T00:59:59", "2026-11-22")]
    [InlineData("2026-11-22T01:00:00", "2026-11-23")]
    [InlineData("2026-11-22T12:00:00", "2026-11-23")]
    public void NextNight_IsTodayUntilTheFirstWindowStarts(string now, string expected)
    {
        var catalog = CatalogText.Load(CatalogText.Windows + "services:\n  - {name: a, tier: apps, sources: [/a]}\n");

        var night = NightPlanner.NextNight(catalog, DateTime.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), night);
    }
}
