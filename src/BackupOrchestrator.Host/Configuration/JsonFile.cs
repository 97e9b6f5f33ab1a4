using System.Text.Json;
using System.Text.Json.Nodes;

namespace BackupOrchestrator.Host.Configuration;

/// <summary>Reads the app's JSON files as the Functions host does: comments and trailing commas allowed, keys case-insensitive.</summary>
internal static class JsonFile
{
    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = true };
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The file's root node; a missing or malformed file is refused with its line and what to do.</summary>
    public static JsonNode Read(string path, string displayName, string whenMissing)
    {
        if (!File.Exists(path))
        {
            throw new HostConfigurationException(displayName, null, $"not found at {path}.", whenMissing);
        }

        try
        {
            return JsonNode.Parse(File.ReadAllText(path), NodeOptions, DocumentOptions)
                ?? throw new HostConfigurationException(displayName, null, "is empty (null).", "Write a JSON object.");
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } l ? $" at line {l + 1}" : string.Empty;
            throw new HostConfigurationException(displayName, null, $"is not valid JSON{line}: {FirstSentence(ex.Message)}", "Fix the JSON (comments and trailing commas are allowed).");
        }
    }

    public static JsonObject Object(JsonNode node, string file, string key)
        => node as JsonObject ?? throw new HostConfigurationException(file, key, $"must be a JSON object, not {Kind(node)}.", "Write { ... } there.");

    public static JsonObject? OptionalObject(JsonObject parent, string name, string file, string key)
        => parent[name] is { } node ? Object(node, file, key) : null;

    public static string? OptionalString(JsonObject parent, string name, string file, string key)
    {
        var node = parent[name];
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.TryGetValue<string>(out var text))
        {
            return text;
        }

        throw new HostConfigurationException(file, key, $"must be a string, not {Kind(node)}.", "Quote the value.");
    }

    public static bool? OptionalBool(JsonObject parent, string name, string file, string key)
    {
        var node = parent[name];
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.TryGetValue<bool>(out var flag))
        {
            return flag;
        }

        if (node is JsonValue text && text.TryGetValue<string>(out var s) && bool.TryParse(s, out var parsed))
        {
            return parsed;
        }

        throw new HostConfigurationException(file, key, $"must be true or false, not {node.ToJsonString()}.", "Write true or false.");
    }

    public static int? OptionalInt(JsonObject parent, string name, string file, string key)
    {
        var node = parent[name];
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.TryGetValue<int>(out var number))
        {
            return number;
        }

        throw new HostConfigurationException(file, key, $"must be a whole number, not {node.ToJsonString()}.", "Write a number without quotes.");
    }

    /// <summary>A TimeSpan written as host.json writes them ("00:05:00").</summary>
    public static TimeSpan? OptionalTimeSpan(JsonObject parent, string name, string file, string key)
    {
        var text = OptionalString(parent, name, file, key);
        if (text is null)
        {
            return null;
        }

        if (TimeSpan.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var span) && span >= TimeSpan.Zero)
        {
            return span;
        }

        throw new HostConfigurationException(file, key, $"'{text}' is not a time span.", "Write hh:mm:ss, e.g. \"00:05:00\".");
    }

    public static string Kind(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "an array",
        _ => node.GetValueKind() switch
        {
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => node.ToJsonString(),
        },
    };

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
