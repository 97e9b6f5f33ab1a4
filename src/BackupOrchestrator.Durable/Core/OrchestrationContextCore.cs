using BackupOrchestrator.Durable.Command;
using BackupOrchestrator.Durable.History;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Durable.Core;

/// <summary>
/// The context orchestrator code runs against during one episode. It hands out sequence ids
/// to actions, keeps the tasks the code awaits, and is driven by <see cref="TaskOrchestrationExecutor"/>.
/// </summary>
internal sealed class OrchestrationContextCore(string instanceId, string name, TimeSpan maxTimerInterval, ILoggerFactory loggerFactory) : TaskOrchestrationContext
{
    private readonly SortedDictionary<int, OrchestratorAction> _pending = [];
    private readonly Dictionary<int, OpenTask> _open = [];
    private readonly Dictionary<string, LinkedList<EventWaiter>> _waiters = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Queue<EventRaisedEvent>> _buffered = new(StringComparer.OrdinalIgnoreCase);
    private int _sequence;
    private int _guidCounter;

    public override string Name => name;
    public override string InstanceId => instanceId;
    public override DateTime CurrentUtcDateTime => CurrentTime;
    public override bool IsReplaying => Replaying;
    public override string? Version => OrchestrationVersion;

    public DateTime CurrentTime { get; set; }
    public bool Replaying { get; set; }
    public string? Input { get; set; }
    public string? OrchestrationVersion { get; set; }
    public string? CustomStatus { get; private set; }
    public bool ContinuedAsNew { get; private set; }
    public string? ContinueAsNewInput { get; private set; }
    public bool PreserveUnprocessedEvents { get; private set; }
    public int NextSequenceId => _sequence;

    public IEnumerable<OrchestratorAction> PendingActions => _pending.Values;

    public override T? GetInput<T>() where T : default => DataConverter.Deserialize<T>(Input);

    public override Task<T> CallActivityAsync<T>(string name, object? input = null, TaskOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        string? inputJson = DataConverter.Serialize(input);
        string? slot = options?.ConcurrencySlot;
        return options?.Retry is { } retry
            ? RetryAsync(() => ScheduleActivity<T>(name, inputJson, slot), retry)
            : ScheduleActivity<T>(name, inputJson, slot);
    }

    public override Task<T> CallSubOrchestratorAsync<T>(string orchestratorName, object? input = null, TaskOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(orchestratorName);
        string? inputJson = DataConverter.Serialize(input);
        string? childId = (options as SubOrchestrationOptions)?.InstanceId;
        return options?.Retry is { } retry
            ? RetryAsync(() => ScheduleSubOrchestration<T>(orchestratorName, childId, inputJson), retry)
            : ScheduleSubOrchestration<T>(orchestratorName, childId, inputJson);
    }

    public override Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken)
    {
        fireAt = DateTime.SpecifyKind(fireAt, DateTimeKind.Utc);
        return fireAt - CurrentTime > maxTimerInterval
            ? CreateLongTimer(fireAt, cancellationToken)
            : CreateTimerCore(fireAt, cancellationToken);
    }

    public override Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        if (_buffered.TryGetValue(eventName, out var queue) && queue.TryDequeue(out var early))
        {
            var done = new OpenTask<T>($"event '{eventName}'");
            done.Complete(early.Input);
            return done.Task;
        }

        var waiter = new EventWaiter<T>($"event '{eventName}'");
        if (!_waiters.TryGetValue(eventName, out var list))
        {
            _waiters[eventName] = list = new LinkedList<EventWaiter>();
        }

        var node = list.AddLast(waiter);
        if (cancellationToken.CanBeCanceled)
        {
            cancellationToken.Register(() =>
            {
                if (node.List is not null)
                {
                    list.Remove(node);
                    waiter.Cancel();
                }
            });
        }

        return waiter.Task;
    }

    public override async Task<T> WaitForExternalEvent<T>(string eventName, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task<T> received = WaitForExternalEvent<T>(eventName, cts.Token);
        if (received.IsCompleted)
        {
            return await received;
        }

        Task timer = CreateTimer(CurrentTime + timeout, cts.Token);
        Task winner = await Task.WhenAny(received, timer);
        // Synchronous Cancel: callbacks must run on the orchestration's thread, not the thread pool.
#pragma warning disable CA1849
        cts.Cancel();
#pragma warning restore CA1849
        if (winner == received)
        {
            return await received;
        }

        cancellationToken.ThrowIfCancellationRequested();
        throw new TimeoutException($"Orchestration '{Name}' ({InstanceId}) waited {timeout} for external event '{eventName}' and none arrived.");
    }

    public override void SendEvent(string instanceId, string eventName, object? payload)
    {
        int id = _sequence++;
        _pending[id] = new SendEventOrchestratorAction(id, instanceId, eventName, DataConverter.Serialize(payload));
    }

    public override void SetCustomStatus(object? customStatus) => CustomStatus = DataConverter.Serialize(customStatus);

    public override void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true)
    {
        ContinuedAsNew = true;
        ContinueAsNewInput = DataConverter.Serialize(newInput);
        PreserveUnprocessedEvents = preserveUnprocessedEvents;
    }

    public override Guid NewGuid() =>
        DeterministicGuid.Create($"{InstanceId}_{CurrentTime:O}_{_guidCounter++}");

    public override ILogger CreateReplaySafeLogger(string categoryName) =>
        new ReplaySafeLogger(loggerFactory.CreateLogger(categoryName), () => Replaying);

    // ---- called by the executor ----

    public bool TryTakePendingAction(int id, out OrchestratorAction action) => _pending.Remove(id, out action!);

    public bool TryTakeOpenTask(int id, out OpenTask task) => _open.Remove(id, out task!);

    public void DeliverEvent(EventRaisedEvent raised)
    {
        if (_waiters.TryGetValue(raised.Name, out var list) && list.First is { } first)
        {
            list.RemoveFirst();
            first.Value.Complete(raised.Input);
            return;
        }

        if (!_buffered.TryGetValue(raised.Name, out var queue))
        {
            _buffered[raised.Name] = queue = new Queue<EventRaisedEvent>();
        }

        queue.Enqueue(raised);
    }

    /// <summary>Events received but never awaited, carried into the next execution on continue-as-new.</summary>
    public IReadOnlyList<EventRaisedEvent> UnprocessedEvents() => [.. _buffered.Values.SelectMany(q => q)];

    private Task<T> ScheduleActivity<T>(string activityName, string? input, string? slot)
    {
        int id = _sequence++;
        _pending[id] = new ScheduleTaskOrchestratorAction(id, activityName, input, slot);
        var task = new OpenTask<T>($"activity '{activityName}'");
        _open[id] = task;
        return task.Task;
    }

    private Task<T> ScheduleSubOrchestration<T>(string orchestratorName, string? childId, string? input)
    {
        int id = _sequence++;
        childId ??= $"{InstanceId}:{id:X4}";
        _pending[id] = new CreateSubOrchestrationOrchestratorAction(id, orchestratorName, childId, input);
        var task = new OpenTask<T>($"sub-orchestration '{orchestratorName}' ({childId})");
        _open[id] = task;
        return task.Task;
    }

    private Task CreateTimerCore(DateTime fireAt, CancellationToken cancellationToken)
    {
        int id = _sequence++;
        _pending[id] = new CreateTimerOrchestratorAction(id, fireAt);
        var task = new OpenTask<object?>($"timer {fireAt:O}");
        _open[id] = task;
        if (cancellationToken.CanBeCanceled)
        {
            cancellationToken.Register(task.Cancel);
        }

        return task.Task;
    }

    private async Task CreateLongTimer(DateTime fireAt, CancellationToken cancellationToken)
    {
        while (fireAt - CurrentTime > maxTimerInterval)
        {
            await CreateTimerCore(CurrentTime + maxTimerInterval, cancellationToken);
        }

        await CreateTimerCore(fireAt, cancellationToken);
    }

    private async Task<T> RetryAsync<T>(Func<Task<T>> call, RetryPolicy policy)
    {
        DateTime firstAttempt = CurrentTime;
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (TaskFailedException ex) when (attempt < policy.MaxNumberOfAttempts && (policy.Handle?.Invoke(ex) ?? true))
            {
                TimeSpan delay = policy.DelayBefore(attempt + 1);
                if (policy.RetryTimeout != Timeout.InfiniteTimeSpan && CurrentTime + delay - firstAttempt > policy.RetryTimeout)
                {
                    throw;
                }

                await CreateTimer(CurrentTime + delay, CancellationToken.None);
            }
        }
    }

    private abstract class EventWaiter(string description) : OpenTask(description);

    private sealed class EventWaiter<T>(string description) : EventWaiter(description)
    {
        private readonly OpenTask<T> _inner = new(description);

        public Task<T> Task => _inner.Task;

        public override void Complete(string? result) => _inner.Complete(result);

        public override void Fail(Exception exception) => _inner.Fail(exception);

        public void Cancel() => _inner.Cancel();
    }
}
