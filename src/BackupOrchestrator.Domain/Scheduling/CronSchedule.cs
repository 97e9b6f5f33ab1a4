using NCrontab;

namespace BackupOrchestrator.Domain.Scheduling;

/// <summary>
/// A cron expression as the Azure Functions timer trigger takes it: six fields,
/// <c>second minute hour day month weekday</c> (NCrontab with seconds). The catalog's
/// <c>backup_schedules</c> map also accepts the classic five-field form of seed 000
/// (<c>"0 3 * * *"</c>), read with second 0; <see cref="Expression"/> is always the six-field form.
/// </summary>
public sealed class CronSchedule
{
    private readonly CrontabSchedule _schedule;

    private CronSchedule(string original, string expression, CrontabSchedule schedule)
    {
        Original = original;
        Expression = expression;
        _schedule = schedule;
    }

    /// <summary>The text as written in the catalog.</summary>
    public string Original { get; }

    /// <summary>The six-field expression.</summary>
    public string Expression { get; }

    /// <summary>
    /// Parses <paramref name="text"/>. Six fields always; five fields only when
    /// <paramref name="allowFiveFields"/>. On failure <paramref name="error"/> says why and how to fix it.
    /// </summary>
    public static bool TryParse(string? text, bool allowFiveFields, out CronSchedule? schedule, out string error)
    {
        schedule = null;
        error = "";
        var fields = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string expression;
        if (fields.Length == 6)
        {
            expression = string.Join(' ', fields);
        }
        else if (fields.Length == 5 && allowFiveFields)
        {
            expression = "0 " + string.Join(' ', fields);
        }
        else if (fields.Length == 5)
        {
            error = $"cron '{text}' has 5 fields; a service's cron takes 6 (second minute hour day month weekday) like the Functions timer trigger. Write '0 {string.Join(' ', fields)}'.";
            return false;
        }
        else
        {
            error = $"cron '{text}' has {fields.Length} fields; expected 6 (second minute hour day month weekday){(allowFiveFields ? " or 5 (minute hour day month weekday)" : "")}.";
            return false;
        }

        try
        {
            var parsed = CrontabSchedule.Parse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = true });
            schedule = new CronSchedule(text!.Trim(), expression, parsed);
            return true;
        }
        catch (CrontabException ex)
        {
            error = $"cron '{text}' is not valid: {FirstLine(ex.Message)}";
            return false;
        }
    }

    /// <summary>Occurrences in [<paramref name="from"/>, <paramref name="to"/>), in order.</summary>
    public IEnumerable<DateTime> Occurrences(DateTime from, DateTime to)
    {
        // NCrontab's range is exclusive of its start, so step back one second to include it.
        return _schedule.GetNextOccurrences(from.AddSeconds(-1), to);
    }

    /// <summary>The first occurrence on <paramref name="day"/> (wall clock), or null when the day has none.</summary>
    public DateTime? FirstOn(DateOnly day)
    {
        var start = day.ToDateTime(TimeOnly.MinValue);
        foreach (var t in Occurrences(start, start.AddDays(1)))
        {
            return t;
        }

        return null;
    }

    public override string ToString() => Expression;

    private static string FirstLine(string s)
    {
        var i = s.IndexOfAny(['\r', '\n']);
        return i < 0 ? s : s[..i];
    }
}
