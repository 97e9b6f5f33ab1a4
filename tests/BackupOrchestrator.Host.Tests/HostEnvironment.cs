using Azure.Storage.Blobs;
using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Host.Tests;

/// <summary>The environment a test host runs in: one Azurite, a host id and a record file of its own.</summary>
internal sealed class HostEnvironment
{
    public HostEnvironment(string connectionString, string? hostId = null)
    {
        ConnectionString = connectionString;
        HostId = hostId ?? AzuriteFixture.UniqueName("host");
        HubName = "Hub" + Guid.NewGuid().ToString("N")[..12];
        RecordFile = Path.Combine(Path.GetTempPath(), "host-tests", $"{Guid.NewGuid():N}.tsv");
        Directory.CreateDirectory(Path.GetDirectoryName(RecordFile)!);
    }

    public string ConnectionString { get; }

    public string HostId { get; }

    public string RecordFile { get; }

    /// <summary>The sample app's task hub (its host.json reads hubName from %SampleHubName%).</summary>
    public string HubName { get; }

    /// <summary>The variables a host gets; a test adds its own.</summary>
    public Dictionary<string, string> Variables(string? recordFile = null, string tickSchedule = "0 0 0 1 1 *") => new()
    {
        ["AzureWebJobsStorage"] = ConnectionString,
        ["AzureFunctionsWebHost__hostid"] = HostId,
        ["Sample__RecordFile"] = recordFile ?? RecordFile,
        ["TickSchedule"] = tickSchedule,
        ["SampleHubName"] = HubName,
        ["FunctionsHost__ShutdownGracePeriod"] = "00:00:10",
    };

    public BlobServiceClient Blobs() => new(ConnectionString, new BlobClientOptions(BackupOrchestrator.Host.Durable.StorageClients.BlobVersion));

    /// <summary>Lines the sample app recorded, split into fields; those starting with <paramref name="kind"/>.</summary>
    public static List<string[]> Records(string file, string kind)
        => File.Exists(file)
            ? [.. File.ReadAllLines(file).Select(l => l.Split('\t')).Where(f => f[0] == kind)]
            : [];

    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {timeout} for {what}.");
            }

            await Task.Delay(100);
        }
    }
}
