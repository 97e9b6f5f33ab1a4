using System.Text;
using System.Text.Json;
using BackupOrchestrator.Durable.Backend;

namespace BackupOrchestrator.Durable.AzureStorage;

/// <summary>
/// Queue message text for a <see cref="TaskMessage"/>: its JSON, or, when that is over the
/// large-message threshold, a small envelope naming the gzip blob that holds it.
/// </summary>
internal sealed class MessageCodec(LargePayloadStore payloads, int threshold)
{
    private const string BlobProperty = "$largeMessage";

    public async Task<string> EncodeAsync(TaskMessage message, CancellationToken cancellationToken)
    {
        string json = JsonSerializer.Serialize(message with { DequeueCount = 0 }, HistorySerializer.Options);
        if (Encoding.UTF8.GetByteCount(json) <= threshold)
        {
            return json;
        }

        string blob = await payloads.UploadAsync(message.InstanceId, "message", json, cancellationToken);
        return JsonSerializer.Serialize(new Dictionary<string, string> { [BlobProperty] = blob });
    }

    public async Task<TaskMessage> DecodeAsync(string text, int dequeueCount, CancellationToken cancellationToken)
    {
        if (text.StartsWith("{\"" + BlobProperty, StringComparison.Ordinal))
        {
            var envelope = JsonSerializer.Deserialize<Dictionary<string, string>>(text)!;
            text = await payloads.DownloadAsync(envelope[BlobProperty], cancellationToken);
        }

        var message = JsonSerializer.Deserialize<TaskMessage>(text, HistorySerializer.Options)
            ?? throw new JsonException("Queue message is JSON null.");
        return message with { DequeueCount = dequeueCount };
    }
}
