using BackupOrchestrator.Storage.Http;

namespace BackupOrchestrator.Storage.Tables;

/// <summary>The table service of an account; hands out table clients.</summary>
public sealed class TableServiceClient
{
    private readonly StoragePipeline _pipeline;

    internal TableServiceClient(StoragePipeline pipeline, Uri endpoint)
    {
        _pipeline = pipeline;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    /// <summary>A client for table <paramref name="tableName"/> (3-63 alphanumeric chars, starting with a letter).</summary>
    public TableClient GetTableClient(string tableName)
    {
        ArgumentException.ThrowIfNullOrEmpty(tableName);
        return new TableClient(_pipeline, Endpoint, tableName);
    }
}
