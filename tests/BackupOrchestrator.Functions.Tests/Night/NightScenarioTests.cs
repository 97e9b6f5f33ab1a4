using BackupOrchestrator.Domain.Night;
using BackupOrchestrator.Functions.Night;
using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Functions.Tests.Night;

/// <summary>Whole nights of the app's orchestrations on the real engine (DTFx over Azurite), real files, real backups.</summary>
[Collection(NightsCollection.Name)]
public sealed class NightScenarioTests(NightsFixture nights)
{
    /// <summary>The whole status, for a failing assertion's message.</summary>
    private static string Show(BackupStatus status) => System.Text.Json.JsonSerializer.Serialize(status);

    private static DateTimeOffset Entered(BackupStatus status, BackupState state) => status.Steps.First(s => s.State == state).At;

    [Fact]
    public async Task Gate_HoldsWebappUntilDatabaseAndConfigSucceed()
    {
        var night = await Gates();
        var (database, config, webapp) = (night.Services["database"], night.Services["config"], night.Services["webapp"]);

        Assert.True(database.State == BackupState.Succeeded, Show(database));
        Assert.True(config.State == BackupState.Succeeded, Show(config));
        Assert.True(webapp.State == BackupState.Succeeded, Show(webapp));
        Assert.True(Entered(webapp, BackupState.WaitingForDependencies) < database.Ended, "webapp was not waiting while database ran");
        Assert.True(webapp.Started >= database.Ended && webapp.Started >= config.Ended, $"webapp started {webapp.Started:O}, database ended {database.Ended:O}");
        Assert.Equal("pre\npost\n", File.ReadAllText(Path.Combine(night.Harness.Box.Data, "webapp-hooks.txt")));
        Assert.NotNull(webapp.SnapshotId);
        Assert.Contains("[INFO] Window apps of night", night.Harness.Box.Log("orchestrator.log"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gate_DependencyInALaterWindow_HoldsThenReleases()
    {
        var night = await Gates();
        var (early, late) = (night.Services["early"], night.Services["late"]);

        Assert.True(late.State == BackupState.Succeeded, Show(late));
        Assert.True(early.State == BackupState.Succeeded, Show(early));
        Assert.True(Entered(early, BackupState.WaitingForDependencies) < Entered(late, BackupState.Running), "early was not waiting before late ran");
        Assert.True(early.Started >= late.Ended);
    }

    [Fact]
    public async Task Gate_FailedDependency_SkipsDependentsAtOnceWithTheReason()
    {
        var night = await Gates();
        var (mail, index, report) = (night.Services["mail"], night.Services["mail-index"], night.Services["mail-report"]);

        Assert.True(mail.State == BackupState.Failed, Show(mail));
        Assert.Contains("does not exist", mail.Reason, StringComparison.Ordinal);
        Assert.True(index.State == BackupState.Skipped, Show(index));
        Assert.StartsWith("dependency mail failed: source ", index.Reason, StringComparison.Ordinal);
        Assert.True(report.State == BackupState.Skipped, Show(report));
        Assert.StartsWith("dependency mail-index was skipped: dependency mail failed", report.Reason, StringComparison.Ordinal);
        // "At once": well before max_duration (900m = 90 s at 600x) after mail-index's release.
        Assert.True(index.Ended - mail.Ended < TimeSpan.FromSeconds(5), $"mail ended {mail.Ended:O}, mail-index skipped {index.Ended:O}");
        Assert.Null(index.Started);
    }

    [Fact]
    public async Task Limit_SixDueTogetherAcrossTwoWindows_AtMostThreeRunAtOnce()
    {
        var night = await nights.NightAsync(nameof(NightCatalogs.Limit), NightCatalogs.Limit);
        var runs = night.Services.Values.ToList();

        Assert.Equal(6, runs.Count);
        Assert.All(runs, r => Assert.Equal(BackupState.Succeeded, r.State));
        var peak = Overlap.Peak(runs.Select(r => (r.Started!.Value, r.Ended!.Value)).ToList());
        Assert.True(peak <= 3, $"{peak} backups ran at once: {string.Join("; ", runs.Select(r => $"{r.Service} {r.Started:HH:mm:ss.fff}-{r.Ended:HH:mm:ss.fff}"))}");
        Assert.True(peak >= 2, $"the limit was never used: peak {peak}");
        Assert.Contains(runs, r => r.Steps.Any(s => s.State == BackupState.WaitingForSlot) && Entered(r, BackupState.Running) - Entered(r, BackupState.WaitingForSlot) > TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task ResourceGate_WaitsWhileAFakeReadingIsOverThenGoesOn()
    {
        var harness = await nights.StartAsync(NightCatalogs.Resources);
        harness.Box.WriteProc("pressure/io", "some avg10=95.00 avg60=50.00 avg300=10.00 total=1\n");
        var windows = await harness.StartNightAsync();

        await WaitUntilAsync(async () => (await harness.StatusOfAsync("svc"))?.State == BackupState.WaitingForResources, TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(BackupState.WaitingForResources, (await harness.StatusOfAsync("svc"))!.State);
        harness.Box.WriteProc("pressure/io", "some avg10=1.00 avg60=1.00 avg300=1.00 total=2\n");
        var svc = (await harness.WaitForNightAsync(windows))["svc"];

        Assert.True(svc.State == BackupState.Succeeded, Show(svc));
        var waiting = svc.Steps.First(s => s.State == BackupState.WaitingForResources);
        Assert.Equal("io 95% > 80%", waiting.Reason);
        Assert.True(Entered(svc, BackupState.Running) - waiting.At >= TimeSpan.FromSeconds(1));
        Assert.Contains("over: io 95% > 80%", harness.Box.Log("resource_monitor.log"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Limits_TimeoutAndOversizedSource_FailWithTheirReasonsAndRunPostHooks()
    {
        var night = await nights.NightAsync(nameof(NightCatalogs.Limits), NightCatalogs.Limits);
        var (slow, big) = (night.Services["too-slow"], night.Services["too-big"]);

        Assert.True(slow.State == BackupState.TimedOut, Show(slow));
        Assert.Equal("ran longer than limits.timeout (6s); stopped, no snapshot was recorded", slow.Reason);
        Assert.True(big.State == BackupState.Failed, Show(big));
        Assert.StartsWith("read more than limits.max_size (5.0 MB)", big.Reason, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(night.Harness.Box.Data, "too-slow.post")));
        Assert.True(File.Exists(Path.Combine(night.Harness.Box.Data, "too-big.post")));
        Assert.Null(slow.SnapshotId);
        Assert.Null(big.SnapshotId);
    }

    [Fact]
    public async Task Retry_TransientFailure_RetriedWithBackoffThenSucceeds()
    {
        var night = await nights.NightAsync(nameof(NightCatalogs.Limits), NightCatalogs.Limits);
        var flaky = night.Services["flaky"];

        Assert.True(flaky.State == BackupState.Succeeded, Show(flaky));
        Assert.NotNull(flaky.SnapshotId);
        Assert.Contains("attempt failed (will be retried)", night.Harness.Box.Log("flaky_backup.log"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartNight_Twice_StartsEachWindowOnce()
    {
        var night = await nights.NightAsync(nameof(NightCatalogs.Limits), NightCatalogs.Limits);
        var again = await night.Harness.StartNightAsync();
        Assert.Equal([NightIds.Window(night.Harness.Day, "only")], again);
        var instance = await night.Harness.Client.GetInstanceAsync(again[0], getInputsAndOutputs: true);
        Assert.Equal(Microsoft.DurableTask.Client.OrchestrationRuntimeStatus.Completed, instance!.RuntimeStatus);
        Assert.Equal(3, instance.ReadOutputAs<WindowResult>()!.Services.Count);
    }

    private Task<NightRun> Gates() => nights.NightAsync(nameof(NightCatalogs.Gates), NightCatalogs.Gates);

    [Fact]
    public async Task Limit_TerminatedHolder_ItsSlotComesBack()
    {
        var harness = await nights.StartAsync(NightCatalogs.OneSlot);
        await harness.StartNightAsync();
        await WaitUntilAsync(async () => (await harness.StatusOfAsync("hog"))?.State == BackupState.Running, TimeSpan.FromSeconds(60));
        await WaitUntilAsync(async () => (await harness.StatusOfAsync("next"))?.State == BackupState.WaitingForSlot, TimeSpan.FromSeconds(60),
            async () => System.Text.Json.JsonSerializer.Serialize(await harness.StatusOfAsync("next")));

        await harness.Client.TerminateInstanceAsync(NightIds.Backup(harness.Day, "hog"), "test: the holder is terminated");
        var next = await harness.Client.WaitForInstanceCompletionAsync(NightIds.Backup(harness.Day, "next"), getInputsAndOutputs: true, NightHarness.Timeout(60));

        var status = next.ReadOutputAs<BackupStatus>()!;
        Assert.True(status.State == BackupState.Succeeded, Show(status));
        // Well before hog's 30 s backup could have ended and released the slot itself.
        Assert.True(Entered(status, BackupState.Running) - Entered(status, BackupState.WaitingForSlot) < TimeSpan.FromSeconds(20), Show(status));
    }

    [Fact]
    public async Task Catalog_ChangedMidNight_WaitsForTheNextNight()
    {
        var harness = await nights.StartAsync(NightCatalogs.TwoWindows);
        var now = DateTimeOffset.UtcNow;
        var day = NightIds.Day(NightClock.BackupDay(now, TimeZoneInfo.Utc));
        await harness.Starter.StartWindowAsync(harness.Client, 1, now, NightHarness.Timeout(30));

        File.WriteAllText(harness.Box.Options.Catalog, NightCatalogs.TwoWindowsChanged);
        var second = await harness.Starter.StartWindowAsync(harness.Client, 2, now, NightHarness.Timeout(30));

        Assert.Equal(NightIds.Window(day, "second"), second);
        var window = await harness.Client.GetInstanceAsync(second!, getInputsAndOutputs: true);
        Assert.Equal(["b"], window!.ReadInputAs<WindowRun>()!.Services.Select(s => s.Service));
        var tomorrow = await harness.Starter.EnsureNightAsync(harness.Client, now.AddDays(1), NightHarness.Timeout(30));
        Assert.Contains(tomorrow.Catalog.Services, s => s.Name == "newcomer");
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<Task<string>>? describe = null)
    {
        var until = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, "the condition did not hold in time" + (describe is null ? "" : ": " + await describe()));
            await Task.Delay(100);
        }
    }
}
