using BackupOrchestrator.Durable.Backend;
using BackupOrchestrator.Durable.Client;
using BackupOrchestrator.Durable.InMemory;
using BackupOrchestrator.Durable.Tests.Support;
using BackupOrchestrator.Durable.Worker;
using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Durable.Tests.Worker;

/// <summary>Orchestration messages whose episodes can never commit stop looping after the poison limit.</summary>
public sealed class PoisonOrchestrationMessageTests : IAsyncLifetime
{
    private const int Limit = 3;
    private readonly ManualTimeProvider _clock = new();
    private readonly EpisodeTracker _tracker = new();
    private InMemoryOrchestrationService _hub = null!;
    private RejectingHub _rejecting = null!;
    private DurableTaskWorker _worker = null!;
    private DurableTaskClient _client = null!;

    public async Task InitializeAsync()
    {
        _hub = new InMemoryOrchestrationService(_clock);
        _rejecting = new RejectingHub(_hub);
        _worker = new DurableTaskWorker(_rejecting, new DurableTaskWorkerOptions { MaxOrchestrationDequeueCount = Limit, LockWait = TimeSpan.FromMilliseconds(100) }, _clock, _tracker.FactoryFor("host"));
        TestFunctions.Register(_worker.Registry);
        await _worker.StartAsync();
        _client = new DurableTaskClient(_hub, _clock);
    }

    public async Task DisposeAsync() => await _worker.DisposeAsync();

    [Fact]
    public async Task EpisodeNeverCommits_InstanceFailsAsPoisonedAfterTheLimit()
    {
        _rejecting.Rejected.Add("poisoned");
        string id = await _client.ScheduleNewOrchestrationInstanceAsync("Chain", "x", new StartOrchestrationOptions { InstanceId = "poisoned" });

        var done = await CompleteAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, done.RuntimeStatus);
        Assert.Equal("PoisonMessage", done.FailureDetails?.ErrorType);
        Assert.Contains("handed out 4 times", done.FailureDetails?.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(Limit, _rejecting.RejectedCommits);
        Assert.Contains(_tracker.Events, e => e.EventId == 1019);
    }

    [Fact]
    public async Task ChildPoisoned_ParentSeesTheFailure()
    {
        // The child's id derives from the parent's; reject whichever child this parent starts.
        _rejecting.RejectChildrenOf = "parent-of-poisoned";
        string id = await _client.ScheduleNewOrchestrationInstanceAsync("ParentOfFailing", "never", new StartOrchestrationOptions { InstanceId = "parent-of-poisoned" });

        var done = await CompleteAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.StartsWith("child failed", done.ReadOutputAs<string>(), StringComparison.Ordinal);
        var child = Assert.Single((await _client.QueryInstancesAsync(new InstanceQuery { InstanceIdPrefix = id + ":" })).Instances);
        Assert.Equal(OrchestrationRuntimeStatus.Failed, child.RuntimeStatus);
        Assert.Equal("PoisonMessage", child.FailureDetails?.ErrorType);
        Assert.Contains(_tracker.Events, e => e.EventId == 1019);
    }

    [Fact]
    public async Task EventForAnInstanceThatNeverStarts_IsDroppedAfterTheLimit()
    {
        await _client.RaiseEventAsync("never-started", "Approval", "too early");

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!_tracker.Events.Any(e => e.EventId == 1026))
        {
            _clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(20, cts.Token);
        }

        Assert.Contains(_tracker.Events, e => e.EventId == 1026 && e.Message.Contains("never-started", StringComparison.Ordinal));
    }

    private async Task<OrchestrationMetadata> CompleteAsync(string id)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            if (await _client.GetInstanceAsync(id, getInputsAndOutputs: true, cancellationToken: cts.Token) is { IsCompleted: true } done)
            {
                return done;
            }

            _clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(20, cts.Token);
        }
    }

    /// <summary>Storage that rejects every commit of the named instances except the one that fails them.</summary>
    private sealed class RejectingHub(InMemoryOrchestrationService inner) : DelegatingOrchestrationService(inner)
    {
        private int _rejectedCommits;

        public HashSet<string> Rejected { get; } = [];
        public string? RejectChildrenOf { get; set; }
        public int RejectedCommits => _rejectedCommits;

        public override Task CompleteOrchestrationWorkItemAsync(OrchestrationWorkItem workItem, OrchestrationCommit commit, CancellationToken cancellationToken)
        {
            bool rejected = Rejected.Contains(workItem.InstanceId) || (RejectChildrenOf is { } parent && workItem.InstanceId != parent && workItem.InstanceId.StartsWith(parent, StringComparison.Ordinal));
            if (rejected && commit.Instance?.FailureDetails?.ErrorType != "PoisonMessage")
            {
                Interlocked.Increment(ref _rejectedCommits);
                throw new InvalidOperationException("injected: storage rejects this instance's commit");
            }

            return base.CompleteOrchestrationWorkItemAsync(workItem, commit, cancellationToken);
        }
    }
}
