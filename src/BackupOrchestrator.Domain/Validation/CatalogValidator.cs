using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Domain.Quantities;
using BackupOrchestrator.Domain.Scheduling;

namespace BackupOrchestrator.Domain.Validation;

/// <summary>
/// The semantic checks of a parsed catalog. <see cref="Errors"/> are what make a catalog
/// unusable; <see cref="Validate"/> adds the warnings, which need a night to look at.
/// </summary>
public static partial class CatalogValidator
{
    /// <summary>Errors and warnings; warnings are judged on the night of <paramref name="night"/>.</summary>
    public static IReadOnlyList<Diagnostic> Validate(Catalog catalog, DateOnly night)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var errors = Errors(catalog);
        var all = new List<Diagnostic>(errors);
        if (errors.Count == 0)
        {
            all.AddRange(Warnings(catalog, night));
        }

        return all;
    }

    /// <summary>Everything that makes the catalog unusable (besides what the parser reported).</summary>
    public static IReadOnlyList<Diagnostic> Errors(Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var d = new List<Diagnostic>();
        CheckLimits(catalog, d);
        CheckWindows(catalog, d);
        CheckServices(catalog, d);
        CheckDependencies(catalog, d);
        CheckBackupSchedules(catalog, d);
        return d;
    }

    private static Diagnostic Error(string code, string message, SourceLocation at, string? service = null, string? hint = null) =>
        new(DiagnosticSeverity.Error, code, message, at, service, hint);

    private static void CheckLimits(Catalog catalog, List<Diagnostic> d)
    {
        var l = catalog.Limits;
        void Check(bool positive, string key, string value)
        {
            if (!positive)
            {
                d.Add(Error(DiagnosticCodes.NonPositiveLimit, $"limits.{key} is {value}; it must be above zero.", catalog.LocationOf($"limits.{key}"), hint: $"remove it for the default or set a positive value."));
            }
        }

        Check(l.MaxConcurrent > 0, "max_concurrent", l.MaxConcurrent.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Check(l.Timeout > TimeSpan.Zero, "timeout", DurationText.Format(l.Timeout));
        Check(l.MaxDuration > TimeSpan.Zero, "max_duration", DurationText.Format(l.MaxDuration));
        Check(l.MaxSize > 0, "max_size", ByteSize.Format(l.MaxSize));
    }

    private static void CheckWindows(Catalog catalog, List<Diagnostic> d)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in catalog.Windows)
        {
            if (!seen.Add(w.Name))
            {
                d.Add(Error(DiagnosticCodes.DuplicateWindow, $"window {w.Name} is defined twice.", w.Location, hint: "give each window its own name."));
            }

            if (w.Length <= TimeSpan.Zero)
            {
                d.Add(Error(DiagnosticCodes.NonPositiveLimit, $"window {w.Name} has length {DurationText.Format(w.Length)}; it must be above zero.", catalog.LocationOf($"windows.{w.Name}.length")));
            }
        }
    }

    private static void CheckServices(Catalog catalog, List<Diagnostic> d)
    {
        var seen = new Dictionary<string, ServiceDefinition>(StringComparer.Ordinal);
        foreach (var s in catalog.Services)
        {
            if (seen.TryGetValue(s.Name, out var first))
            {
                d.Add(Error(DiagnosticCodes.DuplicateService, $"service {s.Name} is defined twice (first at line {first.Location.Line}).", s.Location, s.Name, "rename or remove one of them."));
            }
            else
            {
                seen.Add(s.Name, s);
            }

            var window = catalog.FindWindow(s.Tier);
            if (window is null && s.Tier.Length > 0)
            {
                d.Add(Error(DiagnosticCodes.UnknownTier, $"service {s.Name} is in tier '{s.Tier}', which has no window.", s.LocationOf("tier"), s.Name, catalog.Windows.Count == 0 ? "add a windows: list (name, start) that defines it." : $"use one of: {string.Join(", ", catalog.Windows.Select(w => w.Name))}."));
            }

            if (s.Offset is not null && s.Cron is not null)
            {
                d.Add(Error(DiagnosticCodes.BadOffset, $"service {s.Name} has both offset and cron.", s.LocationOf("offset"), s.Name, "keep one: offset staggers inside the tier's window, cron schedules on its own."));
            }
            else if (s.Offset is { } o && window is not null && o >= window.Length)
            {
                d.Add(Error(DiagnosticCodes.OffsetOutsideWindow, $"service {s.Name} has offset {DurationText.Format(o)}, outside its {DurationText.Format(window.Length)} window {window.Name} ({window.Start:HH\\:mm}-{FormatTime(window.End)}).", s.LocationOf("offset"), s.Name, $"use an offset below {DurationText.Format(window.Length)} or move it to another tier."));
            }

            if (s.Sources.Count == 0)
            {
                d.Add(Error(DiagnosticCodes.NoSource, $"service {s.Name} has no source, so its backup would be empty.", s.Location, s.Name, "add sources: with a path or a command (e.g. - command: [pg_dumpall] and name: pg_dumpall.sql)."));
            }

            if (s.ExpectedSize is <= 0)
            {
                d.Add(Error(DiagnosticCodes.BadValue, $"service {s.Name} has expected_size 0.", s.LocationOf("expected_size"), s.Name, "give its approximate size, e.g. 12GB."));
            }
        }
    }

    private static void CheckDependencies(Catalog catalog, List<Diagnostic> d)
    {
        var names = catalog.Services.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var s in catalog.Services)
        {
            foreach (var dependency in s.DependsOn)
            {
                if (!names.Contains(dependency))
                {
                    d.Add(Error(DiagnosticCodes.UnknownDependency, $"service {s.Name} depends on '{dependency}', which is not in the catalog.", s.LocationOf("depends_on"), s.Name, "fix the name or add that service."));
                }
                else if (dependency == s.Name)
                {
                    d.Add(Error(DiagnosticCodes.DependencyCycle, $"service {s.Name} depends on itself.", s.LocationOf("depends_on"), s.Name, "remove it from its own depends_on."));
                }
            }
        }

        var graph = GraphOf(catalog);
        foreach (var cycle in graph.FindCycles().Where(c => c.Count > 2))
        {
            var service = catalog.FindService(cycle[0])!;
            d.Add(Error(DiagnosticCodes.DependencyCycle, $"dependency cycle: {string.Join(" -> ", cycle)}; none of these could ever start.", service.LocationOf("depends_on"), service.Name, "remove one depends_on entry of the cycle."));
        }
    }

    private static void CheckBackupSchedules(Catalog catalog, List<Diagnostic> d)
    {
        foreach (var (service, location) in catalog.BackupScheduleLocations)
        {
            if (catalog.FindService(service) is null)
            {
                d.Add(Error(DiagnosticCodes.UnknownScheduleService, $"backup_schedules names '{service}', which is not in the catalog.", location, service, "fix the name or remove the entry."));
            }
        }
    }

    /// <summary>The dependency graph of the catalog's services.</summary>
    public static DependencyGraph GraphOf(Catalog catalog) =>
        new(catalog.Services.Select(s => (s.Name, s.DependsOn)));

    private static string FormatTime(TimeSpan t) => $"{(int)t.TotalHours:00}:{t.Minutes:00}";
}
