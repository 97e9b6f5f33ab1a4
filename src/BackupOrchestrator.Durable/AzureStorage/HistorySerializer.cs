using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackupOrchestrator.Durable.AzureStorage;

/// <summary>JSON settings for stored events and messages: PascalCase names (the table columns), enums as text.</summary>
internal static class HistorySerializer
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        AllowOutOfOrderMetadataProperties = true,
    };
}
