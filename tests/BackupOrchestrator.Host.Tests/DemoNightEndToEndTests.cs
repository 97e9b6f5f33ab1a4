using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using BackupOrchestrator.Repository;
using BackupOrchestrator.Repository.Keys;
using BackupOrchestrator.Repository.Restore;
using BackupOrchestrator.Repository.Snapshots;
using BackupOrchestrator.Repository.Targets;

namespace BackupOrchestrator.Host.Tests;

/// <summary>
/// The main job end to end: a time-compressed night of infra/catalog/demo.yaml (its targets pointed at this test's
/// own Azurite) on the real app, in the real host as a child process, started by the app's real timer triggers,
/// watched over its HTTP API, and every snapshot restored from the catalog's primary target.
/// </summary>
public sealed class DemoNightEndToEndTests : IAsyncLifetime
{
    // 120 night seconds per real second: the apps window (02:00) fires 30 s after the critical one (01:00).
    private const int Compression = 120;
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(30);
    private readonly string _dir = Directory.CreateTempSubdirectory("demo-night-").FullName;
    private readonly OwnAzurite _azurite = new();

    // IAsyncLifetime, not IAsyncDisposable: xunit 2 disposes a test class only through IDisposable or IAsyncLifetime.
    public Task InitializeAsync() => _azurite.StartAsync();

    public async Task DisposeAsync()
    {
        await _azurite.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task DemoNight_OnTheRealTimers_EndsAsTheCatalogSays_BackupctlReadsAndRetriesIt_AndEverySnapshotRestores()
    {
        var root = TestPaths.RepositoryRoot;
        await RunAsync("bash", Path.Combine(root, "scripts/demo-data.sh"));
        var container = "e2e-" + Guid.NewGuid().ToString("N")[..10];
        var catalog = Path.Combine(_dir, "demo.yaml");
        await File.WriteAllTextAsync(catalog, DerivedCatalog(await File.ReadAllTextAsync(Path.Combine(root, "infra/catalog/demo.yaml")), root, container));
        var key = Path.Combine(_dir, "demo.key");
        RepositoryKey.CreateFile(key);
        var logs = Path.Combine(_dir, "logs");
        // A quiet machine's readings (Backup__ProcRoot): the resource gate is not what this test is about, and on a
        // busy test box the real /proc would hold every backup until its max_duration.
        var proc = Path.Combine(_dir, "proc");
        Directory.CreateDirectory(Path.Combine(proc, "pressure"));
        await File.WriteAllTextAsync(Path.Combine(proc, "stat"), "cpu  1000 0 1000 100000 0 0 0 0 0 0\n");
        await File.WriteAllTextAsync(Path.Combine(proc, "meminfo"), "MemTotal:       16000000 kB\nMemAvailable:   12000000 kB\n");
        await File.WriteAllTextAsync(Path.Combine(proc, "pressure/io"), "some avg10=0.00 avg60=0.00 avg300=0.00 total=0\n");
        var hostId = "e2e-" + Guid.NewGuid().ToString("N")[..10];

        var first = DateTimeOffset.UtcNow + Lead;
        var environment = new Dictionary<string, string>
        {
            ["AzureWebJobsStorage"] = _azurite.ConnectionString,
            ["DemoStorage"] = _azurite.ConnectionString,
            ["AzureFunctionsWebHost__hostid"] = hostId,
            ["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated",
            ["WEBSITE_TIME_ZONE"] = "UTC",
            ["FunctionsHost__ShutdownGracePeriod"] = "00:00:10",
            ["Backup__Catalog"] = catalog,
            ["Backup__KeyFile"] = key,
            ["Backup__LogDirectory"] = logs,
            ["Backup__ProcRoot"] = proc,
            ["Backup__TimeCompression"] = Compression.ToString(CultureInfo.InvariantCulture),
            ["Backup__SlotReclaimInterval"] = "00:00:10",
            ["Backup__ProgressInterval"] = "00:00:02",
            ["Backup__RetryFirstInterval"] = "00:00:02",
            ["BackupWindow1Schedule"] = CronAt(first),
            ["BackupWindow2Schedule"] = CronAt(first + TimeSpan.FromHours(1) / Compression),
        };
        for (var slot = 3; slot <= 7; slot++)
        {
            environment[$"BackupWindow{slot}Schedule"] = "0 0 0 1 1 *";
        }

        environment["BackupIntegritySchedule"] = "0 0 0 1 1 *";

        await using var host = await HostProcess.StartAsync(TestPaths.RealApp, environment);
        Assert.True(DateTimeOffset.UtcNow < first, $"The host took longer than {Lead} to start, so the first window's time went by:\n{host.Output}");

        var functionKey = await FunctionKeyAsync(hostId);
        using var http = new HttpClient { BaseAddress = host.BaseUri };
        http.DefaultRequestHeaders.Add("x-functions-key", functionKey);
        var night = await WaitForNightAsync(http, host, TimeSpan.FromSeconds(150));

        var states = night["services"]!.AsArray().ToDictionary(s => s!["service"]!.GetValue<string>(), s => s!);
        Assert.Equal(["config", "database", "documents", "mail-archive", "media", "search-index", "webapp"], states.Keys.Order());
        var mail = states["mail-archive"];
        Assert.Equal("Failed", mail["state"]!.GetValue<string>());
        Assert.Contains("demo-data/mail does not exist", mail["status"]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        var succeeded = states.Where(s => s.Key != "mail-archive").ToList();
        Assert.All(succeeded, s => Assert.True(s.Value["state"]!.GetValue<string>() == "Succeeded", $"{s.Key}: {s.Value.ToJsonString()}"));

        // The hooks ran around webapp's backup, and the orchestrations' lines reached orchestrator.log under this host.
        var webappLog = await File.ReadAllTextAsync(Path.Combine(logs, "webapp_backup.log"));
        Assert.Contains("webapp: maintenance mode on", webappLog, StringComparison.Ordinal);
        Assert.Contains("webapp: maintenance mode off", webappLog, StringComparison.Ordinal);
        var day = night["day"]!.GetValue<string>();
        var orchestratorLog = await File.ReadAllTextAsync(Path.Combine(logs, "orchestrator.log"));
        Assert.Contains($"Window critical of night {day} opens", orchestratorLog, StringComparison.Ordinal);
        Assert.Contains($"webapp ({day}) starts its backup", orchestratorLog, StringComparison.Ordinal);

        // backupctl talks to this host with the API's words: the night, one service, a retry of the failed one.
        var url = host.BaseUri.ToString();
        var status = await BackupctlAsync(["status", "--url", url, "--key", functionKey]);
        Assert.Equal(0, status.Exit);
        Assert.Matches(@"mail-archive\s+apps\s+Failed\s+source .*demo-data/mail does not exist", status.Output);
        Assert.Matches(@"webapp\s+apps\s+Succeeded\s+snapshot [0-9a-f]{16}", status.Output);
        var one = await BackupctlAsync(["status", "--service", "mail-archive", "--day", day], ("BACKUPCTL_URL", url), ("BACKUPCTL_KEY", functionKey));
        Assert.Equal(0, one.Exit);
        Assert.Contains($"instance backup:{day}:mail-archive", one.Output, StringComparison.Ordinal);
        var unknown = await BackupctlAsync(["status", "--service", "nope", "--url", url, "--key", functionKey]);
        Assert.Equal(1, unknown.Exit);
        Assert.Contains("error: 404", unknown.Output, StringComparison.Ordinal);
        var noKey = await BackupctlAsync(["status", "--url", url]);
        Assert.Equal(1, noKey.Exit);
        Assert.Contains("refused the key (401)", noKey.Output, StringComparison.Ordinal);
        // After its backup: the copy to the catalog's secondary (a directory) and the retention on both targets.
        await WaitForAfterStepsAsync(http, day, "webapp", TimeSpan.FromSeconds(60));
        var webapp = await BackupctlAsync(["status", "--service", "webapp", "--day", day, "--url", url, "--key", functionKey]);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(webapp.Output, @"copy to secondary: Succeeded, [1-9][0-9]* bytes sent"), webapp.Output);
        Assert.True(webapp.Output.Contains("prune of primary: Succeeded, 0 snapshot(s) removed, 1 kept", StringComparison.Ordinal), webapp.Output);
        Assert.True(webapp.Output.Contains("prune of secondary: Succeeded, 0 snapshot(s) removed, 1 kept", StringComparison.Ordinal), webapp.Output);

        var retry = await BackupctlAsync(["retry", "mail-archive", "--url", url, "--key", functionKey]);
        Assert.True(retry.Exit == 0, retry.Output);
        Assert.Contains("mail-archive runs again", retry.Output, StringComparison.Ordinal);

        // Every snapshot is in the catalog's container and restores; one file of each compared byte for byte.
        var target = TargetSpecParser.Parse($"blob:{container}", () => BlobConnection.FromConnectionString(_azurite.ConnectionString, "test"));
        var repository = await BackupRepository.OpenAsync(target, RepositoryKey.Load(key), null, CancellationToken.None);
        var snapshots = new SnapshotStore(repository);
        foreach (var (service, run) in succeeded)
        {
            var manifest = await snapshots.FindAsync(run["status"]!["snapshotId"]!.GetValue<string>());
            Assert.Equal(service, manifest.Service);
            var restored = Path.Combine(_dir, "restore", service);
            var result = await new Restorer(repository).ToDirectoryAsync(manifest, restored);
            Assert.Empty(result.Errors);
            var file = Directory.EnumerateFiles(restored, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
            var relative = Path.GetRelativePath(restored, file);
            if (service == "database")
            {
                // A command source: its output, stored under commands/NAME.
                Assert.Equal("commands/app-db.sql", relative);
                Assert.Contains("CREATE TABLE users", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(await File.ReadAllBytesAsync("/" + relative), await File.ReadAllBytesAsync(file));
            }
        }
    }

    /// <summary>demo.yaml with its data root made absolute and its blob targets on this test's Azurite, in a container of its own.</summary>
    private string DerivedCatalog(string demo, string root, string container)
    {
        var text = demo.Replace("data_root: ../..", $"data_root: {root}", StringComparison.Ordinal)
            .Replace("connection: UseDevelopmentStorage=true", "connection_setting: DemoStorage", StringComparison.Ordinal)
            .Replace("container: demo-backups", $"container: {container}", StringComparison.Ordinal)
            .Replace("path: demo-data/backups/secondary", $"path: {Path.Combine(_dir, "secondary")}", StringComparison.Ordinal);
        Assert.DoesNotContain("UseDevelopmentStorage", text, StringComparison.Ordinal);
        return text;
    }

    private static string CronAt(DateTimeOffset utc) => string.Create(CultureInfo.InvariantCulture, $"{utc.Second} {utc.Minute} {utc.Hour} * * *");

    private async Task<string> FunctionKeyAsync(string hostId)
    {
        var blobs = new BlobServiceClient(_azurite.ConnectionString, new BlobClientOptions(BackupOrchestrator.Host.Durable.StorageClients.BlobVersion));
        var secrets = await blobs.GetBlobContainerClient("azure-webjobs-secrets").GetBlobClient($"{hostId}/host.json").DownloadContentAsync();
        return JsonNode.Parse(secrets.Value.Content.ToString())!["functionKeys"]![0]!["value"]!.GetValue<string>();
    }

    /// <summary>Polls one service's run until its copy and its prunes have ended (they follow its recorded outcome).</summary>
    private static async Task WaitForAfterStepsAsync(HttpClient http, string day, string service, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            var run = (await http.GetFromJsonAsync<JsonNode>(new Uri($"api/nights/{day}/services/{service}", UriKind.Relative)))!;
            last = run.ToJsonString();
            if (run["runtimeStatus"]!.GetValue<string>() == "Completed")
            {
                return;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"{service}'s copy and prune did not end within {timeout}: {last}");
    }

    /// <summary>Polls tonight's overview until every service has ended; the last overview.</summary>
    private static async Task<JsonNode> WaitForNightAsync(HttpClient http, HostProcess host, TimeSpan timeout)
    {
        string[] ended = ["Succeeded", "Failed", "Skipped", "TimedOut", "Cancelled"];
        var deadline = DateTime.UtcNow + timeout;
        var last = "(no night yet)";
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(host.HasExited, host.Output);
            using var response = await http.GetAsync(new Uri("api/nights/tonight", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                var night = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
                last = night.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
                var services = night["services"]!.AsArray();
                if (services.Count > 0 && services.All(s => ended.Contains(s!["state"]!.GetValue<string>())))
                {
                    return night;
                }
            }

            await Task.Delay(1000);
        }

        throw new TimeoutException($"The night did not end within {timeout}. Last overview:\n{last}\nHost output:\n{host.Output}");
    }

    /// <summary>backupctl as a process with <paramref name="variables"/>: exit code and stdout+stderr.</summary>
    private static async Task<(int Exit, string Output)> BackupctlAsync(string[] args, params (string Name, string Value)[] variables)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(TestPaths.Backupctl);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("BACKUPCTL_URL");
        start.Environment.Remove("BACKUPCTL_KEY");
        foreach (var (name, value) in variables)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    private static async Task RunAsync(string file, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)}: {await output}{await error}");
    }
}
