namespace BackupOrchestrator.Repository.Targets;

/// <summary>
/// Where a repository's objects live: a directory or a blob container. Names are relative,
/// '/'-separated (see docs/repository-format.md).
/// </summary>
/// <remarks>
/// Contracts every implementation keeps:
/// <list type="bullet">
/// <item><see cref="PutIfAbsentAsync"/> is create-only and idempotent: it never replaces an existing
/// object, and a reader never sees a partly written object (write to a temp name and rename, or a
/// single conditional blob upload). Retrying after any failure is safe.</item>
/// <item><see cref="DeleteAsync"/> of a missing object succeeds (idempotent).</item>
/// <item>A full target throws <see cref="TargetFullException"/>; other failures throw
/// <see cref="RepositoryException"/> or <see cref="IOException"/> and may be retried.</item>
/// <item>All members are safe to call concurrently.</item>
/// </list>
/// </remarks>
public interface IRepositoryTarget
{
    /// <summary>For messages: "directory /mnt/usb/backups", "blob container backups at http://...".</summary>
    string Description { get; }

    Task<bool> ExistsAsync(string name, CancellationToken cancellationToken);

    /// <summary>Creates the object unless it exists. Returns true if this call created it.</summary>
    Task<bool> PutIfAbsentAsync(string name, ReadOnlyMemory<byte> data, CancellationToken cancellationToken);

    /// <summary>Creates or replaces the object atomically. Only for mutable objects (locks).</summary>
    Task PutAsync(string name, ReadOnlyMemory<byte> data, CancellationToken cancellationToken);

    /// <summary>The object's bytes, or null when it does not exist.</summary>
    Task<byte[]?> GetAsync(string name, CancellationToken cancellationToken);

    /// <summary>
    /// Up to <paramref name="length"/> bytes of the object from <paramref name="offset"/> (fewer when it
    /// ends sooner), or null when it does not exist.
    /// </summary>
    Task<byte[]?> GetRangeAsync(string name, long offset, int length, CancellationToken cancellationToken);

    /// <summary>
    /// Reads up to <paramref name="destination"/>'s length of the object from <paramref name="offset"/>
    /// into it; returns the bytes read (fewer when it ends sooner), or -1 when it does not exist. The
    /// read paths use it with pooled buffers, so reading a chunk allocates nothing (the default copies
    /// from <see cref="GetRangeAsync"/>; a directory reads straight into the buffer).
    /// </summary>
    async ValueTask<int> ReadRangeAsync(string name, long offset, Memory<byte> destination, CancellationToken cancellationToken)
    {
        var bytes = await GetRangeAsync(name, offset, destination.Length, cancellationToken);
        if (bytes is null)
        {
            return -1;
        }
        bytes.CopyTo(destination);
        return bytes.Length;
    }

    /// <summary>
    /// Chunk reads a restore keeps in flight: enough to hide one read's latency behind the others' work.
    /// A folder answers in microseconds (4 keep two cores busy); a blob service answers in milliseconds.
    /// </summary>
    int ReadsInFlight => 4;

    /// <summary>
    /// Up to this many bytes of chunks that lie side by side in a pack are fetched by one ranged read
    /// (0: each chunk alone). Worth it where a request costs more than its bytes (a blob service); a
    /// folder reads each chunk alone, in parallel.
    /// </summary>
    int ReadSpan => 0;

    /// <summary>All objects whose name starts with <paramref name="prefix"/>; order unspecified.</summary>
    IAsyncEnumerable<TargetObject> ListAsync(string prefix, CancellationToken cancellationToken);

    Task DeleteAsync(string name, CancellationToken cancellationToken);

    /// <summary>
    /// Makes every object created so far durable (survives a power cut). Writers call it once before
    /// their commit point (a manifest), instead of paying a sync per chunk.
    /// </summary>
    Task FlushAsync(CancellationToken cancellationToken);
}

/// <summary>One listed object.</summary>
public sealed record TargetObject(string Name, long Size, DateTimeOffset LastModified);
