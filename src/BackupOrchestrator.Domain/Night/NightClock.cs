namespace BackupOrchestrator.Domain.Night;

/// <summary>
/// Maps the night's wall-clock times (catalog time zone) onto real UTC instants. With
/// <see cref="Compression"/> 1 the night runs on the real clock; with 60 an hour of the night
/// passes in a real minute (the demo's time compression): the night's start is pinned to
/// <see cref="AnchorUtc"/> and every later night time comes that much sooner.
/// Compression applies to when things are released and how long they may wait, never to how
/// long real work may take (the per-backup timeout stays real).
/// </summary>
/// <param name="Day">The backup day: the night's date in the catalog's time zone.</param>
/// <param name="NightStart">The first window's start on <see cref="Day"/> (wall clock).</param>
/// <param name="AnchorUtc">The real instant <see cref="NightStart"/> maps to.</param>
/// <param name="Compression">Night seconds per real second (1 or more).</param>
public sealed record NightClock(DateOnly Day, DateTime NightStart, DateTimeOffset AnchorUtc, double Compression)
{
    /// <summary>The real instant of night time <paramref name="nightTime"/> (earlier than the start maps before the anchor).</summary>
    public DateTimeOffset ToReal(DateTime nightTime) => AnchorUtc + Scale(nightTime - NightStart);

    /// <summary>The night time of real instant <paramref name="real"/> (the inverse of <see cref="ToReal"/>).</summary>
    public DateTime ToNight(DateTimeOffset real) => NightStart + (real - AnchorUtc) * Math.Max(1, Compression);

    /// <summary>A span of night time in real time.</summary>
    public TimeSpan Scale(TimeSpan nightSpan) => Compression <= 1 ? nightSpan : nightSpan / Compression;

    /// <summary>
    /// The clock of the night of <paramref name="day"/> whose first window starts at
    /// <paramref name="firstWindow"/>. Uncompressed, the anchor is that time in <paramref name="zone"/>;
    /// compressed, the night starts at <paramref name="startedUtc"/> (when its first window fired).
    /// </summary>
    public static NightClock For(DateOnly day, TimeOnly firstWindow, TimeZoneInfo zone, double compression, DateTimeOffset startedUtc)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var nightStart = day.ToDateTime(firstWindow);
        var anchor = compression <= 1
            ? new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(nightStart, DateTimeKind.Unspecified), zone), TimeSpan.Zero)
            : startedUtc;
        return new NightClock(day, nightStart, anchor, Math.Max(1, compression));
    }

    /// <summary>The backup day of a window firing at <paramref name="utc"/>: its date in the catalog's time zone.</summary>
    public static DateOnly BackupDay(DateTimeOffset utc, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(utc, zone).DateTime);
    }
}
