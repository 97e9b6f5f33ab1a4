using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BackupOrchestrator.Host.Tests;
using BackupOrchestrator.Repository.Keys;
using BackupOrchestrator.Repository.Targets;
using BackupOrchestrator.Testing;
using Microsoft.Playwright;

namespace BackupOrchestrator.Monitor.Tests;

/// <summary>
/// One time-compressed demo night shared by every monitor test: its own Azurite, infra/catalog/demo.yaml on it
/// (plus a service with no run tonight, so one service never has a backup), the real app in the real host started
/// by its real timers, and one Chromium. mail-archive fails (its source, a folder of this fixture, is missing)
/// until a test creates the folder and retries it.
/// </summary>
public sealed class MonitorNight : IAsyncLifetime
{
    public const int Compression = 120;
    public const string NeverBackedUp = "ledger-leapday";
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(25);
    private static readonly string[] Ended = ["Succeeded", "Failed", "Skipped", "TimedOut", "Cancelled", "NotScheduled"];
    private readonly AzuriteFixture _azurite = new();
    private IPlaywright? _playwright;

    public string Dir { get; } = Directory.CreateTempSubdirectory("monitor-night-").FullName;
    internal HostProcess Host { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public string HostId { get; } = "mon-" + Guid.NewGuid().ToString("N")[..10];
    public string FunctionKey { get; private set; } = "";
    public string MasterKey { get; private set; } = "";
    public string Day { get; private set; } = "";
    public string MailSource => Path.Combine(Dir, "mail");
    public string ConnectionString => _azurite.ConnectionString;
    public string Catalog => Path.Combine(Dir, "demo.yaml");
    public string KeyFile => Path.Combine(Dir, "demo.key");
    public Uri Monitor => new(Host.BaseUri, "api/monitor/");
    public Dictionary<string, string> Environment { get; } = [];

    /// <summary>Where the tests save their screenshots (printed by the tests that write them).</summary>
    public static string Screenshots { get; } = Path.Combine(TestPaths.RepositoryRoot, "tests/BackupOrchestrator.Monitor.Tests/TestResults/screenshots");

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        var root = TestPaths.RepositoryRoot;
        await RunAsync("bash", Path.Combine(root, "scripts/demo-data.sh"));
        await File.WriteAllTextAsync(Catalog, DerivedCatalog(await File.ReadAllTextAsync(Path.Combine(root, "infra/catalog/demo.yaml")), root));
        RepositoryKey.CreateFile(KeyFile);
        var proc = Path.Combine(Dir, "proc");
        Directory.CreateDirectory(Path.Combine(proc, "pressure"));
        await File.WriteAllTextAsync(Path.Combine(proc, "stat"), "cpu  1000 0 1000 100000 0 0 0 0 0 0\n");
        await File.WriteAllTextAsync(Path.Combine(proc, "meminfo"), "MemTotal:       16000000 kB\nMemAvailable:   12000000 kB\n");
        await File.WriteAllTextAsync(Path.Combine(proc, "pressure/io"), "some avg10=0.00 avg60=0.00 avg300=0.00 total=0\n");

        var first = await TestNights.FirstWindowAsync(Lead, TestNights.NightSpan);
        foreach (var (name, value) in new Dictionary<string, string>
        {
            ["AzureWebJobsStorage"] = ConnectionString,
            ["DemoStorage"] = ConnectionString,
            ["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated",
            ["WEBSITE_TIME_ZONE"] = "UTC",
            ["FunctionsHost__ShutdownGracePeriod"] = "00:00:05",
            ["Backup__Catalog"] = Catalog,
            ["Backup__KeyFile"] = KeyFile,
            ["Backup__LogDirectory"] = Path.Combine(Dir, "logs"),
            ["Backup__ProcRoot"] = proc,
            ["Backup__TimeCompression"] = Compression.ToString(CultureInfo.InvariantCulture),
            ["Backup__SlotReclaimInterval"] = "00:00:10",
            ["Backup__ProgressInterval"] = "00:00:02",
            ["Backup__RetryFirstInterval"] = "00:00:02",
            ["BackupWindow1Schedule"] = CronAt(first),
            ["BackupWindow2Schedule"] = CronAt(first + TimeSpan.FromHours(1) / Compression),
        })
        {
            Environment[name] = value;
        }

        for (var slot = 3; slot <= 7; slot++)
        {
            Environment[$"BackupWindow{slot}Schedule"] = "0 0 0 1 1 *";
        }

        Environment["BackupIntegritySchedule"] = "0 0 0 1 1 *";

        // Chromium starts while the host does; both take a few seconds on a loaded box.
        var browser = StartBrowserAsync();
        Host = await HostProcess.StartAsync(TestPaths.RealApp, new Dictionary<string, string>(Environment) { ["AzureFunctionsWebHost__hostid"] = HostId });
        (FunctionKey, MasterKey) = await KeysAsync(HostId);
        Browser = await browser;
        Day = (await WaitForNightAsync(TimeSpan.FromSeconds(180)))["day"]!.GetValue<string>();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        await _azurite.DisposeAsync();
        Directory.Delete(Dir, recursive: true);
    }

    /// <summary>A fresh browser context (its own sessionStorage) and page, with the console errors and failed requests it sees.</summary>
    public async Task<MonitorBrowser> OpenAsync(Uri? monitor = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true, ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, TimezoneId = "Europe/Zurich" });
        return await MonitorBrowser.OpenAsync(context, monitor ?? Monitor);
    }

    /// <summary>The app's keys, as the host keeps them (blob azure-webjobs-secrets/{hostId}/host.json).</summary>
    public async Task<(string Function, string Master)> KeysAsync(string hostId)
    {
        var blobs = _azurite.CreateBlobServiceClient();
        var secrets = await blobs.GetBlobContainerClient("azure-webjobs-secrets").GetBlobClient($"{hostId}/host.json").DownloadContentAsync();
        var json = JsonNode.Parse(secrets.Value.Content.ToString())!;
        return (json["functionKeys"]![0]!["value"]!.GetValue<string>(), json["masterKey"]!["value"]!.GetValue<string>());
    }

    public HttpClient Api()
    {
        var http = new HttpClient { BaseAddress = Host.BaseUri };
        http.DefaultRequestHeaders.Add("x-functions-key", MasterKey);
        return http;
    }

    /// <summary>Polls tonight's overview until every service has ended; the last overview.</summary>
    public async Task<JsonNode> WaitForNightAsync(TimeSpan timeout, Func<JsonNode, bool>? until = null)
    {
        using var http = Api();
        var deadline = DateTime.UtcNow + timeout;
        var last = "(no night yet)";
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(Host.HasExited, Host.Output);
            using var response = await http.GetAsync(new Uri("api/nights/tonight", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                var night = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
                last = night.ToJsonString();
                var services = night["services"]!.AsArray();
                if (services.Count > 0 && services.All(s => Ended.Contains(s!["state"]!.GetValue<string>())) && (until?.Invoke(night) ?? true))
                {
                    return night;
                }
            }

            await Task.Delay(1000);
        }

        throw new TimeoutException($"The night did not end within {timeout}. Last overview:\n{last}\nHost output:\n{Host.Output}");
    }

    private async Task<IBrowser> StartBrowserAsync()
    {
        _playwright = await Playwright.CreateAsync();
        return await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    /// <summary>demo.yaml on this fixture's Azurite and folders, plus a service whose cron has no run tonight.</summary>
    private string DerivedCatalog(string demo, string root)
    {
        var text = demo.Replace("data_root: ../..", $"data_root: {root}", StringComparison.Ordinal)
            .Replace("connection: UseDevelopmentStorage=true", "connection_setting: DemoStorage", StringComparison.Ordinal)
            .Replace("container: demo-backups", "container: monitor-primary", StringComparison.Ordinal)
            .Replace("container: demo-offsite", "container: monitor-offsite", StringComparison.Ordinal)
            .Replace("path: demo-data/backups/secondary", $"path: {Path.Combine(Dir, "secondary")}", StringComparison.Ordinal)
            .Replace("      - demo-data/mail\n", $"      - {MailSource}\n", StringComparison.Ordinal)
            .Replace("\nlimits:", $"""

              - name: {NeverBackedUp}
                tier: apps
                cron: "0 30 2 29 2 *"
                description: runs on leap days only, so it has no backup yet
                sources:
                  - demo-data/config

            limits:
            """, StringComparison.Ordinal);
        Assert.DoesNotContain("UseDevelopmentStorage", text, StringComparison.Ordinal);
        Assert.Contains(MailSource, text, StringComparison.Ordinal);
        return text;
    }

    private static string CronAt(DateTimeOffset utc) => string.Create(CultureInfo.InvariantCulture, $"{utc.Second} {utc.Minute} {utc.Hour} * * *");

    private static async Task RunAsync(string file, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)}: {await output}{await error}");
    }
}

[CollectionDefinition(Name)]
public sealed class MonitorNightCollection : ICollectionFixture<MonitorNight>
{
    public const string Name = "monitor night";
}
