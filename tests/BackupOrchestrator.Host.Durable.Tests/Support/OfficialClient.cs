using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using BackupOrchestrator.Testing;
using DurableTask.AzureStorage;

namespace BackupOrchestrator.Host.Durable.Tests.Support;

/// <summary>
/// A second, independent DTFx Azure Storage client on a hub, built here and not by the engine: what Durable Functions
/// and its tools would use to read the hub. Service versions are pinned for Azurite 3.37 (see StorageClients).
/// </summary>
internal static class OfficialClient
{
    public static AzureStorageOrchestrationService Create(AzuriteFixture azurite, string hubName)
    {
        var c = azurite.ConnectionString;
        return new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = hubName,
            StorageAccountClientProvider = new StorageAccountClientProvider(
                StorageServiceClientProvider.ForBlob(c, new BlobClientOptions(BlobClientOptions.ServiceVersion.V2025_11_05)),
                StorageServiceClientProvider.ForQueue(c, new QueueClientOptions(QueueClientOptions.ServiceVersion.V2025_11_05)),
                StorageServiceClientProvider.ForTable(c, new TableClientOptions(TableClientOptions.ServiceVersion.V2020_12_06))),
        });
    }
}
