using BackupOrchestrator.Domain.Night;
using BackupOrchestrator.Functions.Http;
using BackupOrchestrator.Functions.Night;
using BackupOrchestrator.Repository;
using BackupOrchestrator.Repository.Keys;
using BackupOrchestrator.Repository.Restore;
using BackupOrchestrator.Repository.Snapshots;
using BackupOrchestrator.Repository.Targets;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace BackupOrchestrator.Functions.Tests.Night;

/// <summary>The steps after a succeeded backup on the real engine: the copy to the secondary, the retention, their serialisation with backups.</summary>
[Collection(NightsCollection.Name)]
public sealed class AfterBackupTests(NightsFixture nights)
{
    private static string Show(object status) => System.Text.Json.JsonSerializer.Serialize(status);

    [Fact]
    public async Task Copy_SucceededBackup_IsOnTheSecondaryAndRestoresByteForByte()
    {
        var night = await MaintenanceNight.GetAsync(nights);
        var photos = night.Service("photos");

        var copy = photos.Copy!;
        Assert.True(copy.State == AfterBackupState.Succeeded, Show(photos));
        Assert.Equal("secondary", copy.Target);
        Assert.Equal(photos.SnapshotId, copy.SnapshotId);
        Assert.True(copy.BytesCopied >= 3_000_000, Show(copy));
        var secondary = await BackupRepository.OpenAsync(new DirectoryTarget(night.Secondary), RepositoryKey.Load(night.Harness.Box.Options.KeyFile!));
        var snapshot = await new SnapshotStore(secondary).FindAsync(photos.SnapshotId!);
        var restored = Path.Combine(night.Harness.Box.Root, "restored-photos");
        await new Restorer(secondary).ToDirectoryAsync(snapshot, restored);
        Assert.Equal(File.ReadAllBytes(night.PhotoFile), File.ReadAllBytes(restored + night.PhotoFile));
        Assert.Contains("copy to targets.secondary done", night.Harness.Box.Log("photos_backup.log"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retention_OnItsDay_KeepsSevenDailyOneWeeklyOneMonthly()
    {
        var night = await MaintenanceNight.GetAsync(nights);
        var keeper = night.Service("keeper");

        var primary = keeper.Prune.Single(p => p.Target == "primary");
        Assert.True(primary.State == AfterBackupState.Succeeded, Show(keeper));
        var kept = await night.SnapshotsAsync(night.Primary, "keeper");
        Assert.Equal(9, kept.Count);
        Assert.Equal(MaintenanceNight.SeedDays.Length + 1 - 9, primary.Removed);
        Assert.Equal(9, primary.Kept);
        Assert.Equal(kept[0].Name, keeper.SnapshotName);
        // The 7 daily: tonight's and the six days before it; then one of an older week and one of an older month.
        Assert.Equal(Enumerable.Range(1, 6).Select(d => night.Seeded[^d].UtcDateTime.Date), kept.Skip(1).Take(6).Select(s => s.Time.UtcDateTime.Date));
        // The packs the retention freed go in the night's one sweep of the target (TargetSweep_…), not here.
        Assert.True(primary is { BytesFreed: 0, PacksDeleted: 0, SweepSkipped: "deferred: this prune applied the retention only" }, Show(primary));
        var secondary = keeper.Prune.Single(p => p.Target == "secondary");
        Assert.True(secondary is { State: AfterBackupState.Succeeded, Removed: 0, Kept: 1 }, Show(secondary));
        Assert.Contains("retention on targets.primary done: 22 snapshot(s) removed, 9 kept", night.Harness.Box.Log("keeper_backup.log"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TargetSweep_PruneNight_SweepsEachTargetOnceAfterItsLastServiceEnded()
    {
        var night = await MaintenanceNight.GetAsync(nights);
        var client = night.Harness.Client;
        var services = new[] { "slow", "keeper", "photos" }.Select(night.Service).ToList();
        var log = night.Harness.Box.Log(Services.NightLogFiles.OrchestratorLog);
        foreach (var role in new[] { "primary", "secondary" })
        {
            var id = $"sweep:{night.Harness.Day}:{role}";
            var done = await client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, NightHarness.Timeout(60));
            var sweep = done.ReadOutputAs<SweepStatus>()!;
            Assert.True(sweep is { State: AfterBackupState.Succeeded, Awaiting.Count: 0, SweepSkipped: null }, Show(sweep));
            // After every service's last step on that target: its copy into it and its own prune there.
            var lastStep = services.SelectMany(s => s.Prune.Where(p => p.Target == role).Select(p => p.Ended)
                .Append(s.Copy?.Target == role ? s.Copy.Ended : null)).Max();
            Assert.True(sweep.Started >= lastStep, $"{role}: the sweep started {sweep.Started:O}, before the last step ended {lastStep:O}");
            Assert.Single(log.Split('\n'), l => l.Contains($"sweep of targets.{role} for the night of {night.Harness.Day} starts", StringComparison.Ordinal));
            Assert.All(services, s => Assert.Equal(0, s.Prune.Single(p => p.Target == role).PacksDeleted));
        }

        // keeper's 22 forgotten snapshots left packs no one uses: the primary's one sweep deleted them.
        var primary = (await client.GetInstanceAsync($"sweep:{night.Harness.Day}:primary", getInputsAndOutputs: true))!.ReadOutputAs<SweepStatus>()!;
        Assert.True(primary.BytesFreed > 0 && primary.PacksDeleted > 0, Show(primary));

        // GET nights/{day} shows both.
        var http = new NightHttp(night.Harness.Starter, night.Harness.Box.Logs, HttpCalls.Guard(readOnly: false));
        var view = Assert.IsType<NightView>(Assert.IsType<OkObjectResult>(await http.GetNight(new DefaultHttpContext().Request, client, night.Harness.Day)).Value);
        Assert.Equal([("primary", AfterBackupState.Succeeded), ("secondary", AfterBackupState.Succeeded)], view.Sweeps!.Select(w => (w.Target, w.State)));
    }

    [Fact]
    public async Task Prune_BesideARunningBackupOfTheSameTarget_WaitsUntilItEnds()
    {
        var night = await MaintenanceNight.GetAsync(nights);
        var (slow, keeper) = (night.Service("slow"), night.Service("keeper"));

        var prune = keeper.Prune.Single(p => p.Target == "primary");
        Assert.True(prune.Requested < slow.Ended, $"keeper asked to prune at {prune.Requested:O}, after slow's backup ended at {slow.Ended:O}: nothing to wait for");
        Assert.True(prune.Started >= slow.Ended, $"keeper's prune started {prune.Started:O}, before slow's backup ended {slow.Ended:O}");
        // ...and slow's own prune waited for nothing it should not: it ran after its backup, alone.
        var slowPrune = slow.Prune.Single(p => p.Target == "primary");
        Assert.True(slowPrune.Started >= slow.Ended && (slowPrune.Started >= prune.Ended || slowPrune.Ended <= prune.Started), Show(slow));
    }

    [Fact]
    public async Task GetServiceRun_AfterTheNight_ShowsTheCopyAndThePrune()
    {
        var night = await MaintenanceNight.GetAsync(nights);
        var http = new NightHttp(night.Harness.Starter, night.Harness.Box.Logs, HttpCalls.Guard(readOnly: false));
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";

        var view = Assert.IsType<ServiceRunView>(Assert.IsType<OkObjectResult>(await http.GetServiceRun(context.Request, night.Harness.Client, night.Harness.Day, "keeper")).Value);

        Assert.Equal(AfterBackupState.Succeeded, view.Run.Status!.Copy!.State);
        Assert.Equal(["primary", "secondary"], view.Run.Status.Prune.Select(p => p.Target));
        Assert.Contains(view.Log, l => l.Contains("retention on targets.primary done", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Copy_UnreachableSecondary_FailsWithItsReasonWhileTheBackupStaysGood()
    {
        var night = await UnreachableAsync();
        var svc = night.Services["svc"];

        Assert.True(svc.State == BackupState.Succeeded, Show(svc));
        Assert.NotNull(svc.SnapshotId);
        var copy = svc.Copy!;
        Assert.True(copy.State == AfterBackupState.Failed, Show(copy));
        Assert.StartsWith("failed 2 time(s), last: targets.secondary (directory ", copy.Reason, StringComparison.Ordinal);
        Assert.Contains("not-a-folder/copy", copy.Reason, StringComparison.Ordinal);
        Assert.Contains("copy to targets.secondary failed: ", night.Harness.Box.Log("svc_backup.log"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retention_NotItsDay_DoesNotRun()
    {
        var night = await UnreachableAsync();

        Assert.Empty(night.Services["svc"].Prune);
        Assert.DoesNotContain("retention", night.Harness.Box.Log("svc_backup.log"), StringComparison.Ordinal);
    }

    private Task<NightRun> UnreachableAsync() => MaintenanceNight.UnreachableAsync(nights);
}
