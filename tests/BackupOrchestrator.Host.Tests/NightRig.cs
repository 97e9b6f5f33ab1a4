using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using BackupOrchestrator.Repository;
using BackupOrchestrator.Repository.Keys;
using BackupOrchestrator.Repository.Snapshots;
using BackupOrchestrator.Repository.Targets;

namespace BackupOrchestrator.Host.Tests;

/// <summary>
/// What a night of the real app in the real host needs: a temp folder, an Azurite of its own (restartable), a
/// repository key, a quiet machine's /proc readings, a host id, the host's environment with the windows' timers
/// set to given instants, the host's function key, and a wait for the night to end over the HTTP API.
/// Shared by the end-to-end night and the fault tests.
/// </summary>
internal sealed class NightRig : IAsyncDisposable
{
    public static readonly string[] EndStates = ["Succeeded", "Failed", "Skipped", "TimedOut", "Cancelled"];

    public NightRig(int compression)
    {
        Compression = compression;
        KeyFile = Path.Combine(Dir, "night.key");
        ProcRoot = Path.Combine(Dir, "proc");
    }

    public string Dir { get; } = Directory.CreateTempSubdirectory("night-rig-").FullName;

    public OwnAzurite Azurite { get; } = new();

    /// <summary>Night seconds per real second (<c>Backup__TimeCompression</c>).</summary>
    public int Compression { get; }

    public string HostId { get; } = "night-" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>A blob container of this rig's own, for the catalog's primary target.</summary>
    public string Container { get; } = "night-" + Guid.NewGuid().ToString("N")[..10];

    public string KeyFile { get; }

    public string ProcRoot { get; }

    /// <summary>Starts Azurite, writes the key and a quiet machine's readings (the resource gate is not what these tests are about).</summary>
    public async Task StartAsync()
    {
        RepositoryKey.CreateFile(KeyFile);
        Directory.CreateDirectory(Path.Combine(ProcRoot, "pressure"));
        await File.WriteAllTextAsync(Path.Combine(ProcRoot, "stat"), "cpu  1000 0 1000 100000 0 0 0 0 0 0\n");
        await File.WriteAllTextAsync(Path.Combine(ProcRoot, "meminfo"), "MemTotal:       16000000 kB\nMemAvailable:   12000000 kB\n");
        await File.WriteAllTextAsync(Path.Combine(ProcRoot, "pressure/io"), "some avg10=0.00 avg60=0.00 avg300=0.00 total=0\n");
        await Azurite.StartAsync();
    }

    /// <summary>
    /// The host's variables: the app on this rig's Azurite (also as <c>DemoStorage</c>, the catalogs' connection
    /// setting), its catalog, logs under <paramref name="logs"/>, and window timer N at <paramref name="windows"/>[N-1]
    /// (the others once a year).
    /// </summary>
    public Dictionary<string, string> Environment(string catalog, string logs, params DateTimeOffset[] windows)
    {
        var environment = new Dictionary<string, string>
        {
            ["AzureWebJobsStorage"] = Azurite.ConnectionString,
            ["DemoStorage"] = Azurite.ConnectionString,
            ["AzureFunctionsWebHost__hostid"] = HostId,
            ["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated",
            ["WEBSITE_TIME_ZONE"] = "UTC",
            ["FunctionsHost__ShutdownGracePeriod"] = "00:00:10",
            ["Backup__Catalog"] = catalog,
            ["Backup__KeyFile"] = KeyFile,
            ["Backup__LogDirectory"] = logs,
            ["Backup__ProcRoot"] = ProcRoot,
            ["Backup__TimeCompression"] = Compression.ToString(CultureInfo.InvariantCulture),
            ["Backup__SlotReclaimInterval"] = "00:00:10",
            ["Backup__ProgressInterval"] = "00:00:02",
            ["Backup__RetryFirstInterval"] = "00:00:02",
        };
        for (var slot = 1; slot <= 7; slot++)
        {
            environment[$"BackupWindow{slot}Schedule"] = slot <= windows.Length ? CronAt(windows[slot - 1]) : "0 0 0 1 1 *";
        }

        // The weekly integrity check's timer: New Year's midnight only, so no test night meets it.
        environment["BackupIntegritySchedule"] = "0 0 0 1 1 *";

        return environment;
    }

    /// <summary>The real time of night hour <paramref name="hours"/> after the first window fires at <paramref name="first"/>.</summary>
    public DateTimeOffset After(DateTimeOffset first, double hours) => first + TimeSpan.FromHours(hours) / Compression;

    public static string CronAt(DateTimeOffset utc) => string.Create(CultureInfo.InvariantCulture, $"{utc.Second} {utc.Minute} {utc.Hour} * * *");

    /// <summary>The host's default function key, from the blob where the host keeps it.</summary>
    public async Task<string> FunctionKeyAsync()
    {
        var blobs = new BlobServiceClient(Azurite.ConnectionString, new BlobClientOptions(BackupOrchestrator.Host.Durable.StorageClients.BlobVersion));
        var secrets = await blobs.GetBlobContainerClient("azure-webjobs-secrets").GetBlobClient($"{HostId}/host.json").DownloadContentAsync();
        return JsonNode.Parse(secrets.Value.Content.ToString())!["functionKeys"]![0]!["value"]!.GetValue<string>();
    }

    /// <summary>An HTTP client on <paramref name="host"/> with the function key.</summary>
    public async Task<HttpClient> ClientAsync(HostProcess host)
    {
        var http = new HttpClient { BaseAddress = host.BaseUri };
        http.DefaultRequestHeaders.Add("x-functions-key", await FunctionKeyAsync());
        return http;
    }

    /// <summary>
    /// Polls the night's overview (<paramref name="day"/>: a date or "tonight") until <paramref name="expected"/>
    /// services (at least one) have all ended; the last overview. Fails at once when one of the hosts exits.
    /// </summary>
    public static async Task<JsonNode> WaitForNightAsync(HttpClient http, TimeSpan timeout, IReadOnlyList<HostProcess> hosts, int expected = 1, string day = "tonight")
    {
        var deadline = DateTime.UtcNow + timeout;
        var last = "(no night yet)";
        while (DateTime.UtcNow < deadline)
        {
            foreach (var host in hosts)
            {
                Assert.False(host.HasExited, host.Output);
            }

            try
            {
                using var response = await http.GetAsync(new Uri($"api/nights/{day}", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    var night = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
                    last = night.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
                    var services = night["services"]!.AsArray();
                    if (services.Count >= Math.Max(1, expected) && services.All(s => EndStates.Contains(s!["state"]!.GetValue<string>())))
                    {
                        return night;
                    }
                }
            }
            catch (HttpRequestException)
            {
                // Storage restarting under the host: ask again.
            }

            await Task.Delay(1000);
        }

        throw new TimeoutException($"The night did not end within {timeout}. Last overview:\n{last}\nHost output:\n{string.Join("\n----\n", hosts.Select(h => h.Output))}");
    }

    /// <summary>The repository in <paramref name="container"/> (default: <see cref="Container"/>) on this rig's Azurite.</summary>
    public async Task<BackupRepository> RepositoryAsync(string? container = null)
    {
        var target = TargetSpecParser.Parse($"blob:{container ?? Container}", () => BlobConnection.FromConnectionString(Azurite.ConnectionString, "test"));
        return await BackupRepository.OpenAsync(target, RepositoryKey.Load(KeyFile), null, CancellationToken.None);
    }

    /// <summary>Each service's snapshot ids in the repository (a service backed up twice has two).</summary>
    public async Task<Dictionary<string, List<string>>> SnapshotsByServiceAsync()
    {
        var (summaries, errors) = await new SnapshotStore(await RepositoryAsync()).LoadSummariesAsync();
        Assert.Empty(errors);
        return summaries.GroupBy(s => s.Service).ToDictionary(g => g.Key, g => g.Select(s => s.Id).ToList());
    }

    public async ValueTask DisposeAsync()
    {
        await Azurite.DisposeAsync();
        Directory.Delete(Dir, recursive: true);
    }
}
