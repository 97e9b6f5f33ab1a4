using System.Globalization;
using BackupOrchestrator.Functions.Night;
using Microsoft.AspNetCore.Mvc;

namespace BackupOrchestrator.Functions.Http;

/// <summary>The {day} of a route or <c>?day=</c>: yyyy-MM-dd or <c>tonight</c>, and the 400 for anything else.</summary>
internal static class Days
{
    /// <summary>A day as yyyy-MM-dd, or "tonight" (the backup day of now on the catalog's clock); null when it is neither.</summary>
    public static string? Parse(NightStarter starter, string? day) =>
        string.IsNullOrEmpty(day) || string.Equals(day, "tonight", StringComparison.OrdinalIgnoreCase) ? starter.Tonight()
        : DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? NightIds.Day(d)
        : null;

    public static ObjectResult Bad(string? day) =>
        Problems.BadRequest($"'{day}' is not a day: write it as yyyy-MM-dd (e.g. 2026-12-01) or 'tonight'.");

    public static ObjectResult NoNight(string day) =>
        Problems.NotFound($"No night {day} has started (its first window starts it). Use a day as yyyy-MM-dd, or 'tonight'.");
}
