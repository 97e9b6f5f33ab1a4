namespace BackupOrchestrator.Storage.Tables;

/// <summary>
/// A table row: PartitionKey + RowKey identify it, ETag guards concurrent writers, and the properties are typed
/// values: string, bool, int, long, double, DateTimeOffset (DateTime is stored as UTC), Guid, byte[] (or null).
/// </summary>
public sealed class TableEntity
{
    public TableEntity()
        : this(string.Empty, string.Empty)
    {
    }

    public TableEntity(string partitionKey, string rowKey)
    {
        PartitionKey = partitionKey;
        RowKey = rowKey;
        Properties = new Dictionary<string, object?>(StringComparer.Ordinal);
    }

    public string PartitionKey { get; set; }

    public string RowKey { get; set; }

    /// <summary>The ETag as read from the service (null for a new entity). Pass it to update/delete to detect concurrent changes.</summary>
    public string? ETag { get; set; }

    /// <summary>Set by the service on every write.</summary>
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The user properties (not PartitionKey, RowKey, Timestamp).</summary>
    public Dictionary<string, object?> Properties { get; }

    public object? this[string name]
    {
        get => Properties.TryGetValue(name, out var value) ? value : null;
        set => Properties[name] = value;
    }

    public string? GetString(string name) => this[name] as string;

    public int? GetInt32(string name) => this[name] switch { int i => i, long l when l is >= int.MinValue and <= int.MaxValue => (int)l, _ => null };

    public long? GetInt64(string name) => this[name] switch { long l => l, int i => i, _ => null };

    public double? GetDouble(string name) => this[name] switch { double d => d, int i => i, long l => l, _ => null };

    public bool? GetBoolean(string name) => this[name] as bool?;

    public DateTimeOffset? GetDateTimeOffset(string name) => this[name] switch { DateTimeOffset d => d, DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)), _ => null };

    public Guid? GetGuid(string name) => this[name] as Guid?;

    public byte[]? GetBinary(string name) => this[name] as byte[];
}
