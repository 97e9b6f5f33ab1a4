using System.Text.RegularExpressions;
using BackupOrchestrator.Domain.Catalogs.Loading;
using BackupOrchestrator.Domain.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BackupOrchestrator.Domain.Catalogs;

/// <summary>
/// Reads catalogs (YAML, format in docs/catalog.md). The only I/O of the domain: reading the
/// catalog's text. Relative paths resolve against <c>data_root</c>, which itself is relative
/// to the catalog file's folder and defaults to it, so a catalog means the same thing
/// whatever the current directory is.
/// </summary>
public static partial class CatalogLoader
{
    /// <summary>
    /// Reads, parses and checks for errors (<see cref="CatalogValidator.Errors"/>); throws
    /// <see cref="CatalogException"/> listing every error. Warnings are not reported here;
    /// use <see cref="CatalogValidator.Validate"/> for them.
    /// </summary>
    public static Catalog Load(string path)
    {
        var result = Read(path);
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        if (result.Catalog is { } catalog)
        {
            errors.AddRange(CatalogValidator.Errors(catalog));
        }

        if (errors.Count > 0 || result.Catalog is null)
        {
            throw new CatalogException(errors);
        }

        return result.Catalog;
    }

    /// <summary>Reads and parses a catalog file; never throws for bad content or a missing file.</summary>
    public static CatalogReadResult Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new CatalogReadResult(null,
            [
                new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.FileNotFound, $"cannot read the catalog: {ex.Message}", SourceLocation.InFile(path), Hint: "check the --catalog path."),
            ]);
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? Directory.GetCurrentDirectory();
        return Parse(text, path, directory);
    }

    /// <summary>
    /// Parses catalog text. <paramref name="file"/> names it in diagnostics;
    /// <paramref name="catalogDirectory"/> is what <c>data_root</c> is relative to.
    /// </summary>
    public static CatalogReadResult Parse(string yaml, string file, string catalogDirectory)
    {
        var context = new ParseContext(file);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            var location = ex.Start.Line > 0 ? new SourceLocation(file, (int)ex.Start.Line, (int)ex.Start.Column) : SourceLocation.InFile(file);
            context.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.YamlSyntax, $"YAML syntax: {Clean(ex.Message)}", location, Hint: "fix the YAML at this line (indentation, quotes, a missing ':' or ']')."));
            return new CatalogReadResult(null, context.Diagnostics);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this when the text ends inside an unclosed [ or {.
            var lines = yaml.Split('\n').Length;
            context.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.YamlSyntax, "YAML syntax: the file ends inside an unclosed '[' or '{'.", new SourceLocation(file, lines, 1), Hint: "close the list or mapping that is still open."));
            return new CatalogReadResult(null, context.Diagnostics);
        }

        if (stream.Documents.Count == 0)
        {
            context.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.YamlSyntax, "the catalog is empty.", SourceLocation.InFile(file), Hint: "start from infra/catalog/demo.yaml."));
            return new CatalogReadResult(null, context.Diagnostics);
        }

        var catalog = new CatalogParser(context, catalogDirectory).Parse(stream.Documents[0].RootNode);
        return new CatalogReadResult(catalog, context.Diagnostics);
    }

    private static string Clean(string message) => PositionPrefix().Replace(message, "");

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex PositionPrefix();
}
