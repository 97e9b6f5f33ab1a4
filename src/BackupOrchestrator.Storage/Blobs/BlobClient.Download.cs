using System.Buffers;

namespace BackupOrchestrator.Storage.Blobs;

/// <summary>Parallel ranged download into a stream, in order, with bounded memory.</summary>
public sealed partial class BlobClient
{
    /// <summary>
    /// Downloads the whole blob into <paramref name="destination"/> with up to MaxConcurrency ranged reads of
    /// ChunkSize in flight, written in order. All ranges are pinned to the ETag of the first one. Returns the properties.
    /// </summary>
    public async Task<BlobProperties> DownloadToAsync(Stream destination, BlobDownloadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        options ??= new BlobDownloadOptions();
        var chunk = options.ChunkSize;
        ArgumentOutOfRangeException.ThrowIfLessThan(chunk, 1);
        BlobProperties first;
        long total;
        HttpResponseMessage response;
        try
        {
            response = await SendRangedGetAsync(new BlobRange(0, chunk), options.Conditions, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageRequestException ex) when (ex.Status == 416)
        {
            // An empty blob has no byte 0 to start a range at.
            return await GetPropertiesAsync(options.Conditions, cancellationToken).ConfigureAwait(false);
        }

        using (response)
        {
            first = ReadProperties(new Http.ResponseInfo(response));
            total = TotalLength(response) ?? first.ContentLength;
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await body.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
        }

        var pinned = new BlobRequestConditions { IfMatch = first.ETag, LeaseId = options.Conditions?.LeaseId };
        var window = new Queue<Task<(byte[] Buffer, int Length)>>();
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            var next = (long)chunk;
            while (next < total || window.Count > 0)
            {
                while (next < total && window.Count < Math.Max(1, options.MaxConcurrency))
                {
                    var length = (int)Math.Min(chunk, total - next);
                    window.Enqueue(ReadRangeAsync(next, length, pinned, failed.Token));
                    next += length;
                }

                var (buffer, read) = await window.Dequeue().ConfigureAwait(false);
                try
                {
                    await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }
            }
        }
        catch
        {
            await failed.CancelAsync().ConfigureAwait(false);
            while (window.Count > 0)
            {
                try
                {
                    ArrayPool<byte>.Shared.Return((await window.Dequeue().ConfigureAwait(false)).Buffer);
                }
                catch (Exception ex) when (ex is OperationCanceledException or StorageRequestException or IOException or HttpRequestException)
                {
                    // Already failing; the first error is the one to report.
                }
            }

            throw;
        }

        return new BlobProperties
        {
            ContentLength = total,
            ContentType = first.ContentType,
            ContentMd5 = first.ContentMd5,
            ETag = first.ETag,
            LastModified = first.LastModified,
            CreatedOn = first.CreatedOn,
            BlobType = first.BlobType,
            LeaseState = first.LeaseState,
            LeaseStatus = first.LeaseStatus,
            LeaseDuration = first.LeaseDuration,
            Metadata = first.Metadata,
        };
    }

    private async Task<(byte[] Buffer, int Length)> ReadRangeAsync(long offset, int length, BlobRequestConditions conditions, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            await using var result = await DownloadStreamingAsync(new BlobRange(offset, length), conditions, cancellationToken).ConfigureAwait(false);
            var read = await ReadFullAsync(result.Content, buffer.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
            if (read != length)
            {
                throw new StorageRequestException(0, "IncompleteBody", null, $"Storage GET blob '{ContainerName}/{Name}': range at {offset} returned {read} of {length} bytes.");
            }

            return (buffer, read);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }
}
