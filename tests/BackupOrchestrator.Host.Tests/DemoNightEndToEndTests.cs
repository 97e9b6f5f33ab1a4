using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BackupOrchestrator.Repository.Restore;
using BackupOrchestrator.Repository.Snapshots;

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
    private readonly NightRig _rig = new(Compression);

    // IAsyncLifetime, not IAsyncDisposable: xunit 2 disposes a test class only through IDisposable or IAsyncLifetime.
    public Task InitializeAsync() => _rig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task DemoNight_OnTheRealTimers_EndsAsTheCatalogSays_BackupctlReadsAndRetriesIt_AndEverySnapshotRestores()
    {
        var root = TestPaths.RepositoryRoot;
        await RunAsync("bash", Path.Combine(root, "scripts/demo-data.sh"));
        var container = _rig.Container;
        var catalog = Path.Combine(_rig.Dir, "demo.yaml");
        await File.WriteAllTextAsync(catalog, DerivedCatalog(await File.ReadAllTextAsync(Path.Combine(root, "infra/catalog/demo.yaml")), root, container));
        var logs = Path.Combine(_rig.Dir, "logs");
        var first = await TestNights.FirstWindowAsync(Lead, TestNights.NightSpan);
        var environment = _rig.Environment(catalog, logs, first, _rig.After(first, 1));

        await using var host = await HostProcess.StartAsync(TestPaths.RealApp, environment);
        Assert.True(DateTimeOffset.UtcNow < first, $"The host took longer than {Lead} to start, so the first window's time went by:\n{host.Output}");

        var functionKey = await _rig.FunctionKeyAsync();
        using var http = await _rig.ClientAsync(host);
        var night = await NightRig.WaitForNightAsync(http, TimeSpan.FromSeconds(150), [host]);

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
        var repository = await _rig.RepositoryAsync();
        var snapshots = new SnapshotStore(repository);
        foreach (var (service, run) in succeeded)
        {
            var manifest = await snapshots.FindAsync(run["status"]!["snapshotId"]!.GetValue<string>());
            Assert.Equal(service, manifest.Service);
            var restored = Path.Combine(_rig.Dir, "restore", service);
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
            .Replace("path: demo-data/backups/secondary", $"path: {Path.Combine(_rig.Dir, "secondary")}", StringComparison.Ordinal);
        Assert.DoesNotContain("UseDevelopmentStorage", text, StringComparison.Ordinal);
        return text;
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
