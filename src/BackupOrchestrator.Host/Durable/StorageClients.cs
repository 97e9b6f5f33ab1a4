using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using DurableTask.AzureStorage;

namespace BackupOrchestrator.Host.Durable;

/// <summary>
/// The one place that builds DTFx's Azure Storage clients. The SDKs default to the newest service version they know
/// (Blobs 12.30 sends x-ms-version 2026-10-06), which Azurite 3.37 refuses with "The API version ... is not supported";
/// pinning a version both Azurite 3.37 and Azure accept keeps one build working on both.
/// </summary>
internal static class StorageClients
{
    /// <summary>Newest blob service version Azurite 3.37 accepts (its BLOB_API_VERSION is 2026-06-06).</summary>
    public const BlobClientOptions.ServiceVersion BlobVersion = BlobClientOptions.ServiceVersion.V2026_06_06;

    /// <summary>Queue service version accepted by Azurite 3.37 (QUEUE_API_VERSION 2026-06-06) and present in Queues 12.24+.</summary>
    public const QueueClientOptions.ServiceVersion QueueVersion = QueueClientOptions.ServiceVersion.V2025_11_05;

    /// <summary>Tables has one modern version.</summary>
    public const TableClientOptions.ServiceVersion TableVersion = TableClientOptions.ServiceVersion.V2020_12_06;

    public static StorageAccountClientProvider ForConnectionString(string connectionString) => new(
        StorageServiceClientProvider.ForBlob(connectionString, new BlobClientOptions(BlobVersion)),
        StorageServiceClientProvider.ForQueue(connectionString, new QueueClientOptions(QueueVersion)),
        StorageServiceClientProvider.ForTable(connectionString, new TableClientOptions(TableVersion)));
}
