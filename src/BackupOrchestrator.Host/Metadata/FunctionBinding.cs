using System.Text.Json.Nodes;

namespace BackupOrchestrator.Host.Metadata;

/// <summary>One binding of a function as functions.metadata writes it; the rest of its properties stay in <see cref="Raw"/>.</summary>
public sealed record FunctionBinding(string Name, string Type, BindingDirection Direction, JsonObject Raw)
{
    public const string HttpTrigger = "httpTrigger";
    public const string Http = "http";
    public const string TimerTrigger = "timerTrigger";
    public const string OrchestrationTrigger = "orchestrationTrigger";
    public const string ActivityTrigger = "activityTrigger";
    public const string DurableClient = "durableClient";

    /// <summary>The binding types this host runs (docs/host.md); anything else is refused at start-up.</summary>
    public static readonly IReadOnlySet<string> Supported = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        HttpTrigger, Http, TimerTrigger, OrchestrationTrigger, ActivityTrigger, DurableClient,
    };

    public bool IsTrigger => Type.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase);

    public bool Is(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);

    public string? GetString(string name) => Raw[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public bool GetBool(string name, bool defaultValue)
        => Raw[name] switch
        {
            JsonValue v when v.TryGetValue<bool>(out var b) => b,
            JsonValue v when v.TryGetValue<string>(out var s) && bool.TryParse(s, out var parsed) => parsed,
            _ => defaultValue,
        };

    public IReadOnlyList<string> GetStrings(string name)
        => Raw[name] is JsonArray array
            ? array.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToArray()
            : [];
}

public enum BindingDirection
{
    In,
    Out,
    InOut,
}
