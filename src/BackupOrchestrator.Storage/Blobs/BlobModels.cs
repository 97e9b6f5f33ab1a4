namespace BackupOrchestrator.Storage.Blobs;

/// <summary>
/// Conditions on a blob write/read/delete. <c>IfNoneMatch = "*"</c> means create-only (412/409 when it exists);
/// <c>IfMatch = etag</c> means "only if nobody changed it" (412 on a stale ETag). <c>LeaseId</c> is required on a leased blob.
/// </summary>
public sealed class BlobRequestConditions
{
    /// <summary>Create-only: the write fails with 409 BlobAlreadyExists when the blob exists.</summary>
    public static BlobRequestConditions CreateOnly => new() { IfNoneMatch = "*" };

    public string? IfMatch { get; init; }

    public string? IfNoneMatch { get; init; }

    public string? LeaseId { get; init; }

    public static BlobRequestConditions Matching(string etag) => new() { IfMatch = etag };
}

/// <summary>Options for <see cref="BlobClient.UploadAsync(Stream, BlobUploadOptions?, CancellationToken)"/>.</summary>
public sealed class BlobUploadOptions
{
    public string? ContentType { get; init; }

    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    public BlobRequestConditions? Conditions { get; init; }

    /// <summary>Size of each staged block in a block upload (default 8 MiB, at most 256 MiB).</summary>
    public int BlockSize { get; init; } = 8 * 1024 * 1024;

    /// <summary>Blocks staged in parallel; memory held is about (MaxConcurrency + 1) x BlockSize.</summary>
    public int MaxConcurrency { get; init; } = 4;

    /// <summary>
    /// Send each staged block with its Content-MD5 so the service verifies it arrived intact (default true). Costs
    /// an MD5 on our side; spares Azurite the CRC64 it otherwise computes in JavaScript for every block.
    /// </summary>
    public bool BlockMd5 { get; init; } = true;

    /// <summary>Streams up to this size go in one Put Blob request (default: one block).</summary>
    public long? SingleUploadThreshold { get; init; }
}

/// <summary>A byte range of a blob: <c>Offset</c> and optional <c>Length</c> (null: to the end).</summary>
public readonly record struct BlobRange(long Offset, long? Length = null)
{
    internal string ToHeader() => Length is { } len
        ? $"bytes={Offset}-{Offset + len - 1}"
        : $"bytes={Offset}-";
}

/// <summary>ETag and time of a successful write.</summary>
public sealed record BlobInfo(string ETag, DateTimeOffset LastModified);

/// <summary>What an append told us: the offset the block landed at and the blob's new ETag.</summary>
public sealed record AppendResult(string ETag, long AppendOffset, int CommittedBlockCount);

/// <summary>A blob lease: the id to pass in <see cref="BlobRequestConditions.LeaseId"/> or to renew/release it.</summary>
public sealed record BlobLease(string LeaseId, string ETag);

/// <summary>Blob system properties and metadata (HEAD, GET, or a listing entry).</summary>
public sealed class BlobProperties
{
    public long ContentLength { get; init; }

    public string? ContentType { get; init; }

    public string? ContentMd5 { get; init; }

    public string ETag { get; init; } = string.Empty;

    public DateTimeOffset LastModified { get; init; }

    public DateTimeOffset? CreatedOn { get; init; }

    /// <summary>BlockBlob, AppendBlob or PageBlob.</summary>
    public string BlobType { get; init; } = "BlockBlob";

    /// <summary>available, leased, expired, breaking or broken.</summary>
    public string? LeaseState { get; init; }

    /// <summary>locked or unlocked.</summary>
    public string? LeaseStatus { get; init; }

    /// <summary>infinite or fixed (only when leased).</summary>
    public string? LeaseDuration { get; init; }

    public IReadOnlyDictionary<string, string> Metadata { get; init; } = EmptyMetadata;

    internal static readonly IReadOnlyDictionary<string, string> EmptyMetadata = new Dictionary<string, string>();
}

/// <summary>One entry of a listing.</summary>
public sealed record BlobItem(string Name, BlobProperties Properties);

/// <summary>One page of a listing; pass <see cref="NextMarker"/> back for the next page (null: last page).</summary>
public sealed record BlobPage(IReadOnlyList<BlobItem> Blobs, IReadOnlyList<string> Prefixes, string? NextMarker);

/// <summary>
/// A streamed blob read. Dispose it (or its <see cref="Content"/>) to free the connection. If the connection breaks
/// mid-body, <see cref="Content"/> resumes with a ranged read of the rest, pinned to the first response's ETag
/// (a blob changed meanwhile fails with 412 instead of mixing two versions).
/// </summary>
public sealed class BlobDownloadResult : IDisposable, IAsyncDisposable
{
    internal BlobDownloadResult(Stream content, BlobProperties properties)
    {
        Content = content;
        Properties = properties;
    }

    public Stream Content { get; }

    /// <summary>Properties of the blob; <see cref="BlobProperties.ContentLength"/> is the length of this response (the range).</summary>
    public BlobProperties Properties { get; }

    public void Dispose() => Content.Dispose();

    public ValueTask DisposeAsync() => Content.DisposeAsync();
}

/// <summary>Options for <see cref="BlobClient.DownloadToAsync"/>.</summary>
public sealed class BlobDownloadOptions
{
    /// <summary>Size of each ranged read (default 8 MiB).</summary>
    public int ChunkSize { get; init; } = 8 * 1024 * 1024;

    /// <summary>Ranged reads in flight; memory held is about MaxConcurrency x ChunkSize.</summary>
    public int MaxConcurrency { get; init; } = 4;

    public BlobRequestConditions? Conditions { get; init; }
}
