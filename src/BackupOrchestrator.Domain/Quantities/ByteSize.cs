using System.Globalization;

namespace BackupOrchestrator.Domain.Quantities;

/// <summary>
/// Sizes as people write them in a catalog: <c>48GB</c>, <c>12 GB</c>, <c>1.5TiB</c>, <c>500MB</c>.
/// KB/MB/GB/TB are decimal (1 GB = 10^9 bytes, as disks are sold); KiB/MiB/GiB/TiB are binary.
/// A bare number is bytes.
/// </summary>
public static class ByteSize
{
    private static readonly (string Suffix, double Factor)[] Units =
    [
        ("KIB", 1024d), ("MIB", 1024d * 1024), ("GIB", 1024d * 1024 * 1024), ("TIB", 1024d * 1024 * 1024 * 1024),
        ("KB", 1e3), ("MB", 1e6), ("GB", 1e9), ("TB", 1e12), ("PB", 1e15),
        ("K", 1e3), ("M", 1e6), ("G", 1e9), ("T", 1e12), ("B", 1),
    ];

    /// <summary>Parses a size; returns false for anything else (negative, unknown unit, empty).</summary>
    public static bool TryParse(string? text, out long bytes)
    {
        bytes = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim().TrimStart('~').Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var factor = 1d;
        foreach (var (suffix, f) in Units)
        {
            if (s.EndsWith(suffix, StringComparison.Ordinal))
            {
                s = s[..^suffix.Length];
                factor = f;
                break;
            }
        }

        if (!double.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value < 0)
        {
            return false;
        }

        var result = value * factor;
        if (result > long.MaxValue)
        {
            return false;
        }

        bytes = (long)Math.Round(result);
        return true;
    }

    /// <summary>Formats with decimal units and at most one decimal: <c>740.0 GB</c>, <c>12.0 MB</c>.</summary>
    public static string Format(long bytes)
    {
        string[] units = ["B", "KB", "MB", "GB", "TB", "PB"];
        double value = bytes;
        var unit = 0;
        while (Math.Abs(value) >= 1000 && unit < units.Length - 1)
        {
            value /= 1000;
            unit++;
        }

        return unit == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes} B")
            : string.Create(CultureInfo.InvariantCulture, $"{value:0.0} {units[unit]}");
    }
}
