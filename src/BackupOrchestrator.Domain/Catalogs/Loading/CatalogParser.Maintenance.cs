using System.Globalization;
using BackupOrchestrator.Domain.Validation;
using YamlDotNet.RepresentationModel;

namespace BackupOrchestrator.Domain.Catalogs.Loading;

/// <summary><c>maintenance</c>: the retention's days and the weekly integrity check.</summary>
internal sealed partial class CatalogParser
{
    private static readonly string[] MaintenanceKeys = ["prune_days", "integrity_day", "integrity_sample"];
    private const string WeekdayHint = "write a weekday as mon, tue, wed, thu, fri, sat or sun (or in full: monday ...)";

    private MaintenanceSettings ParseMaintenance(YamlNode? node)
    {
        var map = context.Mapping(node, "maintenance");
        if (map is null)
        {
            return MaintenanceSettings.Default;
        }

        var m = new YamlMapReader(context, map, "maintenance", MaintenanceKeys);
        var d = MaintenanceSettings.Default;
        return new MaintenanceSettings(PruneDays(m["prune_days"]) ?? d.PruneDays, Weekday(m["integrity_day"], "maintenance.integrity_day") ?? d.IntegrityDay,
            Share(m["integrity_sample"]) ?? d.IntegritySample);
    }

    /// <summary><c>daily</c>, one weekday, or a list of them.</summary>
    private List<DayOfWeek>? PruneDays(YamlNode? node)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } single } && single.Trim().Equals("daily", StringComparison.OrdinalIgnoreCase))
        {
            return [.. MaintenanceSettings.EveryDay];
        }

        var items = node is YamlSequenceNode seq ? seq.Children : [node];
        var days = new List<DayOfWeek>();
        foreach (var item in items)
        {
            if (Weekday(item, "each day of maintenance.prune_days") is { } day && !days.Contains(day))
            {
                days.Add(day);
            }
        }

        if (days.Count == 0 && node is YamlSequenceNode)
        {
            context.Error(DiagnosticCodes.BadValue, "maintenance.prune_days is an empty list, so the retention would never run.", node,
                hint: "name the days (e.g. [sun]), or write daily.");
            return null;
        }

        return days;
    }

    private DayOfWeek? Weekday(YamlNode? node, string what)
    {
        if (context.String(node, what) is not { } text)
        {
            return null;
        }

        var word = text.Trim().ToLowerInvariant();
        foreach (var day in MaintenanceSettings.EveryDay)
        {
            var name = day.ToString().ToLowerInvariant();
            if (word == name || word == name[..3])
            {
                return day;
            }
        }

        context.Error(DiagnosticCodes.BadValue, $"{what} is '{text}', which is not a weekday.", node!, hint: WeekdayHint + ".");
        return null;
    }

    /// <summary>A share of the chunks: <c>10%</c> or <c>0.1</c>, above 0 and at most all of them.</summary>
    private double? Share(YamlNode? node)
    {
        if (context.String(node, "maintenance.integrity_sample") is not { } text)
        {
            return null;
        }

        var trimmed = text.Trim();
        var percent = trimmed.EndsWith('%');
        if (double.TryParse(percent ? trimmed[..^1] : trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            var share = percent ? value / 100 : value;
            if (share is > 0 and <= 1)
            {
                return share;
            }
        }

        context.Error(DiagnosticCodes.BadValue, $"maintenance.integrity_sample is '{text}'; it must be a share of the chunks above 0 and at most all of them.", node!,
            hint: "write a percentage such as 10% (or 0.1); 100% reads every chunk.");
        return null;
    }
}
