using BackupOrchestrator.Domain.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BackupOrchestrator.Domain.Catalogs.Loading;

/// <summary>
/// Reads one YAML mapping against the keys it may have: reports every unknown key (with a
/// "did you mean" when one is close) and hands out values by key.
/// </summary>
internal sealed class YamlMapReader
{
    private readonly Dictionary<string, YamlNode> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, YamlNode> _keys = new(StringComparer.Ordinal);

    public YamlMapReader(ParseContext context, YamlMappingNode map, string what, IReadOnlyCollection<string> allowed, string? service = null)
    {
        Node = map;
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(key))
            {
                var near = Nearest(key, allowed);
                context.Error(
                    DiagnosticCodes.UnknownKey,
                    $"unknown key '{key}' in {what}.",
                    keyNode,
                    service,
                    near is null ? $"use one of: {string.Join(", ", allowed)}." : $"did you mean '{near}'?");
                continue;
            }

            // "key:" with nothing after it (or ~ / null) means "not set": the default applies.
            if (IsNull(value))
            {
                continue;
            }

            _values[key] = value;
            _keys[key] = keyNode;
        }
    }

    public YamlMappingNode Node { get; }

    public YamlNode? this[string key] => _values.GetValueOrDefault(key);

    public bool Has(string key) => _values.ContainsKey(key);

    public IEnumerable<KeyValuePair<string, YamlNode>> Values => _values;

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private static string? Nearest(string key, IReadOnlyCollection<string> allowed)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in allowed)
        {
            var d = Distance(key.ToLowerInvariant().Replace('-', '_'), candidate);
            if (d < bestDistance)
            {
                best = candidate;
                bestDistance = d;
            }
        }

        return bestDistance <= Math.Max(2, key.Length / 3) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
