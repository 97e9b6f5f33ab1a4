using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Domain.Validation;

namespace BackupOrchestrator.Cli;

/// <summary>Options and helpers shared by the catalog commands (validate, plan).</summary>
internal static class CatalogCommandSupport
{
    public const int ExitOk = 0;
    public const int ExitErrors = 1;

    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static Option<string> CatalogOption() => new("--catalog", "-c")
    {
        Description = "The catalog file (YAML), e.g. infra/catalog/homelab.yaml.",
        Required = true,
    };

    public static Option<bool> JsonOption() => new("--json")
    {
        Description = "Print JSON instead of text.",
    };

    public static Option<string?> DateOption(string what) => new("--date")
    {
        Description = $"The backup day (YYYY-MM-DD) {what}; default: today (UTC).",
    };

    /// <summary>Parses --date, or today's UTC date when absent; null and a message when malformed.</summary>
    public static DateOnly? ParseDate(string? text, TimeProvider time, TextWriter error)
    {
        if (text is null)
        {
            return DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        error.WriteLine($"--date '{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-22.");
        return null;
    }

    /// <summary>Reads the catalog and all its diagnostics (errors, and warnings for <paramref name="night"/> when there are no errors).</summary>
    public static (Catalog? Catalog, IReadOnlyList<Diagnostic> Diagnostics) ReadAndValidate(string path, DateOnly night)
    {
        var read = CatalogLoader.Read(path);
        var diagnostics = new List<Diagnostic>(read.Diagnostics);
        if (read.Catalog is not null && !read.HasErrors)
        {
            diagnostics.AddRange(CatalogValidator.Validate(read.Catalog, night));
        }
        else if (read.Catalog is not null)
        {
            // Report semantic errors too, so one run shows everything to fix.
            diagnostics.AddRange(CatalogValidator.Errors(read.Catalog));
        }

        var ordered = diagnostics
            .OrderBy(d => d.Severity)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ToList();
        return (read.Catalog, ordered);
    }

    public static object DiagnosticJson(Diagnostic d) => new
    {
        severity = d.Severity == DiagnosticSeverity.Error ? "error" : "warning",
        code = d.Code,
        message = d.Message,
        file = d.Location.File,
        line = d.Location.HasPosition ? d.Location.Line : (int?)null,
        column = d.Location.HasPosition ? d.Location.Column : (int?)null,
        service = d.Service,
        hint = d.Hint,
    };
}
