using System.IO.Compression;
using System.Text;
using BackupOrchestrator.Storage.Blobs;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Durable.AzureStorage;

/// <summary>
/// Payloads too large for a queue message or a table property, kept as gzip JSON blobs in
/// <c>{hub}-largemessages</c> under <c>{instanceId}/</c> so that purging an instance finds them.
/// </summary>
internal sealed class LargePayloadStore(BlobContainerClient container, ILogger logger)
{
    public BlobContainerClient Container => container;

    public async Task<string> UploadAsync(string instanceId, string kind, string payload, CancellationToken cancellationToken)
    {
        string name = $"{instanceId}/{kind}-{Guid.NewGuid():N}.json.gz";
        using var buffer = new MemoryStream();
        await using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            byte[] bytes = Encoding.UTF8.GetBytes(payload);
            await gzip.WriteAsync(bytes, cancellationToken);
        }

        await container.GetBlobClient(name).UploadAsync(buffer.ToArray(), new BlobUploadOptions { ContentType = "application/json" }, cancellationToken);
        Logs.LargeMessageWritten(logger, payload.Length, name);
        return name;
    }

    public async Task<string> DownloadAsync(string name, CancellationToken cancellationToken)
    {
        var (content, _) = await container.GetBlobClient(name).DownloadContentAsync(cancellationToken: cancellationToken);
        await using var gzip = new GZipStream(new MemoryStream(content), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    public async Task DeleteInstanceAsync(string instanceId, CancellationToken cancellationToken)
    {
        await foreach (var blob in container.GetBlobsAsync(instanceId + "/", cancellationToken: cancellationToken))
        {
            await container.GetBlobClient(blob.Name).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        }
    }
}
