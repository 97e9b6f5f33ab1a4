using System.Globalization;
using BackupOrchestrator.Storage.Http;

namespace BackupOrchestrator.Storage.Blobs;

/// <summary>Append blobs: a log that only grows; each append lands atomically at the end (max 4 MiB, 50 000 blocks).</summary>
public sealed partial class BlobClient
{
    /// <summary>Creates an empty append blob. With <see cref="BlobRequestConditions.CreateOnly"/> an existing one is kept (409).</summary>
    public async Task<BlobInfo> CreateAppendBlobAsync(BlobUploadOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = Request(HttpMethod.Put);
        request.AddHeader("x-ms-blob-type", "AppendBlob");
        AddContentHeaders(request, options);
        var response = await Pipeline.SendForHeadersAsync(request, cancellationToken).ConfigureAwait(false);
        return Info(response);
    }

    /// <summary>Creates the append blob unless it exists; true when this call created it.</summary>
    public async Task<bool> CreateAppendBlobIfNotExistsAsync(string? contentType = null, CancellationToken cancellationToken = default)
    {
        var request = Request(HttpMethod.Put);
        request.AddHeader("x-ms-blob-type", "AppendBlob");
        request.AddHeaderIfNotNull("x-ms-blob-content-type", contentType);
        request.AddHeader("If-None-Match", "*");
        request.ToleratedStatus = 409;
        request.ToleratedStatus2 = 412;
        var response = await Pipeline.SendForHeadersAsync(request, cancellationToken).ConfigureAwait(false);
        return response.Status is >= 200 and < 300;
    }

    /// <summary>
    /// Appends a block. <paramref name="expectedAppendPosition"/> makes it conditional on the current length
    /// (412 AppendPositionConditionNotMet otherwise), which makes a retried append safe.
    /// </summary>
    public async Task<AppendResult> AppendBlockAsync(ReadOnlyMemory<byte> content, long? expectedAppendPosition = null, BlobRequestConditions? conditions = null, CancellationToken cancellationToken = default)
    {
        var request = Request(HttpMethod.Put).AddQuery("comp", "appendblock");
        if (expectedAppendPosition is { } position)
        {
            request.AddHeader("x-ms-blob-condition-appendpos", HeaderValues.Format(position));
        }

        AddConditions(request, conditions);
        request.Body = content;
        var response = await Pipeline.SendForHeadersAsync(request, cancellationToken).ConfigureAwait(false);
        return new AppendResult(
            response.Header("ETag") ?? string.Empty,
            HeaderValues.ParseLong(response.Header("x-ms-blob-append-offset")),
            int.Parse(response.Header("x-ms-blob-committed-block-count") ?? "0", CultureInfo.InvariantCulture));
    }
}
