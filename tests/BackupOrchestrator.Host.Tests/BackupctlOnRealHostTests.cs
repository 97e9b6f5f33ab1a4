using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BackupOrchestrator.Repository.Keys;

namespace BackupOrchestrator.Host.Tests;

/// <summary>
/// backupctl run / check-deps / resources / retry --all against the real app in the real host (a child process on
/// its own Azurite), with the API's words and the documented exit codes; and its errors for a wrong key, a host that
/// is not running, an unknown service, a bad day and a wrong command line.
/// </summary>
public sealed class BackupctlOnRealHostTests : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("backupctl-host-").FullName;
    private readonly OwnAzurite _azurite = new();

    public Task InitializeAsync() => _azurite.StartAsync();

    public async Task DisposeAsync()
    {
        await _azurite.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Backupctl_OnTheRealHost_RunsChecksAndRetriesWithTheApisWordsAndExitCodes()
    {
        var data = Path.Combine(_dir, "data");
        Directory.CreateDirectory(Path.Combine(data, "files"));
        await File.WriteAllTextAsync(Path.Combine(data, "files", "a.txt"), "hello\n");
        var catalog = Path.Combine(_dir, "catalog.yaml");
        await File.WriteAllTextAsync(catalog, $$"""
            version: 1
            data_root: {{data}}
            timezone: UTC
            targets:
              primary: {kind: directory, path: repo}
            thresholds: {cpu: 80, memory: 80, disk: 100, io: 80}
            windows:
              - {name: first, start: "01:00", length: 1h}
              - {name: second, start: "02:00", length: 1h}
            limits: {max_concurrent: 3, timeout: 30m, max_duration: 120m}
            services:
              - {name: base, tier: first, sources: [files]}
              - {name: broken, tier: first, sources: [missing]}
              - {name: after-broken, tier: first, depends_on: [broken], sources: [files]}
              - {name: later, tier: second, sources: [files]}
              - {name: later2, tier: second, depends_on: [later], sources: [files]}
            """);
        var key = Path.Combine(_dir, "repo.key");
        RepositoryKey.CreateFile(key);
        var proc = Path.Combine(_dir, "proc");
        Directory.CreateDirectory(Path.Combine(proc, "pressure"));
        await File.WriteAllTextAsync(Path.Combine(proc, "stat"), "cpu  1000 0 1000 100000 0 0 0 0 0 0\n");
        await File.WriteAllTextAsync(Path.Combine(proc, "meminfo"), "MemTotal:       16000000 kB\nMemAvailable:   12000000 kB\n");
        await File.WriteAllTextAsync(Path.Combine(proc, "pressure/io"), "some avg10=1.50 avg60=0.00 avg300=0.00 total=0\n");
        var hostId = "ctl-" + Guid.NewGuid().ToString("N")[..10];
        var environment = new Dictionary<string, string>
        {
            ["AzureWebJobsStorage"] = _azurite.ConnectionString,
            ["AzureFunctionsWebHost__hostid"] = hostId,
            ["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated",
            ["WEBSITE_TIME_ZONE"] = "UTC",
            ["FunctionsHost__ShutdownGracePeriod"] = "00:00:05",
            ["Backup__Catalog"] = catalog,
            ["Backup__KeyFile"] = key,
            ["Backup__LogDirectory"] = Path.Combine(_dir, "logs"),
            ["Backup__ProcRoot"] = proc,
            ["Backup__TimeCompression"] = "120",
            ["Backup__SlotReclaimInterval"] = "00:00:10",
        };
        for (var slot = 1; slot <= 7; slot++)
        {
            environment[$"BackupWindow{slot}Schedule"] = "0 0 0 1 1 *"; // Once a year: only backupctl starts work here.
        }

        environment["BackupIntegritySchedule"] = "0 0 0 1 1 *";

        await using var host = await HostProcess.StartAsync(TestPaths.RealApp, environment);
        var url = host.BaseUri.ToString().TrimEnd('/');
        var functionKey = await Backupctl.FunctionKeyAsync(_azurite.ConnectionString, hostId);
        string[] on = ["--url", url, "--key", functionKey];
        var day = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // resources: seed 000's resource_monitor.sh (the fake /proc is a quiet machine).
        var resources = await Backupctl.RunAsync(["resources", .. on]);
        Assert.True(resources.Exit == 0, resources.Stdout + resources.Stderr);
        Assert.Matches(@"memory\s+25%\s+threshold 80%\s+ok", resources.Stdout);
        Assert.Matches(@"io\s+1.5%\s+threshold 80%\s+ok", resources.Stdout);
        Assert.Contains("resource gate: open", resources.Stdout, StringComparison.Ordinal);

        // Before any night: check-deps says so; an unknown service names the catalog's.
        var noNight = await Backupctl.RunAsync(["check-deps", "base", .. on]);
        Assert.Equal(1, noNight.Exit);
        Assert.Contains($"error: 404 NotFound: No night {day} has started", noNight.Stderr, StringComparison.Ordinal);
        var unknown = await Backupctl.RunAsync(["run", "sonarr", .. on]);
        Assert.Equal(1, unknown.Exit);
        Assert.Contains("The catalog has no service 'sonarr'. Its services: base, broken, after-broken, later, later2.", unknown.Stderr, StringComparison.Ordinal);

        // run SERVICE: now, idempotent per run id.
        var run = await Backupctl.RunAsync(["run", "base", "--run-id", "r1", .. on]);
        Assert.True(run.Exit == 0, run.Stdout + run.Stderr);
        Assert.Contains($"base runs now (manual:base:r1); status: {url}/api/services/base/runs/r1", run.Stdout, StringComparison.Ordinal);
        var again = await Backupctl.RunAsync(["run", "base", "--run-id", "r1", .. on]);
        Assert.Contains("(already started by an earlier request with run id r1)", again.Stdout, StringComparison.Ordinal);

        // run --window: tonight's window now; a second time is refused.
        var window = await Backupctl.RunAsync(["run", "--window", "first", .. on]);
        Assert.True(window.Exit == 0, window.Stdout + window.Stderr);
        Assert.Contains($"window first of {day} runs now (window:{day}:first)", window.Stdout, StringComparison.Ordinal);
        var twice = await Backupctl.RunAsync(["run", "--window", "first", .. on]);
        Assert.Equal(1, twice.Exit);
        Assert.Contains($"error: 409 Conflict: the window first of {day} already started", twice.Stderr, StringComparison.Ordinal);

        using var http = new HttpClient { BaseAddress = host.BaseUri };
        http.DefaultRequestHeaders.Add("x-functions-key", functionKey);
        await WaitForStateAsync(http, host, day, "after-broken", "Skipped");

        // The enums inside the custom status reach the HTTP answer as their names under our host too.
        var skipped = (await http.GetFromJsonAsync<JsonNode>(new Uri($"api/nights/{day}/services/after-broken", UriKind.Relative)))!["run"]!["status"]!;
        Assert.Equal(System.Text.Json.JsonValueKind.String, skipped["state"]!.GetValueKind());
        Assert.Equal("Skipped", skipped["state"]!.GetValue<string>());
        Assert.All(skipped["steps"]!.AsArray(), step => Assert.Equal(System.Text.Json.JsonValueKind.String, step!["state"]!.GetValueKind()));

        // check-deps: seed 000's dependency_checker.sh, its answer in the exit code.
        var closed = await Backupctl.RunAsync(["check-deps", "after-broken", "--day", day, .. on]);
        Assert.Equal(3, closed.Exit);
        Assert.Contains($"after-broken on {day}: gate closed (dependency broken failed: ", closed.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"\n  broken\s+Failed\s+source", closed.Stdout);
        var waiting = await Backupctl.RunAsync(["check-deps", "later2", .. on]);
        Assert.Equal(4, waiting.Exit);
        Assert.Contains("gate waiting (waiting for later (NotStarted))", waiting.Stdout, StringComparison.Ordinal);
        var open = await Backupctl.RunAsync(["check-deps", "base", .. on]);
        Assert.Equal(0, open.Exit);
        Assert.Contains("gate open (no dependencies)", open.Stdout, StringComparison.Ordinal);
        var badDay = await Backupctl.RunAsync(["check-deps", "base", "--day", "13/01", .. on]);
        Assert.Equal(1, badDay.Exit);
        Assert.Contains("error: 400 BadRequest: '13/01' is not a day", badDay.Stderr, StringComparison.Ordinal);

        // retry --all: the failed service again, its skipped dependent after it.
        var retry = await Backupctl.RunAsync(["retry", "--all", .. on]);
        Assert.True(retry.Exit == 0, retry.Stdout + retry.Stderr);
        Assert.Contains("broken runs again; following it: after-broken", retry.Stdout, StringComparison.Ordinal);

        // The errors a person meets: a wrong key, no host, a wrong command line.
        var wrongKey = await Backupctl.RunAsync("resources", "--url", url, "--key", "not-the-key");
        Assert.Equal(1, wrongKey.Exit);
        Assert.Contains("refused the key (401)", wrongKey.Stderr, StringComparison.Ordinal);
        var noHost = await Backupctl.RunAsync("resources", "--url", $"http://127.0.0.1:{HostProcess.FreePort()}", "--key", functionKey);
        Assert.Equal(1, noHost.Exit);
        Assert.Contains("error: no host answers at", noHost.Stderr, StringComparison.Ordinal);
        var both = await Backupctl.RunAsync(["run", "base", "--window", "first", .. on]);
        Assert.Equal(2, both.Exit);
        Assert.Contains("name one SERVICE to run, or --window NAME", both.Stderr, StringComparison.Ordinal);
        var neither = await Backupctl.RunAsync(["retry", .. on]);
        Assert.Equal(2, neither.Exit);
    }

    private static async Task WaitForStateAsync(HttpClient http, HostProcess host, string day, string service, string state)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(host.HasExited, host.Output);
            using var response = await http.GetAsync(new Uri($"api/nights/{day}/services/{service}", UriKind.Relative));
            if (response.IsSuccessStatusCode)
            {
                var view = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
                last = view.ToJsonString();
                if (view["run"]?["state"]?.GetValue<string>() == state)
                {
                    return;
                }
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"{service} did not reach {state}: {last}\n{host.Output}");
    }
}
