using System.Globalization;
using System.Text;

namespace BackupOrchestrator.Domain.Quantities;

/// <summary>
/// Durations as people write them in a catalog: <c>24h</c>, <c>90m</c>, <c>1h30m</c>, <c>2d</c>,
/// <c>45s</c>, <c>1w</c>. A bare integer is minutes (as the seed's limits are in minutes).
/// </summary>
public static class DurationText
{
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim().ToLowerInvariant();
        if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes))
        {
            duration = TimeSpan.FromMinutes(minutes);
            return true;
        }

        var total = TimeSpan.Zero;
        var i = 0;
        var any = false;
        while (i < s.Length)
        {
            var start = i;
            while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.'))
            {
                i++;
            }

            if (start == i || i == s.Length)
            {
                return false;
            }

            if (!double.TryParse(s.AsSpan(start, i - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                return false;
            }

            var unitStart = i;
            while (i < s.Length && char.IsAsciiLetter(s[i]))
            {
                i++;
            }

            TimeSpan part;
            switch (s[unitStart..i])
            {
                case "w": part = TimeSpan.FromDays(7 * value); break;
                case "d": part = TimeSpan.FromDays(value); break;
                case "h": part = TimeSpan.FromHours(value); break;
                case "m" or "min": part = TimeSpan.FromMinutes(value); break;
                case "s": part = TimeSpan.FromSeconds(value); break;
                default: return false;
            }

            total += part;
            any = true;
        }

        duration = total;
        return any;
    }

    /// <summary>
    /// Formats compactly: <c>1h30m</c>, <c>24h</c>, <c>2d</c> (whole days from 2 on), <c>45s</c>, <c>0s</c>; under a
    /// second in decimal seconds, <c>0.4s</c>, <c>0.025s</c> (no space, so <see cref="TryParse"/> reads it back).
    /// From a second on, the fraction of a second is dropped.
    /// </summary>
    public static string Format(TimeSpan duration)
    {
        if (duration == TimeSpan.Zero)
        {
            return "0s";
        }

        var sb = new StringBuilder();
        if (duration < TimeSpan.Zero)
        {
            sb.Append('-');
            duration = duration.Negate();
        }

        if (duration < TimeSpan.FromSeconds(1))
        {
            // Millisecond precision; below a millisecond still says it is not nothing.
            var seconds = Math.Max(duration.TotalSeconds, 0.001);
            return sb.Append(CultureInfo.InvariantCulture, $"{seconds:0.###}s").ToString();
        }

        if (duration.Days >= 2 && duration.Hours == 0 && duration.Minutes == 0 && duration.Seconds == 0)
        {
            return sb.Append(CultureInfo.InvariantCulture, $"{duration.Days}d").ToString();
        }

        var hours = (int)duration.TotalHours;
        if (hours > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{hours}h");
        }

        if (duration.Minutes > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{duration.Minutes}m");
        }

        if (duration.Seconds > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{duration.Seconds}s");
        }

        return sb.ToString();
    }
}
