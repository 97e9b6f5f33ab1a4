using BackupOrchestrator.Storage.Blobs;
using BackupOrchestrator.Storage.Http;
using BackupOrchestrator.Storage.Queues;
using BackupOrchestrator.Storage.Tables;

namespace BackupOrchestrator.Storage;

/// <summary>
/// One storage account: the entry point that owns the HTTP pipeline (pooled connections, signing, retries) and
/// hands out the blob, queue and table service clients. Thread-safe; create one per account and share it.
/// </summary>
public sealed class StorageAccount : IDisposable
{
    private readonly StoragePipeline _pipeline;

    public StorageAccount(StorageConnectionString connection, StorageClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        Connection = connection;
        Options = options ?? new StorageClientOptions();
        _pipeline = new StoragePipeline(connection, Options);
        Blobs = new BlobServiceClient(_pipeline, connection.BlobEndpoint);
        Queues = new QueueServiceClient(_pipeline, connection.QueueEndpoint);
        Tables = new TableServiceClient(_pipeline, connection.TableEndpoint);
    }

    /// <summary>Parses <paramref name="connectionString"/> (see <see cref="StorageConnectionString.Parse"/>).</summary>
    public static StorageAccount Create(string connectionString, StorageClientOptions? options = null) =>
        new(StorageConnectionString.Parse(connectionString), options);

    public StorageConnectionString Connection { get; }

    public StorageClientOptions Options { get; }

    public string Name => Connection.AccountName;

    public BlobServiceClient Blobs { get; }

    public QueueServiceClient Queues { get; }

    public TableServiceClient Tables { get; }

    public BlobContainerClient GetBlobContainerClient(string containerName) => Blobs.GetBlobContainerClient(containerName);

    public QueueClient GetQueueClient(string queueName) => Queues.GetQueueClient(queueName);

    public TableClient GetTableClient(string tableName) => Tables.GetTableClient(tableName);

    public void Dispose() => _pipeline.Dispose();
}
