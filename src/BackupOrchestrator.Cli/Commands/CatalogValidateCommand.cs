using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using BackupOrchestrator.Domain.Objectives;
using BackupOrchestrator.Domain.Quantities;
using BackupOrchestrator.Domain.Validation;

namespace BackupOrchestrator.Cli;

/// <summary>
/// <c>backupctl validate --catalog FILE [--date D] [--json]</c>: prints every error and warning
/// with file:line:column; exit 1 when there is an error, 0 otherwise (warnings included).
/// </summary>
internal static class CatalogValidateCommand
{
    public static Command Create(TimeProvider time) => CatalogCommandSupport.Create(
        "validate",
        "Check a catalog: errors (exit 1) and warnings (exit 0) with file, line and column.",
        "whose night the warnings look at",
        (path, night, json, output, _) => Run(path, night, time, json, output));

    private static int Run(string path, DateOnly? date, TimeProvider time, bool json, TextWriter output)
    {
        var (catalog, diagnostics, night) = CatalogCommandSupport.ReadAndValidate(path, date, time);
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        var capacity = catalog is not null && errors == 0 ? CapacityEstimator.Estimate(catalog) : null;

        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(
                new
                {
                    catalog = path,
                    night = night.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    valid = errors == 0,
                    services = catalog?.Services.Count,
                    windows = catalog?.Windows.Count,
                    errors,
                    warnings,
                    diagnostics = diagnostics.Select(CatalogCommandSupport.DiagnosticJson),
                    capacity = capacity is null ? null : new
                    {
                        rawBytes = capacity.RawBytes,
                        retentionFactor = capacity.RetentionFactor,
                        dedupRatio = capacity.DedupRatio,
                        estimatedBytes = capacity.EstimatedBytes,
                        targets = capacity.Targets.Select(t => new { role = t.Role, capacityBytes = t.Capacity, fits = t.Fits, usage = t.Usage }),
                    },
                },
                CatalogCommandSupport.Json));
            return errors > 0 ? CatalogCommandSupport.ExitErrors : CatalogCommandSupport.ExitOk;
        }

        foreach (var d in diagnostics)
        {
            output.WriteLine(d.ToString());
        }

        if (catalog is not null)
        {
            output.WriteLine($"{path}: {catalog.Services.Count} services in {catalog.Windows.Count} windows, night of {night:yyyy-MM-dd}");
        }

        if (capacity is not null)
        {
            var targets = string.Join(", ", capacity.Targets.Select(t =>
                t.Capacity is { } c ? string.Create(CultureInfo.InvariantCulture, $"{t.Role} {ByteSize.Format(c)} ({t.Usage * 100:0}%)") : $"{t.Role} (capacity unknown)"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"capacity: {ByteSize.Format(capacity.RawBytes)} raw x {capacity.RetentionFactor:0.##} retention / {capacity.DedupRatio:0.##} dedup = {ByteSize.Format(capacity.EstimatedBytes)}; targets: {(targets.Length == 0 ? "none" : targets)}"));
        }

        output.WriteLine($"{errors} error(s), {warnings} warning(s): {(errors > 0 ? "NOT valid" : "valid")}");
        return errors > 0 ? CatalogCommandSupport.ExitErrors : CatalogCommandSupport.ExitOk;
    }
}
