using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Domain.Planning;
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
        Description = $"The backup day (YYYY-MM-DD) {what}; default: the next night (today until the first window starts, then tomorrow, in the catalog's time zone).",
    };

    /// <summary>Parses --date (absent: null, meaning the next night); false and a message on stderr when malformed.</summary>
    /// <summary>
    /// A catalog command with <c>--catalog</c>, <c>--date</c> and <c>--json</c>: parses the date (exit 1
    /// with a message when it is bad), then hands the values to <paramref name="run"/>.
    /// </summary>
    public static Command Create(string name, string description, string dateHelp,
        Func<string, DateOnly?, bool, TextWriter, TextWriter, int> run)
    {
        var catalog = CatalogOption();
        var json = JsonOption();
        var date = DateOption(dateHelp);
        var command = new Command(name, description);
        command.Options.Add(catalog);
        command.Options.Add(date);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (!TryParseDate(parse.GetValue(date), error, out var night))
            {
                return ExitErrors;
            }

            return run(parse.GetRequiredValue(catalog), night, parse.GetValue(json), output, error);
        });
        return command;
    }

    public static bool TryParseDate(string? text, TextWriter error, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        error.WriteLine($"--date '{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-22.");
        return false;
    }

    /// <summary>The next night of <paramref name="catalog"/> now, on its time zone's clock (UTC when the zone is unknown).</summary>
    public static DateOnly NextNight(Catalog? catalog, TimeProvider time)
    {
        var now = time.GetUtcNow();
        if (catalog is null)
        {
            return DateOnly.FromDateTime(now.UtcDateTime);
        }

        var local = TimeZoneInfo.TryFindSystemTimeZoneById(catalog.TimeZone, out var zone)
            ? TimeZoneInfo.ConvertTime(now, zone).DateTime
            : now.UtcDateTime;
        return NightPlanner.NextNight(catalog, local);
    }

    /// <summary>
    /// Reads the catalog and all its diagnostics: errors, and (when there are none) warnings for
    /// <paramref name="night"/>, or for the catalog's next night when it is null.
    /// </summary>
    public static (Catalog? Catalog, IReadOnlyList<Diagnostic> Diagnostics, DateOnly Night) ReadAndValidate(string path, DateOnly? night, TimeProvider time)
    {
        var read = CatalogLoader.Read(path);
        var theNight = night ?? NextNight(read.Catalog, time);
        var diagnostics = new List<Diagnostic>(read.Diagnostics);
        if (read.Catalog is not null && !read.HasErrors)
        {
            diagnostics.AddRange(CatalogValidator.Validate(read.Catalog, theNight));
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
        return (read.Catalog, ordered, theNight);
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
