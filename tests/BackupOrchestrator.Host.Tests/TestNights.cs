namespace BackupOrchestrator.Host.Tests;

/// <summary>The first window's time for a test night on the real timers (shared by Host.Tests and Monitor.Tests).</summary>
internal static class TestNights
{
    /// <summary>How long a test night on the rig lasts at most, the checks after it included (see <see cref="FirstWindowAsync"/>).</summary>
    public static readonly TimeSpan NightSpan = TimeSpan.FromMinutes(6);

    /// <summary>
    /// When the first window fires: <paramref name="lead"/> from now, or from just after the next UTC midnight when a
    /// test night of <paramref name="span"/> (real time, the test's own checks included) would cross it. A backup day
    /// is the calendar day its window fires on (<c>NightClock.BackupDay</c>, the rig's catalogs are in UTC), so a
    /// compressed night started at 23:58 would split into two nights; a real night's windows (01:00-07:00) never do.
    /// </summary>
    public static async Task<DateTimeOffset> FirstWindowAsync(TimeSpan lead, TimeSpan span)
    {
        var now = DateTimeOffset.UtcNow;
        var midnight = new DateTimeOffset(now.UtcDateTime.Date.AddDays(1), TimeSpan.Zero);
        if (now + lead + span >= midnight)
        {
            await Task.Delay(midnight - now + TimeSpan.FromSeconds(1));
        }

        return DateTimeOffset.UtcNow + lead;
    }

}
