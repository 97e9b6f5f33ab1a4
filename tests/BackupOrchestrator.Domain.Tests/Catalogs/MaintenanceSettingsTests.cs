using BackupOrchestrator.Domain.Catalogs;

namespace BackupOrchestrator.Domain.Tests.Catalogs;

public class MaintenanceSettingsTests
{
    private const string Minimal = """
        windows:
          - {name: only, start: "01:00"}
        services:
          - {name: svc, tier: only, sources: [data]}

        """;

    private static CatalogReadResult Parse(string maintenance) => CatalogLoader.Parse(Minimal + maintenance, "m.yaml", "/srv/catalog");

    [Fact]
    public void Parse_NoMaintenance_PrunesDailyAndChecksSundaysWithATenthOfTheChunks()
    {
        var m = Parse("").Catalog!.Maintenance;

        Assert.Equal(7, m.PruneDays.Count);
        Assert.Equal(DayOfWeek.Sunday, m.IntegrityDay);
        Assert.Equal(0.1, m.IntegritySample);
        Assert.True(m.ChecksOn(new DateOnly(2026, 12, 6)));
        Assert.False(m.ChecksOn(new DateOnly(2026, 12, 7)));
    }

    [Fact]
    public void Parse_WeekdaysAndAPercentage_AreRead()
    {
        var result = Parse("maintenance: {prune_days: [sun, Wednesday], integrity_day: sat, integrity_sample: 25%}");

        Assert.Empty(result.Diagnostics);
        var m = result.Catalog!.Maintenance;
        Assert.Equal([DayOfWeek.Sunday, DayOfWeek.Wednesday], m.PruneDays);
        Assert.True(m.PrunesOn(new DateOnly(2026, 12, 2)));
        Assert.False(m.PrunesOn(new DateOnly(2026, 12, 1)));
        Assert.Equal(DayOfWeek.Saturday, m.IntegrityDay);
        Assert.Equal(0.25, m.IntegritySample);
    }

    [Fact]
    public void Parse_DailyAndAFraction_AreRead()
    {
        var m = Parse("maintenance: {prune_days: daily, integrity_sample: 1}").Catalog!.Maintenance;

        Assert.Equal(7, m.PruneDays.Count);
        Assert.Equal(1.0, m.IntegritySample);
    }

    [Theory]
    [InlineData("maintenance: {prune_days: [sun, someday]}", "m.yaml:5:33: error bad-value: each day of maintenance.prune_days is 'someday', which is not a weekday. Fix: write a weekday as mon, tue, wed, thu, fri, sat or sun (or in full: monday ...).")]
    [InlineData("maintenance: {prune_days: []}", "m.yaml:5:27: error bad-value: maintenance.prune_days is an empty list, so the retention would never run. Fix: name the days (e.g. [sun]), or write daily.")]
    [InlineData("maintenance: {integrity_day: [sun]}", "m.yaml:5:30: error bad-value: maintenance.integrity_day must be a single value, not a list or mapping.")]
    [InlineData("maintenance: {integrity_sample: 0%}", "m.yaml:5:33: error bad-value: maintenance.integrity_sample is '0%'; it must be a share of the chunks above 0 and at most all of them. Fix: write a percentage such as 10% (or 0.1); 100% reads every chunk.")]
    [InlineData("maintenance: {integrity_sample: 150%}", "m.yaml:5:33: error bad-value: maintenance.integrity_sample is '150%'; it must be a share of the chunks above 0 and at most all of them. Fix: write a percentage such as 10% (or 0.1); 100% reads every chunk.")]
    [InlineData("maintenance: {prune_day: [sun]}", "m.yaml:5:15: error unknown-key: unknown key 'prune_day' in maintenance. Fix: did you mean 'prune_days'?")]
    public void Parse_BadMaintenance_SaysWhatAndWhereAndWhatToWrite(string yaml, string expected)
    {
        var result = Parse(yaml);

        Assert.Equal(expected, Assert.Single(result.Diagnostics).ToString());
    }
}
