using System.Buffers;
using System.Globalization;
using System.Security;
using System.Security.Cryptography;
using System.Text;
using BackupOrchestrator.Storage.Http;

namespace BackupOrchestrator.Storage.Blobs;

/// <summary>
/// Streamed uploads: the stream is cut into blocks that are staged in parallel (Put Block) and then committed in
/// order (Put Block List). Memory stays at about (MaxConcurrency + 1) x BlockSize, whatever the stream's length;
/// nothing is visible to readers until the commit, so a failed upload leaves the old blob intact.
/// </summary>
public sealed partial class BlobClient
{
    /// <summary>Largest block this client stages (the service allows 4000 MiB; we hold blocks in memory).</summary>
    public const int MaxBlockSize = 256 * 1024 * 1024;

    /// <summary>
    /// Uploads <paramref name="content"/> from its current position to its end. Short streams go in one Put Blob;
    /// longer ones as blocks. Conditions (create-only, If-Match) apply to the final commit.
    /// </summary>
    public async Task<BlobInfo> UploadAsync(Stream content, BlobUploadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        options ??= new BlobUploadOptions();
        var blockSize = options.BlockSize;
        if (blockSize is <= 0 or > MaxBlockSize)
        {
            throw new ArgumentOutOfRangeException(nameof(options), blockSize, "BlockSize must be between 1 byte and 256 MiB.");
        }

        var threshold = options.SingleUploadThreshold ?? blockSize;
        if (content.CanSeek && content.Length - content.Position <= threshold && threshold <= Array.MaxLength)
        {
            var length = (int)(content.Length - content.Position);
            var whole = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
            try
            {
                var read = await ReadFullAsync(content, whole.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
                return await UploadAsync(whole.AsMemory(0, read), options, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(whole);
            }
        }

        // Read the first block: a stream that ends inside it goes up in one request.
        var first = ArrayPool<byte>.Shared.Rent(blockSize);
        var handedOver = false;
        try
        {
            var firstRead = await ReadFullAsync(content, first.AsMemory(0, blockSize), cancellationToken).ConfigureAwait(false);
            if (firstRead < blockSize)
            {
                return await UploadAsync(first.AsMemory(0, firstRead), options, cancellationToken).ConfigureAwait(false);
            }

            handedOver = true;
        }
        finally
        {
            if (!handedOver)
            {
                ArrayPool<byte>.Shared.Return(first);
            }
        }

        var blockIds = await StageBlocksAsync(content, first, options, cancellationToken).ConfigureAwait(false);
        return await CommitBlockListAsync(blockIds, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Stages one block (uncommitted until <see cref="CommitBlockListAsync"/>). Block ids of a blob must have equal
    /// length. With <paramref name="sendMd5"/> the block travels with its Content-MD5, which the service verifies
    /// (400 Md5Mismatch on corruption in transit).
    /// </summary>
    public async Task StageBlockAsync(string blockId, ReadOnlyMemory<byte> content, string? leaseId = null, bool sendMd5 = true, CancellationToken cancellationToken = default)
    {
        var request = Request(HttpMethod.Put).AddQuery("comp", "block").AddQuery("blockid", blockId);
        request.AddHeaderIfNotNull("x-ms-lease-id", leaseId);
        request.ContentType = OctetStream;
        request.Body = content;
        if (sendMd5)
        {
            request.ContentMd5 = Md5Base64(content.Span);
        }

        await Pipeline.SendForHeadersAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static string Md5Base64(ReadOnlySpan<byte> content)
    {
        Span<byte> hash = stackalloc byte[16];
#pragma warning disable CA5351 // MD5 is the service's transfer checksum here, not a security measure.
        MD5.HashData(content, hash);
#pragma warning restore CA5351
        return Convert.ToBase64String(hash);
    }

    /// <summary>Commits staged blocks in the given order as the blob's new content.</summary>
    public async Task<BlobInfo> CommitBlockListAsync(IReadOnlyList<string> blockIds, BlobUploadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blockIds);
        var xml = new StringBuilder(64 + (blockIds.Count * 48));
        xml.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?><BlockList>");
        foreach (var id in blockIds)
        {
            xml.Append("<Latest>").Append(SecurityElement.Escape(id)).Append("</Latest>");
        }

        xml.Append("</BlockList>");
        var request = Request(HttpMethod.Put).AddQuery("comp", "blocklist");
        AddContentHeaders(request, options);
        request.ContentType = "application/xml";
        request.Body = Encoding.UTF8.GetBytes(xml.ToString());
        var response = await Pipeline.SendForHeadersAsync(request, cancellationToken).ConfigureAwait(false);
        return Info(response);
    }

    private async Task<List<string>> StageBlocksAsync(Stream content, byte[] first, BlobUploadOptions options, CancellationToken cancellationToken)
    {
        var blockSize = options.BlockSize;
        var concurrency = Math.Max(1, options.MaxConcurrency);
        var ids = new List<string>();
        var running = new List<Task>();
        var uploadTag = Guid.NewGuid().ToString("N")[..8];
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var slots = new SemaphoreSlim(concurrency);
        var leaseId = options.Conditions?.LeaseId;
        var sendMd5 = options.BlockMd5;
        byte[]? buffer = first;
        var length = blockSize;
        try
        {
            while (true)
            {
                var id = Convert.ToBase64String(Encoding.ASCII.GetBytes(uploadTag + "-" + ids.Count.ToString("D7", CultureInfo.InvariantCulture)));
                ids.Add(id);
                await slots.WaitAsync(failed.Token).ConfigureAwait(false);
                running.Add(StageAndReturnAsync(id, buffer, length, leaseId, sendMd5, slots, failed));
                buffer = null;
                if (length < blockSize)
                {
                    break;
                }

                buffer = ArrayPool<byte>.Shared.Rent(blockSize);
                length = await ReadFullAsync(content, buffer.AsMemory(0, blockSize), failed.Token).ConfigureAwait(false);
                if (length == 0)
                {
                    break;
                }

                if (running.Count > 64)
                {
                    running.RemoveAll(static t => t.IsCompletedSuccessfully);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && failed.IsCancellationRequested)
        {
            // A staging task failed and cancelled the rest; its exception is the one to report (below).
        }
        catch
        {
            // Reading the source failed or the caller cancelled: stop the stagers, wait for them, report this.
            await failed.CancelAsync().ConfigureAwait(false);
            try
            {
                await Task.WhenAll(running).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or StorageRequestException or HttpRequestException or IOException)
            {
            }

            throw;
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        await Task.WhenAll(running).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return ids;
    }

    private async Task StageAndReturnAsync(string id, byte[] buffer, int length, string? leaseId, bool sendMd5, SemaphoreSlim slots, CancellationTokenSource failed)
    {
        try
        {
            await StageBlockAsync(id, buffer.AsMemory(0, length), leaseId, sendMd5, failed.Token).ConfigureAwait(false);
        }
        catch
        {
            await failed.CancelAsync().ConfigureAwait(false);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            slots.Release();
        }
    }

    private static async Task<int> ReadFullAsync(Stream stream, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer[total..], cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }
}
