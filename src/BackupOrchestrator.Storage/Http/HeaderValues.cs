using System.Globalization;

namespace BackupOrchestrator.Storage.Http;

/// <summary>Parsing and formatting of the header values storage uses.</summary>
internal static class HeaderValues
{
    public static DateTimeOffset ParseDate(string? value) =>
        value is null ? default : DateTimeOffset.ParseExact(value, "R", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public static DateTimeOffset? ParseDateOrNull(string? value) =>
        value is null ? null : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;

    public static long ParseLong(string? value) =>
        value is null ? 0 : long.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture);

    public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Seconds(TimeSpan value) => ((long)Math.Ceiling(value.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    /// <summary>Escapes each path segment of a blob name, keeping '/' as the separator.</summary>
    public static string EscapePath(string name)
    {
        if (name.Contains('/', StringComparison.Ordinal))
        {
            var parts = name.Split('/');
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = Uri.EscapeDataString(parts[i]);
            }

            return string.Join('/', parts);
        }

        return Uri.EscapeDataString(name);
    }
}
