using Azure.Storage.Blobs;

namespace BackupOrchestrator.Host.Storage;

/// <summary>The host's blob clients (keys, timer status, listener leases) over AzureWebJobsStorage.</summary>
internal static class StorageClients
{
    /// <summary>
    /// The one place the host pins the Blob service version it sends: Azurite 3.37 refuses the x-ms-version the
    /// SDK sends by default (2026-10-06) and accepts up to 2026-06-06; a real storage account accepts it too.
    /// </summary>
    public const BlobClientOptions.ServiceVersion BlobServiceVersion = BlobClientOptions.ServiceVersion.V2026_06_06;

    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    public static BlobServiceClient CreateBlobServiceClient(string connectionString)
        => new(connectionString, new BlobClientOptions(BlobServiceVersion));

    /// <summary>True for the emulator shorthand that func also expands to Azurite's default loopback ports.</summary>
    public static bool IsDevelopmentStorage(string connectionString)
        => connectionString.Replace(" ", string.Empty, StringComparison.Ordinal)
            .Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Any(part => part.Equals(DevelopmentStorage, StringComparison.OrdinalIgnoreCase));
}
