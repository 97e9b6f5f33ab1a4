using BackupOrchestrator.Domain.Night;
using BackupOrchestrator.Functions.Night;
using BackupOrchestrator.Host.Durable;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackupOrchestrator.Functions.Tests.Night;

/// <summary>The global limit on the real engine when its reclaim cannot ask about the holders.</summary>
[Collection(NightsCollection.Name)]
public sealed class EternalLockReclaimTests(NightsFixture nights)
{
    [Fact]
    public async Task BackupLimit_WhenFindingEndedHoldersFails_AsksAgainAtTheNextReclaim_AndGrantsTheWaiter()
    {
        var asked = 0;
        await using var engine = new DurableEngine(EternalLockUpgradeTests.HubOptions(nights, "reclaim"), NullLoggerFactory.Instance);
        // The app's activity (it reads the instances through the client; its constructor's services are not used),
        // failing its first call as when storage does not answer.
        var activities = new NightActivities(null!, null!);
        engine.AddOrchestrator(nameof(BackupLimitOrchestration.BackupLimit), new FunctionOrchestrator<LimitState>(c => new BackupLimitOrchestration().BackupLimit(c)));
        engine.AddOrchestrator(nameof(EternalLockUpgradeTests.Holder), new FunctionOrchestrator<string>(EternalLockUpgradeTests.Holder));
        engine.AddActivity(nameof(NightActivities.FindEndedHolders), new FunctionActivity<List<string>, List<string>>(holders =>
            Interlocked.Increment(ref asked) == 1
                ? throw new IOException("storage did not answer")
                : activities.FindEndedHolders(holders, engine.Client, CancellationToken.None)));
        await engine.StartAsync(NightHarness.Timeout(60));

        // One slot: a holds it and ends without releasing (terminated); b waits.
        await engine.Client.ScheduleNewOrchestrationInstanceAsync(nameof(BackupLimitOrchestration.BackupLimit),
            new LimitState(new SlotLimiter { Limit = 1 }, TimeSpan.FromSeconds(1)), new StartOrchestrationOptions(NightIds.Limit));
        await engine.Client.ScheduleNewOrchestrationInstanceAsync(nameof(EternalLockUpgradeTests.Holder), "a", new StartOrchestrationOptions("holder:a"));
        await EternalLockUpgradeTests.WaitForStatusAsync(engine.Client, "holder:a", "granted");
        await engine.Client.ScheduleNewOrchestrationInstanceAsync(nameof(EternalLockUpgradeTests.Holder), "b", new StartOrchestrationOptions("holder:b"));
        await EternalLockUpgradeTests.WaitForStatusAsync(engine.Client, "holder:b", "waiting");
        await engine.Client.TerminateInstanceAsync("holder:a", "test: ended without releasing");

        await EternalLockUpgradeTests.WaitForStatusAsync(engine.Client, "holder:b", "granted");
        Assert.True(asked >= 2, $"the holders were asked about {asked} time(s)");
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await engine.Client.GetInstanceAsync(NightIds.Limit))!.RuntimeStatus);
        await engine.StopAsync(TimeSpan.FromSeconds(2));
    }
}
