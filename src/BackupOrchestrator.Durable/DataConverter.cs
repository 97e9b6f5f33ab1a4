using System.Text.Json;

namespace BackupOrchestrator.Durable;

/// <summary>Turns inputs and outputs into the JSON strings stored in history (web defaults, camelCase).</summary>
public static class DataConverter
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    public static string? Serialize(object? value) => value is null ? null : JsonSerializer.Serialize(value, value.GetType(), Options);

    public static T? Deserialize<T>(string? json) => json is null ? default : JsonSerializer.Deserialize<T>(json, Options);
}
