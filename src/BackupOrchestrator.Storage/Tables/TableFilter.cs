using System.Globalization;

namespace BackupOrchestrator.Storage.Tables;

/// <summary>Builds OData filter fragments with values quoted the way the table service parses them.</summary>
public static class TableFilter
{
    /// <summary>A string literal: 'O''Brien'.</summary>
    public static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    public static string Equal(string property, string value) => $"{property} eq {Quote(value)}";

    public static string PartitionKeyEquals(string partitionKey) => Equal("PartitionKey", partitionKey);

    /// <summary>Rows whose key starts with <paramref name="prefix"/>: key ge 'p' and key lt 'p' with its last char + 1.</summary>
    public static string StartsWith(string property, string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        var upper = prefix[..^1] + (char)(prefix[^1] + 1);
        return $"{property} ge {Quote(prefix)} and {property} lt {Quote(upper)}";
    }

    public static string DateTime(DateTimeOffset value) =>
        "datetime'" + value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture) + "'";
}
