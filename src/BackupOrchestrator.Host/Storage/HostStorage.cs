using Azure.Storage.Blobs;

namespace BackupOrchestrator.Host.Storage;

/// <summary>The host's blob clients (keys, timer status, listener leases) over AzureWebJobsStorage.</summary>
internal static class HostStorage
{
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    /// <summary>A blob client at the service version pinned for Azurite 3.37 in one place (Durable's StorageClients).</summary>
    public static BlobServiceClient CreateBlobServiceClient(string connectionString)
        => new(connectionString, new BlobClientOptions(Durable.StorageClients.BlobVersion));

    /// <summary>True for the emulator shorthand that func also expands to Azurite's default loopback ports.</summary>
    public static bool IsDevelopmentStorage(string connectionString)
        => connectionString.Replace(" ", string.Empty, StringComparison.Ordinal)
            .Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Any(part => part.Equals(DevelopmentStorage, StringComparison.OrdinalIgnoreCase));
}
