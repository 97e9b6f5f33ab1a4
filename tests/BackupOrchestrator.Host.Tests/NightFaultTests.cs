using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using BackupOrchestrator.Testing;
using DurableTask.AzureStorage;
using DurableTask.Core;

namespace BackupOrchestrator.Host.Tests;

/// <summary>
/// Faults under a real night of the real app in the real host (child processes, a real Azurite, real files): the
/// host killed with SIGKILL while backups run, Azurite restarted under a running host, two hosts on one storage
/// account. Each ends with exactly one good snapshot per service in the repository, counted there.
/// The night: six services in two windows (four due at once, then two, one of them behind a dependency), each backup
/// a small real folder between a pre hook that sleeps and post hooks that drop a marker (the snapshot is written
/// by then) and sleep, under the limit of 3.
/// </summary>
public sealed class NightFaultTests : IAsyncLifetime
{
    // 360 night seconds per real second: the second window (02:00) fires 10 s after the first, and the night (24 h
    // from its start, after which a dependency wait gives up) lasts 4 minutes: room for a minute's recovery.
    private const int Compression = 360;
    private const string PreSleep = "4";
    private const string PostSleep = "3";
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(12);
    private static readonly TimeSpan TwoHostLead = TimeSpan.FromSeconds(45);
    private readonly NightRig _rig = new(Compression);
    private string[] _services = ["a1", "a2", "a3", "a4", "b1", "b2"];

    public Task InitializeAsync() => _rig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task HostKilledMidNight_AndStartedAgain_FinishesTheNightWithOneSnapshotPerService()
    {
        var (environment, logs, at) = await PrepareAsync();
        string[] cut;
        string killed;
        await using (var first = await StartBeforeAsync(at, environment))
        {
            // Killed while a backup has written its snapshot and runs its post hooks (its activity has not reported
            // yet: a marker but no completion in the host's log) and others are in their pre hooks; both windows
            // have started. Which backups are cut is read from the log, not assumed: on a slow box a backup can
            // finish its hooks before the second window opens.
            await HostEnvironment.WaitUntilAsync(
                () => WindowsOpened(logs) == 2 && Cut(first.Output).Length > 0, TimeSpan.FromSeconds(60), "a snapshot written and not reported, and both windows open");
            await first.KillAsync();
            killed = first.Output;
            cut = Cut(killed);
        }

        await using (var second = await HostProcess.StartAsync(TestPaths.RealApp, environment))
        {
            using var http = await _rig.ClientAsync(second);
            JsonNode night;
            try
            {
                night = await NightRig.WaitForNightAsync(http, TimeSpan.FromSeconds(150), [second], _services.Length);
            }
            catch (TimeoutException e)
            {
                throw new TimeoutException($"{e.Message}\n---- the killed host's output:\n{killed}", e);
            }

            await AssertOneGoodSnapshotEachAsync(night);

            // The backup cut off after its snapshot ran again on the new host (at least once) and found it.
            foreach (var service in cut)
            {
                Assert.Contains("already wrote snapshot", await File.ReadAllTextAsync(Path.Combine(logs, $"{service}_backup.log")), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task AzuriteRestartedMidNight_TheHostFinishesTheNightWithOneSnapshotPerService()
    {
        var (environment, _, at) = await PrepareAsync();
        await using var host = await StartBeforeAsync(at, environment);

        // Storage goes away while backups run (one past its snapshot, others in their hooks) and comes back on
        // the same ports with the same data.
        await HostEnvironment.WaitUntilAsync(() => Markers().Length > 0, TimeSpan.FromSeconds(60), "a snapshot written");
        await _rig.Azurite.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(5));
        await _rig.Azurite.StartAsync();

        using var http = await _rig.ClientAsync(host);
        var night = await NightRig.WaitForNightAsync(http, TimeSpan.FromSeconds(150), [host], _services.Length);
        await AssertOneGoodSnapshotEachAsync(night);
    }

    [Fact]
    public async Task TwoHostsOnOneStorageAccount_FireEachWindowOnce_AndHoldTheLimitOfThreeTogether()
    {
        // Ten services (six due at once), so that backups land on both hosts once they share the partitions.
        _services = ["a1", "a2", "a3", "a4", "a5", "a6", "b1", "b2", "b3", "b4"];
        var (environment, _, at) = await PrepareAsync(TwoHostLead);
        var logsA = Path.Combine(_rig.Dir, "logs-a");
        var logsB = Path.Combine(_rig.Dir, "logs-b");
        var starting = new[] { logsA, logsB }.Select(logs => HostProcess.StartAsync(TestPaths.RealApp, new Dictionary<string, string>(environment) { ["Backup__LogDirectory"] = logs })).ToList();
        await using var a = await starting[0];
        await using var b = await starting[1];

        // The windows fire once the two hosts have shared out the hub's partitions (a started host takes them all,
        // the second one steals its share within about 20 s): else the first host could run the whole night alone.
        await HostEnvironment.WaitUntilAsync(() => HubPartitions.Owners(_rig.Azurite.ConnectionString).Count == 2, at - DateTimeOffset.UtcNow, "both hosts owning partitions before the first window");
        Assert.True(DateTimeOffset.UtcNow < at, $"the hosts shared the partitions too late for the first window:\n{a.Output}\n----\n{b.Output}");

        using var http = await _rig.ClientAsync(a);
        var night = await NightRig.WaitForNightAsync(http, TimeSpan.FromSeconds(150), [a, b], _services.Length);
        await AssertOneGoodSnapshotEachAsync(night);
        var day = night["day"]!.GetValue<string>();

        // Each window's timer ran on one host only, and its orchestration has one execution.
        var output = a.Output + b.Output;
        foreach (var (window, slot) in new[] { ("first", 1), ("second", 2) })
        {
            Assert.Single(Regex.Matches(output, $@"Executing '(Functions\.)?Window{slot}'"));
            Assert.Single(Regex.Matches(output, $"Window {window} of night {day} started"));
            Assert.Single(await ExecutionsAsync($"window:{day}:{window}"));
        }

        // Both hosts ran backups (a service's log is where its activity ran), and at most 3 ran at once.
        var ranOnA = _services.Where(s => File.Exists(Path.Combine(logsA, $"{s}_backup.log"))).ToList();
        var ranOnB = _services.Where(s => File.Exists(Path.Combine(logsB, $"{s}_backup.log"))).ToList();
        Assert.True(ranOnA.Count > 0 && ranOnB.Count > 0, $"host A ran [{string.Join(", ", ranOnA)}], host B [{string.Join(", ", ranOnB)}]");
        var runs = night["services"]!.AsArray().Select(s => (
            Start: s!["status"]!["started"]!.GetValue<DateTimeOffset>(),
            End: s["status"]!["ended"]!.GetValue<DateTimeOffset>())).ToList();
        var peak = Overlap.Peak(runs);
        Assert.True(peak <= 3, $"{peak} backups ran at once: {string.Join(", ", runs)}");
        Assert.Equal(3, peak); // six were due together: the limit, not the catalog, kept it at 3.
    }

    /// <summary>The data, the catalog and the host's variables; the windows fire <paramref name="lead"/> (default <see cref="Lead"/>) from now and 1 night hour later.</summary>
    private async Task<(Dictionary<string, string> Environment, string Logs, DateTimeOffset First)> PrepareAsync(TimeSpan? lead = null)
    {
        foreach (var service in _services)
        {
            var folder = Path.Combine(_rig.Dir, "data", service);
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(Path.Combine(folder, "notes.txt"), string.Concat(Enumerable.Repeat($"{service} line\n", 2000)));
        }

        Directory.CreateDirectory(Path.Combine(_rig.Dir, "marks"));
        var catalog = Path.Combine(_rig.Dir, "faults.yaml");
        await File.WriteAllTextAsync(catalog, Catalog());
        var logs = Path.Combine(_rig.Dir, "logs");
        var first = await TestNights.FirstWindowAsync(lead ?? Lead, TestNights.NightSpan);
        return (_rig.Environment(catalog, logs, first, _rig.After(first, 1)), logs, first);
    }

    /// <summary>Starts a host that must be up before the first window fires (else its timer would fire past due, not on time).</summary>
    private static async Task<HostProcess> StartBeforeAsync(DateTimeOffset first, Dictionary<string, string> environment)
    {
        var host = await HostProcess.StartAsync(TestPaths.RealApp, environment);
        Assert.True(DateTimeOffset.UtcNow < first, $"The host took longer than {Lead} to start, so the first window's time went by:\n{host.Output}");
        return host;
    }

    private string Catalog()
    {
        var text = new StringBuilder($$"""
            version: 1
            name: faults
            data_root: {{_rig.Dir}}
            timezone: UTC
            windows:
              - {name: first, start: "01:00", length: 1h, rpo: 24h, rto: 2h}
              - {name: second, start: "02:00", length: 1h, rpo: 24h, rto: 2h}
            services:

            """);
        foreach (var service in _services)
        {
            text.Append(CultureInfo.InvariantCulture, $$"""
                  - name: {{service}}
                    tier: {{(service[0] == 'a' ? "first" : "second")}}
                    offset: 0m
                    expected_size: 100KB
                    sources: [data/{{service}}]
                    pre_hooks: [[sleep, "{{PreSleep}}"]]
                    post_hooks: [[touch, marks/{{service}}], [sleep, "{{PostSleep}}"]]

                """);
            if (service == "b2")
            {
                text.Append("    depends_on: [a1]\n");
            }
        }

        text.Append($$"""
            limits: {max_concurrent: 3, timeout: 30m, max_duration: 24h, max_size: 1GB}
            thresholds: {cpu: 80, memory: 80, disk: 90, io: 80}
            targets:
              primary: {kind: blob, connection_setting: DemoStorage, container: {{_rig.Container}}, capacity: 1GB}
            retention: {daily: 7, weekly: 1, monthly: 1}

            """);
        return text.ToString();
    }

    /// <summary>The services whose post hooks dropped their marker (their snapshot is written) while their backup activity has not completed in <paramref name="output"/>.</summary>
    private string[] Cut(string output) =>
        [.. Markers().Where(service => !Regex.IsMatch(output, $@"'RunBackup' activity of orchestration ID 'backup:[^:']+:{Regex.Escape(service)}' completed"))];

    private string[] Markers() => [.. Directory.EnumerateFiles(Path.Combine(_rig.Dir, "marks")).Select(Path.GetFileName).Order()!];

    private static int WindowsOpened(string logs)
    {
        var log = Path.Combine(logs, "orchestrator.log");
        return File.Exists(log) ? Regex.Count(File.ReadAllText(log), "Window (first|second) of night .* opens") : 0;
    }

    /// <summary>Every service Succeeded, and the repository holds exactly one snapshot of each: the one its status names.</summary>
    private async Task AssertOneGoodSnapshotEachAsync(JsonNode night)
    {
        var states = night["services"]!.AsArray().ToDictionary(s => s!["service"]!.GetValue<string>(), s => s!);
        Assert.Equal(_services, states.Keys.Order());
        var snapshots = await _rig.SnapshotsByServiceAsync();
        foreach (var service in _services)
        {
            var status = states[service];
            Assert.True(status["state"]!.GetValue<string>() == "Succeeded", $"{service}: {status.ToJsonString()}");
            Assert.True(snapshots.TryGetValue(service, out var ids), $"{service} has no snapshot in the repository");
            Assert.True(ids.Count == 1, $"{service} has {ids.Count} snapshots: {string.Join(", ", ids)}");
            Assert.Equal(status["status"]!["snapshotId"]!.GetValue<string>(), ids[0]);
        }
    }

    private async Task<IList<OrchestrationState>> ExecutionsAsync(string instanceId)
    {
        var connection = _rig.Azurite.ConnectionString;
        var service = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = "BackupHub",
            StorageAccountClientProvider = new StorageAccountClientProvider(
                StorageServiceClientProvider.ForBlob(connection, new BlobClientOptions(BlobClientOptions.ServiceVersion.V2026_06_06)),
                StorageServiceClientProvider.ForQueue(connection, new QueueClientOptions(QueueClientOptions.ServiceVersion.V2025_11_05)),
                StorageServiceClientProvider.ForTable(connection, new TableClientOptions(TableClientOptions.ServiceVersion.V2020_12_06))),
        });
        return await service.GetOrchestrationStateAsync(instanceId, allExecutions: true);
    }
}
