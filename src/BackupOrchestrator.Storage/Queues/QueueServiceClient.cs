using BackupOrchestrator.Storage.Http;

namespace BackupOrchestrator.Storage.Queues;

/// <summary>The queue service of an account; hands out queue clients.</summary>
public sealed class QueueServiceClient
{
    private readonly StoragePipeline _pipeline;

    internal QueueServiceClient(StoragePipeline pipeline, Uri endpoint)
    {
        _pipeline = pipeline;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    /// <summary>A client for queue <paramref name="queueName"/> (3-63 chars: lowercase letters, digits, single hyphens).</summary>
    public QueueClient GetQueueClient(string queueName)
    {
        ArgumentException.ThrowIfNullOrEmpty(queueName);
        return new QueueClient(_pipeline, Endpoint, queueName);
    }
}
