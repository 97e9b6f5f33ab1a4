using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Domain.Night;

namespace BackupOrchestrator.Domain.Tests.Night;

public sealed class NightClockTests
{
    private static readonly DateOnly Day = new(2026, 12, 1);

    [Fact]
    public void For_Uncompressed_AnchorsAtTheFirstWindowInTheCatalogZone()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Zurich");
        var clock = NightClock.For(Day, new TimeOnly(1, 0), zone, 1, DateTimeOffset.MinValue);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), clock.AnchorUtc);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 2, 15, 0, TimeSpan.Zero), clock.ToReal(Day.ToDateTime(new TimeOnly(3, 15))));
    }

    [Fact]
    public void ToReal_Compressed60_AnHourOfTheNightIsAMinute()
    {
        var started = new DateTimeOffset(2026, 11, 30, 16, 0, 0, TimeSpan.Zero);
        var clock = NightClock.For(Day, new TimeOnly(1, 0), TimeZoneInfo.Utc, 60, started);
        Assert.Equal(started.AddMinutes(1).AddSeconds(5), clock.ToReal(Day.ToDateTime(new TimeOnly(2, 5))));
        Assert.Equal(TimeSpan.FromMinutes(2), clock.Scale(TimeSpan.FromMinutes(120)));
    }

    [Fact]
    public void BackupDay_IsTheDateInTheCatalogZone()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        Assert.Equal(new DateOnly(2026, 11, 30), NightClock.BackupDay(new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.Zero), zone));
    }

    [Fact]
    public void Over_ReadingAboveThresholds_NamesEachAndIgnoresUnknown()
    {
        var reading = new ResourceReading(Cpu: 93, Memory: 50, Disk: null, Io: 81.5);
        Assert.Equal(["cpu 93% > 80%", "io 81.5% > 80%"], reading.Over(Thresholds.Default));
    }
}
