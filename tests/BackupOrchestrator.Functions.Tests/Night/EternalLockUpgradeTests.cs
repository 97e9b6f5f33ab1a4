using BackupOrchestrator.Domain.Night;
using BackupOrchestrator.Functions.Night;
using BackupOrchestrator.Host.Durable;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackupOrchestrator.Functions.Tests.Night;

/// <summary>
/// A hub whose <c>limit:backups</c> ran on the previous build (its own copy of the message loop) goes on working
/// after an upgrade to the shared <see cref="EternalLockLoop"/>: the new code replays the old code's history
/// (grants sent, a reclaim timer created) without a non-determinism failure, and grants the queued holders in order.
/// </summary>
[Collection(NightsCollection.Name)]
public sealed class EternalLockUpgradeTests(NightsFixture nights)
{
    internal const string Done = "done";

    [Fact]
    public async Task BackupLimit_StartedByThePreviousBuild_GrantsItsWaitersAfterTheUpgrade()
    {
        var options = HubOptions(nights, "upgrade");
        string[] holders = ["holder:a", "holder:b", "holder:c"];

        // The previous build: one slot, a holds it, b and c wait, so the limit waits for a message beside a reclaim timer.
        await using (var before = Engine(options, new FunctionOrchestrator<LimitState>(PreviousBuildBackupLimit.Run)))
        {
            await before.StartAsync(NightHarness.Timeout(60));
            await before.Client.ScheduleNewOrchestrationInstanceAsync(nameof(BackupLimitOrchestration.BackupLimit),
                new LimitState(new SlotLimiter { Limit = 1 }, TimeSpan.FromHours(1)), new StartOrchestrationOptions(NightIds.Limit));
            foreach (var holder in holders)
            {
                await before.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Holder), holder, new StartOrchestrationOptions(holder));
                if (holder == holders[0])
                {
                    await WaitForStatusAsync(before.Client, holder, "granted");
                }
            }

            await WaitForStatusAsync(before.Client, holders[1], "waiting");
            await WaitForStatusAsync(before.Client, holders[2], "waiting");
            await Task.Delay(TimeSpan.FromSeconds(1)); // the limit takes in b's and c's requests (both queue behind a)
            Assert.Equal("waiting", (await before.Client.GetInstanceAsync(holders[1], getInputsAndOutputs: true))!.ReadCustomStatusAs<string>());
            await before.StopAsync(TimeSpan.FromSeconds(2));
        }

        // This build, on the same hub: each release replays the old generation's history before it is handled.
        await using var after = Engine(options, new FunctionOrchestrator<LimitState>(c => new BackupLimitOrchestration().BackupLimit(c)));
        await after.StartAsync(NightHarness.Timeout(60));
        foreach (var (holder, next) in holders.Zip(holders.Skip(1).Append(null)))
        {
            await after.Client.RaiseEventAsync(holder, Done, "release");
            await after.Client.WaitForInstanceCompletionAsync(holder, NightHarness.Timeout(60));
            if (next is not null)
            {
                await WaitForStatusAsync(after.Client, next, "granted");
            }
        }

        var limit = await after.Client.GetInstanceAsync(NightIds.Limit);
        Assert.Equal(OrchestrationRuntimeStatus.Running, limit!.RuntimeStatus);
        await after.StopAsync(TimeSpan.FromSeconds(2));
    }

    /// <summary>An engine's options on a hub of its own (one partition, quick polling), for the lock tests.</summary>
    internal static DurableEngineOptions HubOptions(NightsFixture nights, string prefix) => new()
    {
        StorageConnectionString = nights.Azurite.ConnectionString,
        HubName = prefix + Guid.NewGuid().ToString("N")[..10],
        PartitionCount = 1,
        MaxQueuePollingInterval = TimeSpan.FromMilliseconds(200),
    };

    private static DurableEngine Engine(DurableEngineOptions options, ITaskOrchestrator limit)
    {
        var engine = new DurableEngine(options, NullLoggerFactory.Instance);
        engine.AddOrchestrator(nameof(BackupLimitOrchestration.BackupLimit), limit);
        engine.AddOrchestrator(nameof(Holder), new FunctionOrchestrator<string>(Holder));
        return engine;
    }

    /// <summary>A backup's use of the limit, cut down: acquire, show "granted", hold until told, release.</summary>
    internal static async Task Holder(TaskOrchestrationContext context)
    {
        var token = context.NewGuid().ToString("N");
        context.SetCustomStatus("waiting");
        context.SendEvent(NightIds.Limit, NightEvents.Limit, new LimitMessage(new SlotRequest(context.InstanceId, token, 1), null, null));
        while ((await context.WaitForExternalEvent<SlotGrant>(NightEvents.SlotGranted)).Token != token)
        {
        }

        context.SetCustomStatus("granted");
        await context.WaitForExternalEvent<string>(Done);
        context.SendEvent(NightIds.Limit, NightEvents.Limit, new LimitMessage(null, context.InstanceId, token));
    }

    internal static async Task WaitForStatusAsync(DurableTaskClient client, string instance, string status)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while ((await client.GetInstanceAsync(instance, getInputsAndOutputs: true, timeout.Token))?.ReadCustomStatusAs<string>() != status)
        {
            await Task.Delay(100, timeout.Token);
        }
    }

    /// <summary>
    /// BackupLimitOrchestration's loop as the previous build (05c217f) shipped it, before the loop was shared with
    /// the target locks. Frozen here on purpose: it is what running hubs have in their histories.
    /// </summary>
    private static class PreviousBuildBackupLimit
    {
        public static async Task Run(TaskOrchestrationContext context)
        {
            var state = context.GetInput<LimitState>() ?? new LimitState(new SlotLimiter(), TimeSpan.FromMinutes(1));
            var limiter = state.Limiter;
            Task<LimitMessage>? pending = null;
            for (var handled = 0; handled < 100;)
            {
                pending ??= context.WaitForExternalEvent<LimitMessage>(NightEvents.Limit);
                if (limiter.Waiting.Count > 0 && limiter.Holders.Count >= limiter.Limit)
                {
                    using var wake = new CancellationTokenSource();
                    var reclaim = context.CreateTimer(context.CurrentUtcDateTime + state.ReclaimInterval, wake.Token);
                    if (await Task.WhenAny(pending, reclaim) == reclaim)
                    {
#pragma warning disable DURABLE2003 // the activity is the app's, defined in another assembly
                        var ended = await context.CallActivityAsync<List<string>>(nameof(NightActivities.FindEndedHolders),
#pragma warning restore DURABLE2003
                            limiter.Holders.Select(h => h.Holder).Concat(limiter.Waiting.Select(w => w.Holder)).Distinct().ToList());
                        Grant(context, limiter.Reclaim(ended, Now(context)));
                        continue;
                    }

                    wake.Cancel();
                }

                var message = await pending;
                pending = null;
                handled++;
                if (message.Request is { } request)
                {
                    Grant(context, limiter.Acquire(request, Now(context)));
                }
                else if (message.Holder is { } holder && message.Token is { } token)
                {
                    Grant(context, limiter.Release(holder, token, Now(context)));
                }
            }

            context.ContinueAsNew(state);
        }

        private static void Grant(TaskOrchestrationContext context, IEnumerable<SlotRequest> granted)
        {
            foreach (var request in granted)
            {
                context.SendEvent(request.Holder, NightEvents.SlotGranted, new SlotGrant(request.Token));
            }
        }

        private static DateTimeOffset Now(TaskOrchestrationContext context) => new(context.CurrentUtcDateTime, TimeSpan.Zero);
    }
}
