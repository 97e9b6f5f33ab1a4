using System.Text;
using System.Text.Json;
using BackupOrchestrator.Durable.Backend;
using BackupOrchestrator.Durable.History;
using BackupOrchestrator.Storage;
using BackupOrchestrator.Storage.Tables;

namespace BackupOrchestrator.Durable.AzureStorage;

/// <summary>
/// <c>{hub}Instances</c>: one row per instance (PartitionKey = instance id, RowKey = ""), columns
/// <c>Name, Version, ExecutionId, Input, Output, CustomStatus, RuntimeStatus, CreatedTime,
/// LastUpdatedTime, CompletedTime, FailureDetails</c>; large values as <c>{Column}BlobName</c>.
/// </summary>
internal sealed class InstanceTable(TableClient table, LargePayloadStore payloads)
{
    private const int MaxPropertyChars = 30_000;
    private static readonly string[] PayloadColumns = ["Input", "Output", "CustomStatus"];
    private static readonly string[] SummaryColumns =
        ["PartitionKey", "RowKey", "Name", "Version", "ExecutionId", "RuntimeStatus", "CreatedTime", "LastUpdatedTime", "CompletedTime", "FailureDetails", "CustomStatus", "CustomStatusBlobName"];

    public TableClient Table => table;

    public async Task WriteAsync(OrchestrationMetadata m, CancellationToken cancellationToken) =>
        await table.UpsertEntityAsync(await ToEntityAsync(m, cancellationToken), TableUpdateMode.Replace, cancellationToken);

    /// <summary>
    /// Writes the row only if it is still as read: absent (<paramref name="ifMatch"/> null) or
    /// unchanged since its ETag was read. False when another writer got there first.
    /// </summary>
    public async Task<bool> TryWriteAsync(OrchestrationMetadata m, string? ifMatch, CancellationToken cancellationToken)
    {
        var row = await ToEntityAsync(m, cancellationToken);
        try
        {
            if (ifMatch is null)
            {
                await table.AddEntityAsync(row, cancellationToken);
            }
            else
            {
                await table.UpdateEntityAsync(row, ifMatch, TableUpdateMode.Replace, cancellationToken);
            }

            return true;
        }
        catch (StorageRequestException ex) when (ex.IsConflict || ex.IsPreconditionFailed || ex.IsNotFound)
        {
            return false;
        }
    }

    /// <summary>The row with the ETag to pass to <see cref="TryWriteAsync"/>.</summary>
    public async Task<(OrchestrationMetadata? Instance, string? ETag)> ReadForUpdateAsync(string instanceId, CancellationToken cancellationToken)
    {
        var row = await table.GetEntityIfExistsAsync(instanceId, "", cancellationToken: cancellationToken);
        return row is null ? (null, null) : (await ToMetadataAsync(row, false, cancellationToken), row.ETag);
    }

    private async Task<TableEntity> ToEntityAsync(OrchestrationMetadata m, CancellationToken cancellationToken)
    {
        var row = new TableEntity(m.InstanceId, "")
        {
            ["Name"] = m.Name,
            ["Version"] = m.Version,
            ["ExecutionId"] = m.ExecutionId,
            ["RuntimeStatus"] = m.RuntimeStatus.ToString(),
            ["CreatedTime"] = Utc(m.CreatedAt),
            ["LastUpdatedTime"] = Utc(m.LastUpdatedAt),
            ["CompletedTime"] = m.CompletedAt is { } done ? Utc(done) : null,
            ["FailureDetails"] = m.FailureDetails is null ? null : JsonSerializer.Serialize(m.FailureDetails, HistorySerializer.Options),
        };
        foreach (var (column, value) in new[] { ("Input", m.SerializedInput), ("Output", m.SerializedOutput), ("CustomStatus", m.SerializedCustomStatus) })
        {
            if (value is { Length: > MaxPropertyChars })
            {
                row[column + "BlobName"] = await payloads.UploadAsync(m.InstanceId, column.ToLowerInvariant(), value, cancellationToken);
            }
            else
            {
                row[column] = value;
            }
        }

        return row;
    }

    public async Task<OrchestrationMetadata?> ReadAsync(string instanceId, bool includePayloads, CancellationToken cancellationToken)
    {
        var row = await table.GetEntityIfExistsAsync(instanceId, "", cancellationToken: cancellationToken);
        return row is null ? null : await ToMetadataAsync(row, includePayloads, cancellationToken);
    }

    public async Task<InstancePage> QueryAsync(InstanceQuery query, CancellationToken cancellationToken)
    {
        var filters = new List<string>();
        if (query.InstanceIdPrefix is { Length: > 0 } prefix)
        {
            filters.Add(TableFilter.StartsWith("PartitionKey", prefix));
        }

        if (query.Statuses is { Count: > 0 } statuses)
        {
            filters.Add("(" + string.Join(" or ", statuses.Select(s => TableFilter.Equal("RuntimeStatus", s.ToString()))) + ")");
        }

        if (query.Version is { } version)
        {
            filters.Add(TableFilter.Equal("Version", version));
        }

        if (query.CreatedFrom is { } from)
        {
            filters.Add($"CreatedTime ge {TableFilter.DateTime(Utc(from))}");
        }

        if (query.CreatedTo is { } to)
        {
            filters.Add($"CreatedTime le {TableFilter.DateTime(Utc(to))}");
        }

        var page = await table.QueryAsync(
            filters.Count == 0 ? null : string.Join(" and ", filters),
            query.FetchInputsAndOutputs ? null : SummaryColumns,
            query.PageSize,
            DecodeToken(query.ContinuationToken),
            cancellationToken);
        var instances = new List<OrchestrationMetadata>(page.Entities.Count);
        foreach (var row in page.Entities)
        {
            instances.Add(await ToMetadataAsync(row, query.FetchInputsAndOutputs, cancellationToken));
        }

        return new InstancePage(instances, EncodeToken(page.Continuation));
    }

    public Task<bool> DeleteAsync(string instanceId, CancellationToken cancellationToken) =>
        table.DeleteEntityIfExistsAsync(instanceId, "", cancellationToken);

    private async Task<OrchestrationMetadata> ToMetadataAsync(TableEntity row, bool includePayloads, CancellationToken cancellationToken)
    {
        var payload = new Dictionary<string, string?>();
        foreach (string column in PayloadColumns)
        {
            if (!includePayloads && column != "CustomStatus")
            {
                continue;
            }

            payload[column] = row.GetString(column + "BlobName") is { } blob
                ? await payloads.DownloadAsync(blob, cancellationToken)
                : row.GetString(column);
        }

        return new OrchestrationMetadata
        {
            InstanceId = row.PartitionKey,
            Name = row.GetString("Name") ?? "",
            Version = row.GetString("Version"),
            ExecutionId = row.GetString("ExecutionId"),
            RuntimeStatus = Enum.TryParse<OrchestrationRuntimeStatus>(row.GetString("RuntimeStatus"), out var status) ? status : OrchestrationRuntimeStatus.Pending,
            CreatedAt = row.GetDateTimeOffset("CreatedTime")?.UtcDateTime ?? default,
            LastUpdatedAt = row.GetDateTimeOffset("LastUpdatedTime")?.UtcDateTime ?? default,
            CompletedAt = row.GetDateTimeOffset("CompletedTime")?.UtcDateTime,
            SerializedInput = payload.GetValueOrDefault("Input"),
            SerializedOutput = payload.GetValueOrDefault("Output"),
            SerializedCustomStatus = payload.GetValueOrDefault("CustomStatus"),
            FailureDetails = row.GetString("FailureDetails") is { } failure ? JsonSerializer.Deserialize<FailureDetails>(failure, HistorySerializer.Options) : null,
        };
    }

    private static DateTime Utc(DateTime value) => value.Kind == DateTimeKind.Utc ? value : DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private static string? EncodeToken(TableContinuation? continuation) => continuation is null
        ? null
        : Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(continuation)));

    private static TableContinuation? DecodeToken(string? token)
    {
        if (token is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<TableContinuation>(Encoding.UTF8.GetString(Convert.FromBase64String(token)));
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            throw new ArgumentException($"Continuation token '{token}' was not produced by this query; pass back the token of the previous page unchanged.", nameof(token), ex);
        }
    }
}
