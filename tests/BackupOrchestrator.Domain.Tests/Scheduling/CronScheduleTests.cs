using BackupOrchestrator.Domain.Scheduling;

namespace BackupOrchestrator.Domain.Tests.Scheduling;

public class CronScheduleTests
{
    [Fact]
    public void TryParse_SixFields_IsTheFunctionsTimerForm()
    {
        Assert.True(CronSchedule.TryParse("0 5 3 * * *", allowFiveFields: false, out var cron, out _));

        Assert.Equal(new DateTime(2026, 11, 22, 3, 5, 0), cron!.FirstOn(new DateOnly(2026, 11, 22)));
    }

    [Fact]
    public void TryParse_FiveFieldsWhereAllowed_ReadsSecondZero()
    {
        Assert.True(CronSchedule.TryParse("5 3 * * *", allowFiveFields: true, out var cron, out _));

        Assert.Equal("0 5 3 * * *", cron!.Expression);
        Assert.Equal("5 3 * * *", cron.Original);
    }

    [Fact]
    public void TryParse_FiveFieldsWhereNotAllowed_SaysHowToWriteIt()
    {
        Assert.False(CronSchedule.TryParse("0 3 * * *", allowFiveFields: false, out _, out var error));

        Assert.Contains("Write '0 0 3 * * *'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void FirstOn_DayWithoutOccurrence_IsNull()
    {
        Assert.True(CronSchedule.TryParse("0 0 1 * * 1", allowFiveFields: false, out var mondays, out _));

        Assert.Null(mondays!.FirstOn(new DateOnly(2026, 11, 22)));
        Assert.NotNull(mondays.FirstOn(new DateOnly(2026, 11, 23)));
    }

    [Fact]
    public void FirstOn_MidnightOccurrence_IsIncluded()
    {
        Assert.True(CronSchedule.TryParse("0 0 0 * * *", allowFiveFields: false, out var cron, out _));

        Assert.Equal(new DateTime(2026, 11, 22, 0, 0, 0), cron!.FirstOn(new DateOnly(2026, 11, 22)));
    }

    [Fact]
    public void LongestGap_DailyAndWeekly()
    {
        var from = new DateTime(2026, 11, 22);
        var daily = ServiceSchedule.FromWindow(new TimeOnly(1, 0), TimeSpan.FromMinutes(5));
        CronSchedule.TryParse("0 0 3 * * 0", false, out var weekly, out _);

        Assert.Equal(TimeSpan.FromHours(24), daily.LongestGap(from));
        Assert.Equal(TimeSpan.FromDays(7), ServiceSchedule.FromCron(weekly!, ScheduleSource.ServiceCron).LongestGap(from));
    }
}
