using System.Globalization;
using BackupOrchestrator.Host.Configuration;
using Microsoft.Extensions.Configuration;
using NCrontab;

namespace BackupOrchestrator.Host.Timers;

/// <summary>
/// A timer trigger's schedule as the Functions host reads it: a six-field NCRONTAB expression (seconds first) or a
/// TimeSpan ("00:05:00", every five minutes), either of them possibly a <c>%Setting%</c> resolved from
/// configuration; cron fields are read in <c>WEBSITE_TIME_ZONE</c> (or <c>TZ</c>), else the machine's zone.
/// </summary>
public sealed class TimerSchedule
{
    private readonly CrontabSchedule? _cron;
    private readonly TimeSpan? _interval;

    private TimerSchedule(string expression, CrontabSchedule? cron, TimeSpan? interval, TimeZoneInfo zone)
    {
        Expression = expression;
        _cron = cron;
        _interval = interval;
        TimeZone = zone;
    }

    /// <summary>The expression after %Setting% resolution.</summary>
    public string Expression { get; }

    public TimeZoneInfo TimeZone { get; }

    public static TimerSchedule Parse(string function, string schedule, IConfiguration configuration)
    {
        var key = $"{function}.schedule";
        var expression = schedule.Trim();
        if (expression.Length > 2 && expression[0] == '%' && expression[^1] == '%')
        {
            var setting = expression[1..^1];
            expression = configuration[setting.Replace("__", ":", StringComparison.Ordinal)]?.Trim()
                ?? throw new HostConfigurationException("functions.metadata", key, $"names the setting '{setting}', which is not set.", $"Add \"{setting}\" to local.settings.json's Values or the environment.");
            key = $"{function}.schedule ({setting})";
        }

        var zone = ResolveTimeZone(configuration);
        if (TimeSpan.TryParseExact(expression, @"hh\:mm\:ss", CultureInfo.InvariantCulture, out var interval) || TimeSpan.TryParseExact(expression, @"d\.hh\:mm\:ss", CultureInfo.InvariantCulture, out interval))
        {
            return interval > TimeSpan.Zero
                ? new TimerSchedule(expression, null, interval, zone)
                : throw new HostConfigurationException("functions.metadata", key, $"'{expression}' is not a positive interval.", "Write a six-field NCRONTAB expression or an interval such as \"00:05:00\".");
        }

        var cron = CrontabSchedule.TryParse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = true });
        return cron is null
            ? throw new HostConfigurationException("functions.metadata", key, $"'{expression}' is not a six-field NCRONTAB expression ({{second}} {{minute}} {{hour}} {{day}} {{month}} {{day-of-week}}).", "Write e.g. \"0 */5 * * * *\" (every five minutes) or an interval such as \"00:05:00\".")
            : new TimerSchedule(expression, cron, null, zone);
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset GetNextOccurrence(DateTimeOffset after)
    {
        if (_interval is { } interval)
        {
            return after + interval;
        }

        var local = TimeZoneInfo.ConvertTime(after, TimeZone).DateTime;
        var next = _cron!.GetNextOccurrence(local);
        // A wall-clock time skipped by a daylight-saving jump does not exist: take the next one that does.
        while (TimeZone.IsInvalidTime(next))
        {
            next = _cron.GetNextOccurrence(next);
        }

        return new DateTimeOffset(next, TimeZone.GetUtcOffset(next));
    }

    public override string ToString() => Expression;

    private static TimeZoneInfo ResolveTimeZone(IConfiguration configuration)
    {
        foreach (var name in new[] { "WEBSITE_TIME_ZONE", "TZ" })
        {
            var id = configuration[name];
            if (string.IsNullOrWhiteSpace(id))
            {
                continue;
            }

            try
            {
                return TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
            }
            catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                throw new HostConfigurationException(name, id, "is not a time zone this machine knows.", "Use an IANA id such as \"Europe/Berlin\" (or install tzdata).");
            }
        }

        return TimeZoneInfo.Local;
    }
}
