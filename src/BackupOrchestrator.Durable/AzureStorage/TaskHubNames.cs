using System.Globalization;
using System.Text;

namespace BackupOrchestrator.Durable.AzureStorage;

/// <summary>The storage names and keys of one task hub, as DurableTask.AzureStorage spells them.</summary>
public sealed class TaskHubNames
{
    /// <summary>RowKey of the history row whose ETag guards concurrent writers of an instance.</summary>
    public const string SentinelRowKey = "sentinel";

    /// <summary>History RowKeys are the event's position in the execution as 16 hex digits.</summary>
    public const string RowKeyFormat = "X16";

    public TaskHubNames(string hub, int partitionCount)
    {
        if (hub.Length is < 3 or > 45 || !char.IsAsciiLetter(hub[0]) || !hub.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException($"Task hub name '{hub}' is invalid: use 3-45 ASCII letters and digits, starting with a letter (it names tables, queues and containers).", nameof(hub));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(partitionCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(partitionCount, 16);
        Hub = hub;
        PartitionCount = partitionCount;
        string lower = hub.ToLowerInvariant();
        ControlQueues = [.. Enumerable.Range(0, partitionCount).Select(i => $"{lower}-control-{i:00}")];
        WorkItemQueue = $"{lower}-workitems";
        LargeMessagesContainer = $"{lower}-largemessages";
        LeasesContainer = $"{lower}-leases";
    }

    public string Hub { get; }
    public int PartitionCount { get; }
    public string InstancesTable => Hub + "Instances";
    public string HistoryTable => Hub + "History";
    public IReadOnlyList<string> ControlQueues { get; }
    public string WorkItemQueue { get; }
    public string LargeMessagesContainer { get; }
    public string LeasesContainer { get; }

    public static string HistoryRowKey(int sequence) => sequence.ToString(RowKeyFormat, CultureInfo.InvariantCulture);

    public static string PartitionLeaseBlob(string controlQueue) => $"partitions/{controlQueue}";

    public static string SlotLeaseBlob(string slot, int index) => $"slots/{slot.ToLowerInvariant()}/{index}";

    /// <summary>The control queue of an instance: a stable hash (FNV-1a) of its id, modulo the partition count.</summary>
    public int PartitionOf(string instanceId)
    {
        uint hash = 2166136261;
        foreach (byte b in Encoding.UTF8.GetBytes(instanceId))
        {
            hash = (hash ^ b) * 16777619;
        }

        return (int)(hash % (uint)PartitionCount);
    }
}
