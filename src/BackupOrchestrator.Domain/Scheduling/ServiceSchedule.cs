namespace BackupOrchestrator.Domain.Scheduling;

public enum ScheduleSource
{
    /// <summary>Window start plus the service's offset, every day.</summary>
    WindowOffset,

    /// <summary>The service's own <c>cron</c>.</summary>
    ServiceCron,

    /// <summary>The catalog's <c>backup_schedules</c> override map.</summary>
    BackupSchedules,
}

/// <summary>When a service's backup is released: daily at a time of day, or by a cron.</summary>
public sealed class ServiceSchedule
{
    private ServiceSchedule(ScheduleSource source, TimeSpan? timeOfDay, CronSchedule? cron)
    {
        Source = source;
        TimeOfDay = timeOfDay;
        Cron = cron;
    }

    public ScheduleSource Source { get; }

    /// <summary>For <see cref="ScheduleSource.WindowOffset"/>: window start + offset (may pass midnight).</summary>
    public TimeSpan? TimeOfDay { get; }

    public CronSchedule? Cron { get; }

    public static ServiceSchedule FromWindow(TimeOnly windowStart, TimeSpan offset) =>
        new(ScheduleSource.WindowOffset, windowStart.ToTimeSpan() + offset, null);

    public static ServiceSchedule FromCron(CronSchedule cron, ScheduleSource source) => new(source, null, cron);

    /// <summary>The release time of the backup of <paramref name="day"/>, or null when it does not run that day.</summary>
    public DateTime? ReleaseOn(DateOnly day) =>
        TimeOfDay is { } t ? day.ToDateTime(TimeOnly.MinValue) + t : Cron!.FirstOn(day);

    /// <summary>Release times in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public IEnumerable<DateTime> Releases(DateTime from, DateTime to)
    {
        if (Cron is not null)
        {
            foreach (var t in Cron.Occurrences(from, to))
            {
                yield return t;
            }

            yield break;
        }

        var day = from.Date + TimeOfDay!.Value;
        for (var t = day < from ? day.AddDays(1) : day; t < to; t = t.AddDays(1))
        {
            yield return t;
        }
    }

    /// <summary>
    /// The longest gap between two consecutive releases over <paramref name="days"/> days from
    /// <paramref name="from"/> (24h for a daily schedule); null when it releases fewer than twice.
    /// </summary>
    public TimeSpan? LongestGap(DateTime from, int days = 15)
    {
        DateTime? previous = null;
        TimeSpan? longest = null;
        foreach (var t in Releases(from, from.AddDays(days)))
        {
            if (previous is { } p && (longest is null || t - p > longest))
            {
                longest = t - p;
            }

            previous = t;
        }

        return longest;
    }

    public override string ToString() => Source switch
    {
        ScheduleSource.WindowOffset => $"daily {TimeOfDay:hh\\:mm}",
        ScheduleSource.ServiceCron => $"cron {Cron}",
        _ => $"backup_schedules {Cron}",
    };
}
