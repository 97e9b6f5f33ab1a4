using System.Collections.Concurrent;
using BackupOrchestrator.Durable.Backend;
using BackupOrchestrator.Durable.Client;
using BackupOrchestrator.Durable.InMemory;
using BackupOrchestrator.Durable.Tests.Support;
using BackupOrchestrator.Durable.Worker;

namespace BackupOrchestrator.Durable.Tests.Worker;

/// <summary>The dispatcher's contract with the backend's instance lock, watched through its logs.</summary>
public sealed class OrchestrationDispatcherTests
{
    [Fact]
    public async Task Release_ComesAfterTheEpisodeOutcomeIsLogged_SoEpisodesOfOneInstanceNeverOverlap()
    {
        var tracker = new EpisodeTracker();
        var hub = new InMemoryOrchestrationService();
        var watched = new ReleaseWatcher(hub, tracker);
        await using var worker = new DurableTaskWorker(watched, new DurableTaskWorkerOptions { MaxConcurrentOrchestrations = 8, LockWait = TimeSpan.FromMilliseconds(200) }, loggerFactory: tracker.FactoryFor("host"));
        TestFunctions.Register(worker.Registry);
        await worker.StartAsync();
        var client = new DurableTaskClient(hub);

        var ids = new List<string>();
        for (int i = 0; i < 8; i++)
        {
            ids.Add(await client.ScheduleNewOrchestrationInstanceAsync("FanOut", 30, new StartOrchestrationOptions { InstanceId = $"order-{i}" }));
        }

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        foreach (string id in ids)
        {
            Assert.Equal(930, (await client.WaitForInstanceCompletionAsync(id, cancellationToken: cts.Token)).ReadOutputAs<int>());
        }

        Assert.True(watched.Releases > ids.Count, "every instance ran several episodes");
        Assert.Empty(watched.ReleasedWhileRunning);
        Assert.Equal(0, tracker.Overlaps);
    }

    [Fact]
    public async Task AbandonFails_EpisodeEndsOnceInTheLog_AndTheInstanceIsReleased()
    {
        var tracker = new EpisodeTracker();
        var hub = new InMemoryOrchestrationService();
        var watched = new ReleaseWatcher(hub, tracker) { FailCommits = 1 };
        await using var worker = new DurableTaskWorker(watched, new DurableTaskWorkerOptions { LockWait = TimeSpan.FromMilliseconds(200) }, loggerFactory: tracker.FactoryFor("host"));
        TestFunctions.Register(worker.Registry);
        await worker.StartAsync();
        var client = new DurableTaskClient(hub);
        string id = await client.ScheduleNewOrchestrationInstanceAsync("Chain", "x", new StartOrchestrationOptions { InstanceId = "abandon-fails" });

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var done = await client.WaitForInstanceCompletionAsync(id, cancellationToken: cts.Token);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(1, watched.AbandonFailures);
        Assert.Empty(watched.ReleasedWhileRunning);
        Assert.False(tracker.IsRunning(id));
        Assert.Equal(0, tracker.Overlaps);
    }

    /// <summary>Passes calls through and records every release that comes before the episode's end was logged.</summary>
    private sealed class ReleaseWatcher(InMemoryOrchestrationService inner, EpisodeTracker tracker) : DelegatingOrchestrationService(inner)
    {
        private int _failCommits;
        private int _releases;
        private int _abandonFailures;

        public int FailCommits { get => _failCommits; init => _failCommits = value; }
        public int Releases => _releases;
        public int AbandonFailures => _abandonFailures;
        public ConcurrentBag<string> ReleasedWhileRunning { get; } = [];

        public override Task CompleteOrchestrationWorkItemAsync(OrchestrationWorkItem workItem, OrchestrationCommit commit, CancellationToken cancellationToken) =>
            Interlocked.Decrement(ref _failCommits) >= 0
                ? throw new InvalidOperationException("injected commit failure")
                : base.CompleteOrchestrationWorkItemAsync(workItem, commit, cancellationToken);

        public override async Task AbandonOrchestrationWorkItemAsync(OrchestrationWorkItem workItem, CancellationToken cancellationToken)
        {
            await base.AbandonOrchestrationWorkItemAsync(workItem, cancellationToken);
            if (Interlocked.Increment(ref _abandonFailures) == 1)
            {
                throw new InvalidOperationException("injected abandon failure (after the messages were given back)");
            }
        }

        public override Task ReleaseOrchestrationWorkItemAsync(OrchestrationWorkItem workItem, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _releases);
            if (tracker.IsRunning(workItem.InstanceId))
            {
                ReleasedWhileRunning.Add(workItem.InstanceId);
            }

            return base.ReleaseOrchestrationWorkItemAsync(workItem, cancellationToken);
        }
    }
}
