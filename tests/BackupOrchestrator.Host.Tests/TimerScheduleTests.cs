using BackupOrchestrator.Host.Configuration;
using BackupOrchestrator.Host.Timers;
using Microsoft.Extensions.Configuration;

namespace BackupOrchestrator.Host.Tests;

public sealed class TimerScheduleTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Parse_SixFieldCron_NextOccurrenceIsInTheSchedule()
    {
        var schedule = TimerSchedule.Parse("T", "0 30 1 * * *", Config(("TZ", "UTC")));
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 1, 30, 0, TimeSpan.Zero), schedule.GetNextOccurrence(Noon));
    }

    [Fact]
    public void Parse_SettingExpression_ReadsTheSetting()
    {
        var schedule = TimerSchedule.Parse("T", "%Every%", Config(("Every", "*/10 * * * * *"), ("TZ", "UTC")));
        Assert.Equal("*/10 * * * * *", schedule.Expression);
        Assert.Equal(Noon.AddSeconds(10), schedule.GetNextOccurrence(Noon));
    }

    [Fact]
    public void Parse_TimeZone_CronFieldsAreWallClockThere()
    {
        var schedule = TimerSchedule.Parse("T", "0 0 1 * * *", Config(("WEBSITE_TIME_ZONE", "Europe/Berlin")));
        // 01:00 in Berlin (UTC+1 in December) is 00:00 UTC.
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero), schedule.GetNextOccurrence(Noon).ToUniversalTime());
    }

    [Fact]
    public void Parse_Interval_AddsTheInterval()
        => Assert.Equal(Noon.AddMinutes(5), TimerSchedule.Parse("T", "00:05:00", Config()).GetNextOccurrence(Noon));

    [Theory]
    [InlineData("0 * * * *", "is not a six-field NCRONTAB expression")]
    [InlineData("%Missing%", "names the setting 'Missing', which is not set.")]
    public void Parse_Bad_IsRefusedWithTheFunctionKey(string expression, string expected)
    {
        var ex = Assert.Throws<HostConfigurationException>(() => TimerSchedule.Parse("Nightly", expression, Config()));
        Assert.Contains("'Nightly.schedule", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownTimeZone_IsRefused()
    {
        var ex = Assert.Throws<HostConfigurationException>(() => TimerSchedule.Parse("T", "0 0 1 * * *", Config(("WEBSITE_TIME_ZONE", "Mars/Olympus"))));
        Assert.Contains("WEBSITE_TIME_ZONE", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DecideAtStart_NextOccurrenceGoneBy_RunsOncePastDue()
        => Assert.Equal((true, true), TimerListener.DecideAtStart(new TimerStatus(Noon.AddHours(-2), Noon.AddHours(-1), Noon.AddHours(-2)), Noon, runOnStartup: false));

    [Fact]
    public void DecideAtStart_NextOccurrenceAhead_RunsOnlyWhenRunOnStartup()
    {
        var status = new TimerStatus(Noon.AddHours(-1), Noon.AddHours(1), Noon.AddHours(-1));
        Assert.Equal((false, false), TimerListener.DecideAtStart(status, Noon, runOnStartup: false));
        Assert.Equal((true, false), TimerListener.DecideAtStart(status, Noon, runOnStartup: true));
    }

    [Fact]
    public void DecideAtStart_NoStatus_IsNotPastDue()
        => Assert.Equal((false, false), TimerListener.DecideAtStart(null, Noon, runOnStartup: false));

    private static IConfiguration Config(params (string Key, string Value)[] values)
        => new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
