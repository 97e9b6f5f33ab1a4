using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Domain.Validation;

namespace BackupOrchestrator.Domain.Tests;

/// <summary>Small catalogs written inline for tests, and the diagnostics they give.</summary>
internal static class CatalogText
{
    public const string File = "test.yaml";

    public static readonly DateOnly Night = new(2026, 11, 22);

    /// <summary>Two windows (01:00 and 02:00, 1h) that test catalogs put their services in.</summary>
    public const string Windows = """
        windows:
          - name: critical
            start: "01:00"
            rpo: 24h
            rto: 2h
          - name: apps
            start: "02:00"
            rpo: 24h
            rto: 24h

        """;

    public static Catalog Load(string yaml)
    {
        var result = CatalogLoader.Parse(yaml, File, "/srv/catalog");
        Assert.Empty(result.Diagnostics);
        var errors = CatalogValidator.Errors(result.Catalog!);
        Assert.Empty(errors);
        return result.Catalog!;
    }

    /// <summary>Parser diagnostics, then (when it parsed) the validator's errors and warnings.</summary>
    public static IReadOnlyList<Diagnostic> Diagnose(string yaml)
    {
        var result = CatalogLoader.Parse(yaml, File, "/srv/catalog");
        var all = new List<Diagnostic>(result.Diagnostics);
        if (result.Catalog is { } catalog)
        {
            all.AddRange(result.HasErrors ? CatalogValidator.Errors(catalog) : CatalogValidator.Validate(catalog, Night));
        }

        return all;
    }

    /// <summary>The one error with <paramref name="code"/>; fails when there is not exactly one.</summary>
    public static Diagnostic SingleError(string yaml, string code)
    {
        var diagnostics = Diagnose(yaml);
        var matching = diagnostics.Where(d => d.IsError && d.Code == code).ToList();
        Assert.True(matching.Count == 1, $"expected one {code} error, got:{Environment.NewLine}{string.Join(Environment.NewLine, diagnostics)}");
        return matching[0];
    }

    public static IReadOnlyList<Diagnostic> Warnings(string yaml, string code) =>
        Diagnose(yaml).Where(d => !d.IsError && d.Code == code).ToList();
}
