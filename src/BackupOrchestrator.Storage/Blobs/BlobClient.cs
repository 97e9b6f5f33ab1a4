using BackupOrchestrator.Storage.Http;

namespace BackupOrchestrator.Storage.Blobs;

/// <summary>
/// One blob: whole and streamed block uploads (BlobClient.Upload.cs), reads by stream and range, properties and
/// metadata, conditional writes, leases (BlobClient.Lease.cs) and append blobs (BlobClient.Append.cs).
/// </summary>
public sealed partial class BlobClient
{
    /// <summary>The transfer type of a body; the blob's own content type travels in x-ms-blob-content-type.</summary>
    internal const string OctetStream = "application/octet-stream";

    private readonly BlobContainerClient _container;
    private readonly string _escapedPath;

    internal BlobClient(BlobContainerClient container, string name)
    {
        _container = container;
        Name = name;
        _escapedPath = "/" + Uri.EscapeDataString(container.Name) + "/" + HeaderValues.EscapePath(name);
    }

    public string Name { get; }

    public string ContainerName => _container.Name;

    private StoragePipeline Pipeline => _container.Pipeline;

    /// <summary>Writes the blob whole (Put Blob). With <see cref="BlobRequestConditions.CreateOnly"/> it never overwrites.</summary>
    public async Task<BlobInfo> UploadAsync(ReadOnlyMemory<byte> content, BlobUploadOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = Request(HttpMethod.Put);
        request.AddHeader("x-ms-blob-type", "BlockBlob");
        AddContentHeaders(request, options);
        request.ContentType = OctetStream;
        request.Body = content;
        var response = await Pipeline.SendForHeadersAsync(request, cancellationToken).ConfigureAwait(false);
        return Info(response);
    }

    /// <summary>Downloads the blob (or a range of it) as a stream; the body is not buffered, and a broken connection resumes.</summary>
    public async Task<BlobDownloadResult> DownloadStreamingAsync(BlobRange? range = null, BlobRequestConditions? conditions = null, CancellationToken cancellationToken = default)
    {
        var offset = range?.Offset ?? 0;
        var response = await SendRangedGetAsync(range, conditions, cancellationToken).ConfigureAwait(false);
        try
        {
            var properties = ReadProperties(new ResponseInfo(response));
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            var resuming = new ResumingDownloadStream(this, response, stream, offset, offset + properties.ContentLength, properties.ETag, conditions?.LeaseId);
            return new BlobDownloadResult(resuming, properties);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    internal async Task<HttpResponseMessage> SendRangedGetAsync(BlobRange? range, BlobRequestConditions? conditions, CancellationToken cancellationToken)
    {
        var request = Request(HttpMethod.Get);
        request.StreamResponse = true;
        if (range is { } r)
        {
            request.AddHeader("x-ms-range", r.ToHeader());
        }

        AddConditions(request, conditions);
        return await Pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Downloads the whole blob (or a range) into memory. For small blobs.</summary>
    public async Task<(byte[] Content, BlobProperties Properties)> DownloadContentAsync(BlobRange? range = null, BlobRequestConditions? conditions = null, CancellationToken cancellationToken = default)
    {
        var request = Request(HttpMethod.Get);
        if (range is { } r)
        {
            request.AddHeader("x-ms-range", r.ToHeader());
        }

        AddConditions(request, conditions);
        using var response = await Pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return (bytes, ReadProperties(new ResponseInfo(response)));
    }

    public async Task<BlobProperties> GetPropertiesAsync(BlobRequestConditions? conditions = null, CancellationToken cancellationToken = default)
    {
        var request = Request(HttpMethod.Head);
        AddConditions(request, conditions);
        var response = await Pipeline.SendForHeadersAsync(request, cancellationToken).ConfigureAwait(false);
        return ReadProperties(response);
    }

    public async Task<bool> ExistsAsync(CancellationToken cancellationToken = default)
    {
        var request = Request(HttpMethod.Head);
        request.ToleratedStatus = 404;
        var response = await Pipeline.SendForHeadersAsync(request, cancellationToken).ConfigureAwait(false);
        return response.Status != 404;
    }

    /// <summary>Replaces all user metadata (names are C# identifiers; values ASCII).</summary>
    public async Task<BlobInfo> SetMetadataAsync(IReadOnlyDictionary<string, string> metadata, BlobRequestConditions? conditions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var request = Request(HttpMethod.Put).AddQuery("comp", "metadata");
        AddMetadata(request, metadata);
        AddConditions(request, conditions);
        var response = await Pipeline.SendForHeadersAsync(request, cancellationToken).ConfigureAwait(false);
        return Info(response);
    }

    /// <summary>Sets the content type (the other HTTP properties are cleared, as the service does).</summary>
    public async Task<BlobInfo> SetContentTypeAsync(string contentType, BlobRequestConditions? conditions = null, CancellationToken cancellationToken = default)
    {
        var request = Request(HttpMethod.Put).AddQuery("comp", "properties");
        request.AddHeader("x-ms-blob-content-type", contentType);
        AddConditions(request, conditions);
        var response = await Pipeline.SendForHeadersAsync(request, cancellationToken).ConfigureAwait(false);
        return Info(response);
    }

    public async Task DeleteAsync(BlobRequestConditions? conditions = null, CancellationToken cancellationToken = default)
    {
        var request = Request(HttpMethod.Delete);
        AddConditions(request, conditions);
        await Pipeline.SendForHeadersAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes the blob if it exists; true when it did.</summary>
    public async Task<bool> DeleteIfExistsAsync(BlobRequestConditions? conditions = null, CancellationToken cancellationToken = default)
    {
        var request = Request(HttpMethod.Delete);
        request.ToleratedStatus = 404;
        AddConditions(request, conditions);
        var response = await Pipeline.SendForHeadersAsync(request, cancellationToken).ConfigureAwait(false);
        return response.Status != 404;
    }

    internal StorageRequest Request(HttpMethod method) =>
        new(method, _container.Endpoint, _escapedPath, SignatureKind.BlobQueue) { Resource = $"blob '{_container.Name}/{Name}'" };

    internal static void AddConditions(StorageRequest request, BlobRequestConditions? conditions)
    {
        if (conditions is null)
        {
            return;
        }

        request.AddHeaderIfNotNull("If-Match", conditions.IfMatch);
        request.AddHeaderIfNotNull("If-None-Match", conditions.IfNoneMatch);
        request.AddHeaderIfNotNull("x-ms-lease-id", conditions.LeaseId);
    }

    private static void AddContentHeaders(StorageRequest request, BlobUploadOptions? options)
    {
        if (options is null)
        {
            return;
        }

        request.AddHeaderIfNotNull("x-ms-blob-content-type", options.ContentType);
        if (options.Metadata is { } metadata)
        {
            AddMetadata(request, metadata);
        }

        AddConditions(request, options.Conditions);
    }

    private static void AddMetadata(StorageRequest request, IReadOnlyDictionary<string, string> metadata)
    {
        foreach (var kv in metadata)
        {
            request.AddHeader("x-ms-meta-" + kv.Key, kv.Value);
        }
    }

    internal static BlobInfo Info(ResponseInfo response) =>
        new(response.Header("ETag") ?? string.Empty, HeaderValues.ParseDate(response.Header("Last-Modified")));

    internal static BlobProperties ReadProperties(ResponseInfo response)
    {
        Dictionary<string, string>? metadata = null;
        foreach (var header in response.Headers.NonValidated)
        {
            if (header.Key.StartsWith("x-ms-meta-", StringComparison.OrdinalIgnoreCase))
            {
                (metadata ??= new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase))[header.Key["x-ms-meta-".Length..]] = header.Value.ToString();
            }
        }

        return new BlobProperties
        {
            ContentLength = response.ContentHeaders?.ContentLength ?? 0,
            ContentType = response.Header("Content-Type"),
            ContentMd5 = response.Header("Content-MD5") ?? response.Header("x-ms-blob-content-md5"),
            ETag = response.Header("ETag") ?? string.Empty,
            LastModified = HeaderValues.ParseDate(response.Header("Last-Modified")),
            CreatedOn = HeaderValues.ParseDateOrNull(response.Header("x-ms-creation-time")),
            BlobType = response.Header("x-ms-blob-type") ?? "BlockBlob",
            LeaseState = response.Header("x-ms-lease-state"),
            LeaseStatus = response.Header("x-ms-lease-status"),
            LeaseDuration = response.Header("x-ms-lease-duration"),
            Metadata = metadata ?? BlobProperties.EmptyMetadata,
        };
    }

    internal static long? TotalLength(HttpResponseMessage response) => response.Content.Headers.ContentRange?.Length;
}
