using Azure.Data.Tables;

namespace BackupOrchestrator.Host.Tests;

/// <summary>
/// The task hub's partitions as DTFx's table partition manager records them (table <c>{hub}Partitions</c>): which
/// worker owns each and which one is taking it over (shared by Host.Tests and Monitor.Tests).
/// </summary>
internal static class HubPartitions
{
    public sealed record Partition(string Id, string? Owner, string? NextOwner);

    /// <summary>The partitions now; none while the table does not exist yet.</summary>
    public static IReadOnlyList<Partition> Read(string connectionString, string hub = "BackupHub")
    {
        var table = new TableClient(connectionString, hub + "Partitions", new TableClientOptions(TableClientOptions.ServiceVersion.V2020_12_06));
        try
        {
            return [.. table.Query<TableEntity>().Select(row => new Partition(row.RowKey, Blank(row.GetString("CurrentOwner")), Blank(row.GetString("NextOwner"))))];
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            return [];
        }
    }

    /// <summary>The workers owning a partition now.</summary>
    public static HashSet<string> Owners(string connectionString) =>
        [.. Read(connectionString).Select(p => p.Owner).OfType<string>()];

    /// <summary>
    /// Waits until every partition is owned by one of <paramref name="owners"/> with no other worker taking it over:
    /// after a second worker leaves the hub, its partitions come back only at the owners' next lease round (and a
    /// takeover it left half done only when its lease expires), and work on them waits until then.
    /// </summary>
    public static async Task WaitUntilOwnedByAsync(string connectionString, IReadOnlySet<string> owners, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var partitions = Read(connectionString);
            if (partitions.Count > 0 && partitions.All(p => p.Owner is { } o && owners.Contains(o) && p.NextOwner is null))
            {
                return;
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"The hub's partitions were not back with {string.Join(", ", owners)} after {timeout.TotalSeconds:0} s: " +
                    string.Join("; ", partitions.Select(p => $"{p.Id} owner {p.Owner ?? "none"}, next {p.NextOwner ?? "none"}")));
            }

            await Task.Delay(250);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
