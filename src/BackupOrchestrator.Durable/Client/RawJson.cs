using System.Text.Json;

namespace BackupOrchestrator.Durable.Client;

/// <summary>Wraps already-serialized JSON so that it is passed on as is (used by restart).</summary>
internal static class RawJson
{
    public static JsonElement? From(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}
