using System.Text;
using System.Text.Json;
using BackupOrchestrator.Durable.Backend;

namespace BackupOrchestrator.Durable.AzureStorage;

/// <summary>
/// Queue message text for one or more <see cref="TaskMessage"/>s. One message is its JSON; several
/// (a batch, see <see cref="QueueSender"/>) are <c>{"$batch":[...]}</c>; text over the
/// large-message threshold is replaced by a small envelope naming the gzip blob that holds it.
/// </summary>
internal sealed class MessageCodec(LargePayloadStore payloads, int threshold)
{
    private const string BlobProperty = "$largeMessage";
    private const string BatchProperty = "$batch";

    public int Threshold => threshold;

    /// <summary>The JSON of one message as it is put in a batch (the dequeue count is the queue's business).</summary>
    public static string ToJson(TaskMessage message) => JsonSerializer.Serialize(message with { DequeueCount = 0 }, HistorySerializer.Options);

    public Task<string> EncodeAsync(TaskMessage message, CancellationToken cancellationToken) =>
        WrapAsync(message.InstanceId, ToJson(message), cancellationToken);

    /// <summary>Text for several messages already turned into JSON by <see cref="ToJson"/>.</summary>
    public Task<string> EncodeBatchAsync(IReadOnlyList<(TaskMessage Message, string Json)> batch, CancellationToken cancellationToken) =>
        batch.Count == 1
            ? WrapAsync(batch[0].Message.InstanceId, batch[0].Json, cancellationToken)
            : WrapAsync(batch[0].Message.InstanceId, BatchText(batch.Select(b => b.Json)), cancellationToken);

    /// <summary>UTF-8 size of a batch of these JSON texts.</summary>
    public static int BatchBytes(int jsonBytes, int count) => count <= 1 ? jsonBytes : jsonBytes + count + 12;

    public async Task<IReadOnlyList<TaskMessage>> DecodeAsync(string text, int dequeueCount, CancellationToken cancellationToken)
    {
        if (text.StartsWith("{\"" + BlobProperty, StringComparison.Ordinal))
        {
            var envelope = JsonSerializer.Deserialize<Dictionary<string, string>>(text)!;
            text = await payloads.DownloadAsync(envelope[BlobProperty], cancellationToken);
        }

        if (text.StartsWith("{\"" + BatchProperty, StringComparison.Ordinal))
        {
            var batch = JsonSerializer.Deserialize<Dictionary<string, List<TaskMessage>>>(text, HistorySerializer.Options)?.GetValueOrDefault(BatchProperty)
                ?? throw new JsonException("Queue message batch has no messages.");
            if (batch.Count == 0 || batch.Any(m => m is null))
            {
                throw new JsonException("Queue message batch is empty or holds JSON null.");
            }

            return [.. batch.Select(m => m with { DequeueCount = dequeueCount })];
        }

        var message = JsonSerializer.Deserialize<TaskMessage>(text, HistorySerializer.Options)
            ?? throw new JsonException("Queue message is JSON null.");
        return [message with { DequeueCount = dequeueCount }];
    }

    private static string BatchText(IEnumerable<string> jsons) => "{\"" + BatchProperty + "\":[" + string.Join(",", jsons) + "]}";

    private async Task<string> WrapAsync(string instanceId, string json, CancellationToken cancellationToken)
    {
        if (Encoding.UTF8.GetByteCount(json) <= threshold)
        {
            return json;
        }

        string blob = await payloads.UploadAsync(instanceId, "message", json, cancellationToken);
        return JsonSerializer.Serialize(new Dictionary<string, string> { [BlobProperty] = blob });
    }
}
