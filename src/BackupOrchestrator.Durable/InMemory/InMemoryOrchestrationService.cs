using BackupOrchestrator.Durable.Backend;
using BackupOrchestrator.Durable.History;

namespace BackupOrchestrator.Durable.InMemory;

/// <summary>
/// A task hub held in memory, for fast tests of the runtime and for trying things out. Same
/// contracts as the Azure Storage hub (message visibility, one episode per instance at a time,
/// version-checked history), on an injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class InMemoryOrchestrationService(TimeProvider? time = null) : IOrchestrationService, IOrchestrationServiceClient, IConcurrencySlots
{
    private static readonly TimeSpan AbandonDelay = TimeSpan.FromSeconds(1);
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, StoredInstance> _instances = new(StringComparer.Ordinal);
    private readonly List<QueuedMessage> _control = [];
    private readonly List<QueuedMessage> _workItems = [];
    private readonly HashSet<string> _locked = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SemaphoreSlim> _slots = new(StringComparer.OrdinalIgnoreCase);
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IConcurrencySlots Slots => this;

    public Task CreateIfNotExistsAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<OrchestrationWorkItem?> LockNextOrchestrationWorkItemAsync(TimeSpan maxWait, CancellationToken cancellationToken) =>
        WaitForAsync(TryLockOrchestration, () => NextVisible(_control), maxWait, cancellationToken);

    public Task CompleteOrchestrationWorkItemAsync(OrchestrationWorkItem workItem, OrchestrationCommit commit, CancellationToken cancellationToken)
    {
        var (version, messages) = ((int, List<QueuedMessage>))workItem.BackendState!;
        lock (_gate)
        {
            var stored = Instance(workItem.InstanceId);
            try
            {
                if (stored.Version != version)
                {
                    throw new OrchestrationConcurrencyException(workItem.InstanceId);
                }

                // History first, then the instance row, then messages (same order as the Azure Storage hub).
                if (commit.NewExecution)
                {
                    stored.History.Clear();
                }

                stored.History.AddRange(commit.NewEvents);
                stored.Version++;
                if (commit.Instance is not null)
                {
                    stored.Row = commit.Instance;
                }

                DateTime now = Now();
                foreach (var m in commit.OrchestratorMessages)
                {
                    _control.Add(new QueuedMessage(m, m.VisibleAt ?? now));
                }

                foreach (var m in commit.ActivityMessages)
                {
                    _workItems.Add(new QueuedMessage(m, now));
                }

                foreach (var m in messages)
                {
                    if (commit.DeferredMessageIds.Contains(m.Message.Id))
                    {
                        m.Locked = false;
                        m.VisibleAt = now + AbandonDelay;
                    }
                    else
                    {
                        _control.Remove(m);
                    }
                }
            }
            finally
            {
                Signal();
            }
        }

        return Task.CompletedTask;
    }

    public Task AbandonOrchestrationWorkItemAsync(OrchestrationWorkItem workItem, CancellationToken cancellationToken)
    {
        var (_, messages) = ((int, List<QueuedMessage>))workItem.BackendState!;
        lock (_gate)
        {
            foreach (var m in messages)
            {
                m.Locked = false;
                m.VisibleAt = Now() + AbandonDelay;
            }

            Signal();
        }

        return Task.CompletedTask;
    }

    public Task ReleaseOrchestrationWorkItemAsync(OrchestrationWorkItem workItem, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _locked.Remove(workItem.InstanceId);
            Signal();
        }

        return Task.CompletedTask;
    }

    public Task<ActivityWorkItem?> LockNextActivityWorkItemAsync(TimeSpan maxWait, CancellationToken cancellationToken) =>
        WaitForAsync(TryLockActivity, () => NextVisible(_workItems), maxWait, cancellationToken);

    public Task RenewActivityWorkItemAsync(ActivityWorkItem workItem, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task CompleteActivityWorkItemAsync(ActivityWorkItem workItem, TaskMessage response, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _control.Add(new QueuedMessage(response, Now()));
            _workItems.Remove((QueuedMessage)workItem.BackendState!);
            Signal();
        }

        return Task.CompletedTask;
    }

    public Task AbandonActivityWorkItemAsync(ActivityWorkItem workItem, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var m = (QueuedMessage)workItem.BackendState!;
            m.Locked = false;
            m.VisibleAt = Now() + AbandonDelay;
            Signal();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Makes every locked activity message visible again, as if its worker had crashed.</summary>
    public void SimulateActivityWorkerCrash()
    {
        lock (_gate)
        {
            foreach (var m in _workItems)
            {
                m.Locked = false;
            }

            Signal();
        }
    }

    public Task<OrchestrationMetadata?> CreateInstanceAsync(OrchestrationMetadata pending, TaskMessage startMessage, IReadOnlyCollection<OrchestrationRuntimeStatus> reuseIfStatusIn, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var stored = Instance(pending.InstanceId);
            if (stored.Row is { } existing && !reuseIfStatusIn.Contains(existing.RuntimeStatus))
            {
                return Task.FromResult<OrchestrationMetadata?>(existing);
            }

            stored.Row = pending;
            _control.Add(new QueuedMessage(startMessage, Now()));
            Signal();
        }

        return Task.FromResult<OrchestrationMetadata?>(null);
    }

    public Task SendOrchestratorMessageAsync(TaskMessage message, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _control.Add(new QueuedMessage(message, message.VisibleAt ?? Now()));
            Signal();
        }

        return Task.CompletedTask;
    }

    public Task<OrchestrationMetadata?> GetInstanceAsync(string instanceId, bool includeInputsAndOutputs, bool includeHistory, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_instances.TryGetValue(instanceId, out var stored) || stored.Row is null)
            {
                return Task.FromResult<OrchestrationMetadata?>(null);
            }

            var row = includeInputsAndOutputs ? stored.Row : stored.Row with { SerializedInput = null, SerializedOutput = null };
            return Task.FromResult<OrchestrationMetadata?>(includeHistory ? row with { History = [.. stored.History] } : row);
        }
    }

    public Task<InstancePage> QueryInstancesAsync(InstanceQuery query, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var all = _instances.Values.Where(i => i.Row is not null).Select(i => i.Row!)
                .Where(query.Matches).OrderBy(i => i.InstanceId, StringComparer.Ordinal).ToList();
            int skip = query.ContinuationToken is null ? 0 : int.Parse(query.ContinuationToken, System.Globalization.CultureInfo.InvariantCulture);
            var page = all.Skip(skip).Take(query.PageSize)
                .Select(i => query.FetchInputsAndOutputs ? i : i with { SerializedInput = null, SerializedOutput = null }).ToList();
            string? next = skip + page.Count < all.Count ? (skip + page.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            return Task.FromResult(new InstancePage(page, next));
        }
    }

    public Task<bool> PurgeInstanceAsync(string instanceId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_instances.Remove(instanceId));
        }
    }

    public async Task<IAsyncDisposable> AcquireAsync(string name, int limit, CancellationToken cancellationToken)
    {
        SemaphoreSlim semaphore;
        lock (_gate)
        {
            if (!_slots.TryGetValue(name, out semaphore!))
            {
                _slots[name] = semaphore = new SemaphoreSlim(limit, limit);
            }
        }

        await semaphore.WaitAsync(cancellationToken);
        return new SlotHandle(semaphore);
    }

    private OrchestrationWorkItem? TryLockOrchestration()
    {
        DateTime now = Now();
        var first = _control.FirstOrDefault(m => !m.Locked && m.VisibleAt <= now && !_locked.Contains(m.Message.InstanceId));
        if (first is null)
        {
            return null;
        }

        string id = first.Message.InstanceId;
        var batch = _control.Where(m => !m.Locked && m.VisibleAt <= now && m.Message.InstanceId == id).ToList();
        foreach (var m in batch)
        {
            m.Locked = true;
            m.DequeueCount++;
        }

        _locked.Add(id);
        var stored = Instance(id);
        return new OrchestrationWorkItem
        {
            InstanceId = id,
            History = [.. stored.History],
            Messages = [.. batch.Select(m => m.Message with { DequeueCount = m.DequeueCount })],
            Instance = stored.Row,
            BackendState = (stored.Version, batch),
        };
    }

    private ActivityWorkItem? TryLockActivity()
    {
        DateTime now = Now();
        var m = _workItems.FirstOrDefault(m => !m.Locked && m.VisibleAt <= now);
        if (m is null)
        {
            return null;
        }

        m.Locked = true;
        m.DequeueCount++;
        return new ActivityWorkItem { Message = m.Message with { DequeueCount = m.DequeueCount }, BackendState = m };
    }

    private async Task<T?> WaitForAsync<T>(Func<T?> tryTake, Func<DateTime?> nextVisible, TimeSpan maxWait, CancellationToken cancellationToken) where T : class
    {
        using var give = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        give.CancelAfter(maxWait);
        var gaveUp = Task.Delay(Timeout.Infinite, give.Token);
        while (true)
        {
            Task changed;
            DateTime? next;
            lock (_gate)
            {
                if (tryTake() is { } taken)
                {
                    return taken;
                }

                changed = _changed.Task;
                next = nextVisible();
            }

            using var wake = new CancellationTokenSource();
            var waits = new List<Task> { changed, gaveUp };
            if (next is { } at)
            {
                waits.Add(Task.Delay(Max(at - Now(), TimeSpan.FromMilliseconds(1)), _time, wake.Token));
            }

            await Task.WhenAny(waits);
            await wake.CancelAsync();
            if (gaveUp.IsCompleted)
            {
                cancellationToken.ThrowIfCancellationRequested();
                return null;
            }
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private DateTime? NextVisible(List<QueuedMessage> queue)
    {
        DateTime? next = null;
        foreach (var m in queue)
        {
            if (!m.Locked && (next is null || m.VisibleAt < next))
            {
                next = m.VisibleAt;
            }
        }

        return next;
    }

    private StoredInstance Instance(string id)
    {
        if (!_instances.TryGetValue(id, out var stored))
        {
            _instances[id] = stored = new StoredInstance();
        }

        return stored;
    }

    private void Signal()
    {
        var previous = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        previous.TrySetResult();
    }

    private DateTime Now() => _time.GetUtcNow().UtcDateTime;

    private sealed class StoredInstance
    {
        public List<HistoryEvent> History { get; } = [];
        public OrchestrationMetadata? Row { get; set; }
        public int Version { get; set; }
    }

    private sealed class QueuedMessage(TaskMessage message, DateTime visibleAt)
    {
        public TaskMessage Message { get; } = message;
        public DateTime VisibleAt { get; set; } = visibleAt;
        public bool Locked { get; set; }
        public int DequeueCount { get; set; }
    }

    private sealed class SlotHandle(SemaphoreSlim semaphore) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
            }

            return ValueTask.CompletedTask;
        }
    }
}
