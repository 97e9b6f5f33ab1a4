using BackupOrchestrator.Storage.Http;

namespace BackupOrchestrator.Storage.Blobs;

/// <summary>The blob service of an account; hands out container clients.</summary>
public sealed class BlobServiceClient
{
    private readonly StoragePipeline _pipeline;

    internal BlobServiceClient(StoragePipeline pipeline, Uri endpoint)
    {
        _pipeline = pipeline;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public string AccountName => _pipeline.AccountName;

    public BlobContainerClient GetBlobContainerClient(string containerName)
    {
        ArgumentException.ThrowIfNullOrEmpty(containerName);
        return new BlobContainerClient(_pipeline, Endpoint, containerName);
    }
}
