using System.Globalization;
using BackupOrchestrator.Domain.Quantities;
using BackupOrchestrator.Domain.Validation;
using YamlDotNet.RepresentationModel;

namespace BackupOrchestrator.Domain.Catalogs.Loading;

/// <summary>
/// The state of one parse: the file name for locations, the diagnostics so far, and typed
/// readers of scalar values that report a <see cref="DiagnosticCodes.BadValue"/> (with the
/// node's line and column) instead of throwing.
/// </summary>
internal sealed class ParseContext(string file)
{
    public string File { get; } = file;

    public List<Diagnostic> Diagnostics { get; } = [];

    public SourceLocation At(YamlNode node) => new(File, (int)node.Start.Line, (int)node.Start.Column);

    public void Error(string code, string message, YamlNode node, string? service = null, string? hint = null) =>
        Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, code, message, At(node), service, hint));

    public YamlMappingNode? Mapping(YamlNode? node, string what, string? service = null)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlMappingNode map)
        {
            return map;
        }

        Error(DiagnosticCodes.BadValue, $"{what} must be a mapping (key: value lines).", node, service);
        return null;
    }

    public YamlSequenceNode? Sequence(YamlNode? node, string what, string? service = null)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlSequenceNode seq)
        {
            return seq;
        }

        Error(DiagnosticCodes.BadValue, $"{what} must be a list.", node, service);
        return null;
    }

    public string? String(YamlNode? node, string what, string? service = null)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } v })
        {
            return v;
        }

        Error(DiagnosticCodes.BadValue, $"{what} must be a single value, not a list or mapping.", node, service);
        return null;
    }

    public int? Int(YamlNode? node, string what, string? service = null)
    {
        var s = String(node, what, service);
        if (s is null)
        {
            return null;
        }

        if (int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(DiagnosticCodes.BadValue, $"{what} must be a whole number, not '{s}'.", node!, service);
        return null;
    }

    public double? Double(YamlNode? node, string what, string? service = null)
    {
        var s = String(node, what, service);
        if (s is null)
        {
            return null;
        }

        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(DiagnosticCodes.BadValue, $"{what} must be a number, not '{s}'.", node!, service);
        return null;
    }

    public bool? Bool(YamlNode? node, string what, string? service = null)
    {
        var s = String(node, what, service);
        switch (s?.ToLowerInvariant())
        {
            case null: return null;
            case "true" or "yes" or "on": return true;
            case "false" or "no" or "off": return false;
            default:
                Error(DiagnosticCodes.BadValue, $"{what} must be true or false, not '{s}'.", node!, service);
                return null;
        }
    }

    public TimeSpan? Duration(YamlNode? node, string what, string? service = null, string code = DiagnosticCodes.BadValue)
    {
        var s = String(node, what, service);
        if (s is null)
        {
            return null;
        }

        if (DurationText.TryParse(s, out var value))
        {
            return value;
        }

        Error(code, $"{what} '{s}' is not a duration.", node!, service, "write it like 30m, 2h, 1h30m, 24h or 7d (a bare number is minutes).");
        return null;
    }

    public long? Size(YamlNode? node, string what, string? service = null)
    {
        var s = String(node, what, service);
        if (s is null)
        {
            return null;
        }

        if (ByteSize.TryParse(s, out var value))
        {
            return value;
        }

        Error(DiagnosticCodes.BadValue, $"{what} '{s}' is not a size.", node!, service, "write it like 48GB, 500MB, 1TB or 1.5GiB.");
        return null;
    }

    /// <summary>A rate like <c>50MB/s</c> (or a size, read per second).</summary>
    public long? Rate(YamlNode? node, string what)
    {
        var s = String(node, what);
        if (s is null)
        {
            return null;
        }

        var trimmed = s.Trim();
        if (trimmed.EndsWith("/s", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[..^2];
        }

        if (ByteSize.TryParse(trimmed, out var value) && value > 0)
        {
            return value;
        }

        Error(DiagnosticCodes.BadValue, $"{what} '{s}' is not a positive rate.", node!, null, "write it like 50MB/s.");
        return null;
    }

    public TimeOnly? TimeOfDay(YamlNode? node, string what)
    {
        var s = String(node, what);
        if (s is null)
        {
            return null;
        }

        if (TimeOnly.TryParseExact(s, ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        Error(DiagnosticCodes.BadValue, $"{what} '{s}' is not a time of day.", node!, null, "write it like \"01:00\" (24-hour clock, quoted).");
        return null;
    }

    /// <summary>A list of strings; a single scalar is read as a one-item list.</summary>
    public IReadOnlyList<string> StringList(YamlNode? node, string what, string? service = null)
    {
        if (node is null)
        {
            return [];
        }

        if (node is YamlScalarNode { Value: { } single })
        {
            return single.Length == 0 ? [] : [single];
        }

        var seq = Sequence(node, what, service);
        if (seq is null)
        {
            return [];
        }

        var result = new List<string>();
        foreach (var item in seq.Children)
        {
            var s = String(item, $"each item of {what}", service);
            if (s is not null)
            {
                result.Add(s);
            }
        }

        return result;
    }

    /// <summary>An argv array: a non-empty list of strings (never a shell command line).</summary>
    public IReadOnlyList<string>? Argv(YamlNode node, string what, string? service)
    {
        if (node is not YamlSequenceNode seq)
        {
            Error(DiagnosticCodes.BadValue, $"{what} must be an argv array, e.g. [docker, stop, {service ?? "name"}].", node, service, "commands never go through a shell; split the words into a list.");
            return null;
        }

        var argv = new List<string>();
        foreach (var item in seq.Children)
        {
            var s = String(item, $"each word of {what}", service);
            if (s is not null)
            {
                argv.Add(s);
            }
        }

        if (argv.Count == 0 || string.IsNullOrWhiteSpace(argv[0]))
        {
            Error(DiagnosticCodes.BadValue, $"{what} is empty; it needs at least the program to run.", node, service);
            return null;
        }

        return argv;
    }
}
