using System.Text.Json;
using System.Text.Json.Nodes;
using BackupOrchestrator.Durable.History;
using BackupOrchestrator.Storage;
using BackupOrchestrator.Storage.Tables;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Durable.AzureStorage;

/// <summary>The current execution's events of an instance, and the sentinel ETag they were read at.</summary>
internal sealed record HistoryRead(IReadOnlyList<HistoryEvent> Events, string? SentinelETag, string? ExecutionId);

/// <summary>
/// <c>{hub}History</c>: PartitionKey = instance id, RowKey = position as 16 hex digits, columns
/// <c>EventType</c>, <c>ExecutionId</c>, <c>_Timestamp</c> and the event's fields. The
/// <see cref="TaskHubNames.SentinelRowKey"/> row names the current execution and its ETag guards
/// writers: every commit updates it in its first batch with If-Match, so of two workers that
/// read the same history only the first can append.
/// </summary>
internal sealed class HistoryTable(TableClient table, LargePayloadStore payloads, ILogger logger)
{
    /// <summary>Strings longer than this (UTF-16 chars) go to a blob; a table property holds at most 64 KiB.</summary>
    private const int MaxPropertyChars = 30_000;
    /// <summary>Keep a transaction well under the service's 4 MiB body limit.</summary>
    private const int MaxBatchBytes = 3 * 1024 * 1024;
    private static readonly HashSet<string> JsonColumns = ["FailureDetails", "Parent", "CarryoverEvents"];

    public TableClient Table => table;

    public async Task<HistoryRead> ReadAsync(string instanceId, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        TableEntity? sentinel = null;
        await foreach (var row in table.QueryAllAsync(TableFilter.PartitionKeyEquals(instanceId), cancellationToken: cancellationToken))
        {
            if (row.RowKey == TaskHubNames.SentinelRowKey)
            {
                sentinel = row;
            }
            else
            {
                rows.Add(row);
            }
        }

        string? executionId = sentinel?.GetString("ExecutionId");
        var events = new List<HistoryEvent>(rows.Count);
        foreach (var row in rows.Where(r => r.GetString("ExecutionId") == executionId).OrderBy(r => r.RowKey, StringComparer.Ordinal))
        {
            events.Add(await ToEventAsync(row, cancellationToken));
        }

        return new HistoryRead(events, sentinel?.ETag, executionId);
    }

    /// <summary>
    /// Writes <paramref name="events"/> from position <paramref name="firstIndex"/> (0 for a new
    /// execution: rows of the old one are overwritten or, beyond, ignored by their ExecutionId).
    /// Throws <see cref="Backend.OrchestrationConcurrencyException"/> when the sentinel moved since
    /// <paramref name="sentinelETag"/> was read. Returns the sentinel's new ETag.
    /// </summary>
    public async Task<string> AppendAsync(string instanceId, string executionId, int firstIndex, IReadOnlyList<HistoryEvent> events, string? sentinelETag, CancellationToken cancellationToken)
    {
        var sentinel = new TableEntity(instanceId, TaskHubNames.SentinelRowKey)
        {
            ["ExecutionId"] = executionId,
            ["LastCheckpointTime"] = DateTime.UtcNow,
        };
        var batches = new List<List<TableTransactionAction>>
        {
            new() { sentinelETag is null
                ? new TableTransactionAction(TableTransactionActionType.Add, sentinel)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, sentinel, sentinelETag) },
        };
        int batchBytes = 0;
        for (int i = 0; i < events.Count; i++)
        {
            var (row, bytes) = await ToEntityAsync(instanceId, executionId, firstIndex + i, events[i], cancellationToken);
            if (batches[^1].Count >= TableClient.MaxTransactionActions || batchBytes + bytes > MaxBatchBytes)
            {
                batches.Add([]);
                batchBytes = 0;
            }

            batches[^1].Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, row));
            batchBytes += bytes;
        }

        string newETag;
        try
        {
            // The first batch carries the sentinel: it either commits with its rows or fails whole.
            var etags = await table.SubmitTransactionAsync(batches[0], cancellationToken);
            newETag = etags[0] ?? throw new InvalidOperationException("The table service returned no ETag for the sentinel row.");
        }
        catch (StorageRequestException ex) when (ex.IsConflict || ex.IsPreconditionFailed || (ex.IsNotFound && sentinelETag is not null))
        {
            throw new Backend.OrchestrationConcurrencyException(instanceId);
        }

        // Later batches in order: a crash between them leaves a prefix of the episode, which replay
        // treats as "not yet done" (the messages are still in the queue and the episode runs again).
        foreach (var batch in batches.Skip(1))
        {
            await table.SubmitTransactionAsync(batch, cancellationToken);
        }

        Logs.HistoryWritten(logger, instanceId, events.Count, batches.Count);
        return newETag;
    }

    public async Task<int> DeleteAsync(string instanceId, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        await foreach (var row in table.QueryAllAsync(TableFilter.PartitionKeyEquals(instanceId), select: ["RowKey"], cancellationToken: cancellationToken))
        {
            keys.Add(row.RowKey);
        }

        foreach (var chunk in keys.Chunk(TableClient.MaxTransactionActions))
        {
            await table.SubmitTransactionAsync([.. chunk.Select(k => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(instanceId, k), "*"))], cancellationToken);
        }

        return keys.Count;
    }

    private async Task<(TableEntity Row, int Bytes)> ToEntityAsync(string instanceId, string executionId, int index, HistoryEvent e, CancellationToken cancellationToken)
    {
        string rowKey = TaskHubNames.HistoryRowKey(index);
        var row = new TableEntity(instanceId, rowKey) { ["ExecutionId"] = executionId, ["_Timestamp"] = DateTime.SpecifyKind(e.Timestamp, DateTimeKind.Utc) };
        int bytes = 200;
        var node = JsonSerializer.SerializeToNode(e, HistorySerializer.Options)!.AsObject();
        foreach (var (name, value) in node)
        {
            if (name == "Timestamp" || value is null)
            {
                continue;
            }

            object column = value switch
            {
                JsonValue v when v.TryGetValue(out string? s) => s,
                JsonValue v when v.TryGetValue(out int n) => n,
                JsonValue v when v.TryGetValue(out long l) => l,
                JsonValue v when v.TryGetValue(out bool b) => b,
                JsonValue v when v.TryGetValue(out double d) => d,
                _ => value.ToJsonString(HistorySerializer.Options),
            };
            if (column is string text && text.Length > MaxPropertyChars)
            {
                row[name + "BlobName"] = await payloads.UploadAsync(instanceId, $"history-{rowKey}-{name}", text, cancellationToken);
                bytes += 200;
                continue;
            }

            row[name] = column;
            bytes += column is string t ? (t.Length * 2) + 64 : 64;
        }

        return (row, bytes);
    }

    private async Task<HistoryEvent> ToEventAsync(TableEntity row, CancellationToken cancellationToken)
    {
        var node = new JsonObject { ["EventType"] = row.GetString("EventType") };
        foreach (var (name, value) in row.Properties)
        {
            if (name is "EventType" or "ExecutionId" || value is null)
            {
                continue;
            }

            if (name == "_Timestamp")
            {
                node["Timestamp"] = JsonValue.Create(row.GetDateTimeOffset(name)!.Value.UtcDateTime);
                continue;
            }

            string property = name;
            object? v = value;
            if (name.EndsWith("BlobName", StringComparison.Ordinal))
            {
                property = name[..^"BlobName".Length];
                v = await payloads.DownloadAsync((string)value, cancellationToken);
            }

            node[property] = JsonColumns.Contains(property) && v is string json
                ? JsonNode.Parse(json)
                : v switch
                {
                    string s => JsonValue.Create(s),
                    int n => JsonValue.Create(n),
                    long l => JsonValue.Create(l),
                    bool b => JsonValue.Create(b),
                    double d => JsonValue.Create(d),
                    DateTimeOffset dto => JsonValue.Create(dto.UtcDateTime),
                    DateTime dt => JsonValue.Create(dt),
                    _ => JsonValue.Create(v.ToString()),
                };
        }

        if (row.GetString("ExecutionId") is { } executionId && node["EventType"]?.GetValue<string>() == nameof(EventType.ExecutionStarted))
        {
            node["ExecutionId"] = executionId;
        }

        return node.Deserialize<HistoryEvent>(HistorySerializer.Options)
            ?? throw new JsonException($"History row {row.PartitionKey}/{row.RowKey} could not be read.");
    }
}
