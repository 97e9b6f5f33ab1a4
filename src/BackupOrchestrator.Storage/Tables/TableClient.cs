using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using BackupOrchestrator.Storage.Http;

namespace BackupOrchestrator.Storage.Tables;

/// <summary>
/// One table: entity writes with ETag concurrency (412 on a stale ETag), point reads, queries with continuation,
/// and entity group transactions (TableClient.Transaction.cs).
/// </summary>
public sealed partial class TableClient
{
    internal const string JsonContentType = "application/json";
    private const string AcceptMinimal = "application/json;odata=minimalmetadata";
    private static readonly HttpMethod Merge = new("MERGE");
    private readonly StoragePipeline _pipeline;
    private readonly string _path;

    internal TableClient(StoragePipeline pipeline, Uri endpoint, string name)
    {
        _pipeline = pipeline;
        Endpoint = endpoint;
        Name = name;
        _path = "/" + Uri.EscapeDataString(name);
    }

    public string Name { get; }

    public Uri Endpoint { get; }

    public async Task CreateAsync(CancellationToken cancellationToken = default)
    {
        await _pipeline.SendForHeadersAsync(CreateTableRequest(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates the table unless it exists; true when this call created it.</summary>
    public async Task<bool> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        var request = CreateTableRequest();
        request.ToleratedStatus = 409;
        var response = await _pipeline.SendForHeadersAsync(request, cancellationToken).ConfigureAwait(false);
        return response.Status != 409;
    }

    public async Task DeleteAsync(CancellationToken cancellationToken = default)
    {
        await _pipeline.SendForHeadersAsync(Request(HttpMethod.Delete, "/Tables('" + Uri.EscapeDataString(Name) + "')"), cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> DeleteIfExistsAsync(CancellationToken cancellationToken = default)
    {
        var request = Request(HttpMethod.Delete, "/Tables('" + Uri.EscapeDataString(Name) + "')");
        request.ToleratedStatus = 404;
        var response = await _pipeline.SendForHeadersAsync(request, cancellationToken).ConfigureAwait(false);
        return response.Status != 404;
    }

    /// <summary>Inserts; 409 EntityAlreadyExists when the key is taken. Returns the new ETag.</summary>
    public async Task<string> AddEntityAsync(TableEntity entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var request = Request(HttpMethod.Post, _path);
        request.AddHeader("Prefer", "return-no-content");
        SetBody(request, entity);
        var response = await _pipeline.SendForHeadersAsync(request, cancellationToken).ConfigureAwait(false);
        return entity.ETag = response.Header("ETag") ?? string.Empty;
    }

    /// <summary>Inserts or replaces/merges, whatever is there. Returns the new ETag.</summary>
    public async Task<string> UpsertEntityAsync(TableEntity entity, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var request = Request(mode == TableUpdateMode.Replace ? HttpMethod.Put : Merge, EntityPath(entity.PartitionKey, entity.RowKey));
        SetBody(request, entity);
        var response = await _pipeline.SendForHeadersAsync(request, cancellationToken).ConfigureAwait(false);
        return entity.ETag = response.Header("ETag") ?? string.Empty;
    }

    /// <summary>
    /// Updates an existing entity only if its ETag is still <paramref name="ifMatch"/> ("*": any). 412 UpdateConditionNotSatisfied
    /// on a stale ETag, 404 when it does not exist. Returns the new ETag.
    /// </summary>
    public async Task<string> UpdateEntityAsync(TableEntity entity, string ifMatch, TableUpdateMode mode = TableUpdateMode.Merge, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentException.ThrowIfNullOrEmpty(ifMatch);
        var request = Request(mode == TableUpdateMode.Replace ? HttpMethod.Put : Merge, EntityPath(entity.PartitionKey, entity.RowKey));
        request.AddHeader("If-Match", ifMatch);
        SetBody(request, entity);
        var response = await _pipeline.SendForHeadersAsync(request, cancellationToken).ConfigureAwait(false);
        return entity.ETag = response.Header("ETag") ?? string.Empty;
    }

    /// <summary>Deletes if the ETag matches (default "*": unconditionally). 404 when missing, 412 on a stale ETag.</summary>
    public async Task DeleteEntityAsync(string partitionKey, string rowKey, string ifMatch = "*", CancellationToken cancellationToken = default)
    {
        var request = Request(HttpMethod.Delete, EntityPath(partitionKey, rowKey));
        request.AddHeader("If-Match", ifMatch);
        await _pipeline.SendForHeadersAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes if present; true when it was.</summary>
    public async Task<bool> DeleteEntityIfExistsAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        var request = Request(HttpMethod.Delete, EntityPath(partitionKey, rowKey));
        request.AddHeader("If-Match", "*");
        request.ToleratedStatus = 404;
        var response = await _pipeline.SendForHeadersAsync(request, cancellationToken).ConfigureAwait(false);
        return response.Status != 404;
    }

    /// <summary>Reads one entity; 404 ResourceNotFound when missing.</summary>
    public async Task<TableEntity> GetEntityAsync(string partitionKey, string rowKey, IReadOnlyList<string>? select = null, CancellationToken cancellationToken = default) =>
        await GetEntityCoreAsync(partitionKey, rowKey, select, throwIfMissing: true, cancellationToken).ConfigureAwait(false)
        ?? throw new InvalidOperationException("unreachable");

    /// <summary>Reads one entity, or null when it does not exist (a missing table still throws 404 TableNotFound).</summary>
    public Task<TableEntity?> GetEntityIfExistsAsync(string partitionKey, string rowKey, IReadOnlyList<string>? select = null, CancellationToken cancellationToken = default) =>
        GetEntityCoreAsync(partitionKey, rowKey, select, throwIfMissing: false, cancellationToken);

    /// <summary>
    /// One page of entities matching the OData <paramref name="filter"/> (null: all), with only the
    /// <paramref name="select"/>ed properties (null: all), at most <paramref name="top"/> per page (service max 1000).
    /// </summary>
    public async Task<TableQueryPage> QueryAsync(string? filter = null, IReadOnlyList<string>? select = null, int? top = null, TableContinuation? continuation = null, CancellationToken cancellationToken = default)
    {
        var request = Request(HttpMethod.Get, _path + "()");
        if (!string.IsNullOrEmpty(filter))
        {
            request.AddQuery("$filter", filter);
        }

        if (select is { Count: > 0 })
        {
            request.AddQuery("$select", string.Join(',', select));
        }

        if (top is { } t)
        {
            request.AddQuery("$top", t.ToString(CultureInfo.InvariantCulture));
        }

        if (continuation is not null)
        {
            request.AddQuery("NextPartitionKey", continuation.NextPartitionKey);
            if (continuation.NextRowKey is not null)
            {
                request.AddQuery("NextRowKey", continuation.NextRowKey);
            }
        }

        using var response = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var doc = await JsonDocument.ParseAsync(body, default, cancellationToken).ConfigureAwait(false);
        var entities = new List<TableEntity>();
        if (doc.RootElement.TryGetProperty("value", out var value))
        {
            foreach (var item in value.EnumerateArray())
            {
                entities.Add(TableEntityJson.Read(item));
            }
        }

        var nextPk = StorageErrors.RawHeader(response.Headers, "x-ms-continuation-NextPartitionKey");
        var nextRk = StorageErrors.RawHeader(response.Headers, "x-ms-continuation-NextRowKey");
        return new TableQueryPage(entities, nextPk is null ? null : new TableContinuation(nextPk, nextRk));
    }

    /// <summary>Every matching entity, following continuations as the caller enumerates.</summary>
    public async IAsyncEnumerable<TableEntity> QueryAllAsync(string? filter = null, IReadOnlyList<string>? select = null, int? pageSize = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        TableContinuation? continuation = null;
        do
        {
            var page = await QueryAsync(filter, select, pageSize, continuation, cancellationToken).ConfigureAwait(false);
            foreach (var entity in page.Entities)
            {
                yield return entity;
            }

            continuation = page.Continuation;
        }
        while (continuation is not null);
    }

    internal StorageRequest Request(HttpMethod method, string path)
    {
        var request = new StorageRequest(method, Endpoint, path, SignatureKind.Table) { Resource = $"table '{Name}'" };
        request.AddHeader("Accept", AcceptMinimal);
        request.AddHeader("DataServiceVersion", "3.0");
        request.AddHeader("MaxDataServiceVersion", "3.0;NetFx");
        return request;
    }

    internal static string EntityPath(string table, string partitionKey, string rowKey) =>
        "/" + Uri.EscapeDataString(table) + "(PartitionKey='" + EscapeKey(partitionKey) + "',RowKey='" + EscapeKey(rowKey) + "')";

    private string EntityPath(string partitionKey, string rowKey) => EntityPath(Name, partitionKey, rowKey);

    private static string EscapeKey(string key) => Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal));

    private async Task<TableEntity?> GetEntityCoreAsync(string partitionKey, string rowKey, IReadOnlyList<string>? select, bool throwIfMissing, CancellationToken cancellationToken)
    {
        var request = Request(HttpMethod.Get, EntityPath(partitionKey, rowKey));
        if (select is { Count: > 0 })
        {
            request.AddQuery("$select", string.Join(',', select));
        }

        if (!throwIfMissing)
        {
            request.ToleratedStatus = 404;
        }

        using var response = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if ((int)response.StatusCode == 404)
        {
            // A missing entity is an answer; a missing table is an error the caller should see.
            var error = await StorageErrors.CreateAsync(response, request, _pipeline.AccountName, 1, cancellationToken).ConfigureAwait(false);
            return error.ErrorCode == "TableNotFound" ? throw error : null;
        }

        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var doc = await JsonDocument.ParseAsync(body, default, cancellationToken).ConfigureAwait(false);
        var entity = TableEntityJson.Read(doc.RootElement);
        entity.ETag ??= StorageErrors.RawHeader(response.Headers, "ETag");
        return entity;
    }

    private StorageRequest CreateTableRequest()
    {
        var request = Request(HttpMethod.Post, "/Tables");
        request.AddHeader("Prefer", "return-no-content");
        request.ContentType = JsonContentType;
        request.Body = Encoding.UTF8.GetBytes("{\"TableName\":" + JsonSerializer.Serialize(Name) + "}");
        return request;
    }

    private static void SetBody(StorageRequest request, TableEntity entity)
    {
        request.ContentType = JsonContentType;
        request.Body = TableEntityJson.Serialize(entity);
    }
}
