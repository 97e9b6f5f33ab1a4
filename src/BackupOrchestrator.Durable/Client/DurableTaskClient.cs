using BackupOrchestrator.Durable.Backend;
using BackupOrchestrator.Durable.History;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackupOrchestrator.Durable.Client;

/// <summary>
/// Starts, inspects and steers orchestration instances of a task hub (cf. Microsoft.DurableTask's
/// DurableTaskClient). Every operation on a running instance is a message to it, so it takes
/// effect at the instance's next episode, in order with its other messages.
/// </summary>
public sealed class DurableTaskClient(IOrchestrationServiceClient store, TimeProvider? time = null, ILoggerFactory? loggerFactory = null)
{
    private static readonly OrchestrationRuntimeStatus[] Finished =
        [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated, OrchestrationRuntimeStatus.Canceled];

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly ILogger _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("BackupOrchestrator.Durable.Client");

    /// <summary>Starts <paramref name="orchestratorName"/>; returns the instance id (the existing one when <see cref="StartOrchestrationOptions.IfExists"/> says so).</summary>
    public async Task<string> ScheduleNewOrchestrationInstanceAsync(string orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(orchestratorName);
        options ??= new StartOrchestrationOptions();
        string instanceId = options.InstanceId ?? Guid.NewGuid().ToString("N");
        ValidateInstanceId(instanceId);
        DateTime now = _time.GetUtcNow().UtcDateTime;
        string executionId = Guid.NewGuid().ToString("N");
        string? inputJson = DataConverter.Serialize(input);
        var pending = new OrchestrationMetadata
        {
            InstanceId = instanceId,
            Name = orchestratorName,
            Version = options.Version,
            ExecutionId = executionId,
            RuntimeStatus = OrchestrationRuntimeStatus.Pending,
            CreatedAt = now,
            LastUpdatedAt = now,
            SerializedInput = inputJson,
        };
        var start = new TaskMessage
        {
            InstanceId = instanceId,
            ExecutionId = executionId,
            Event = new ExecutionStartedEvent { Name = orchestratorName, Version = options.Version, Input = inputJson, ExecutionId = executionId, Timestamp = now },
        };
        IReadOnlyCollection<OrchestrationRuntimeStatus> reusable = options.IfExists is InstanceIdReuse.RefuseIfRunning or InstanceIdReuse.ReturnExistingIfRunning
            ? [.. Finished, OrchestrationRuntimeStatus.ContinuedAsNew]
            : [];
        var existing = await store.CreateInstanceAsync(pending, start, reusable, cancellationToken);
        if (existing is not null)
        {
            if (options.IfExists is InstanceIdReuse.RefuseIfRunning or InstanceIdReuse.RefuseAlways)
            {
                throw new OrchestrationAlreadyExistsException(instanceId, existing.RuntimeStatus);
            }

            return instanceId;
        }

        Logs.InstanceScheduled(_logger, orchestratorName, instanceId);
        return instanceId;
    }

    public Task<OrchestrationMetadata?> GetInstanceAsync(string instanceId, bool getInputsAndOutputs = false, bool getHistory = false, CancellationToken cancellationToken = default) =>
        store.GetInstanceAsync(instanceId, getInputsAndOutputs, getHistory, cancellationToken);

    public Task<InstancePage> QueryInstancesAsync(InstanceQuery query, CancellationToken cancellationToken = default) =>
        store.QueryInstancesAsync(query, cancellationToken);

    /// <summary>All instances matching <paramref name="query"/>, page by page.</summary>
    public async IAsyncEnumerable<OrchestrationMetadata> GetAllInstancesAsync(InstanceQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? token = null;
        do
        {
            var page = await store.QueryInstancesAsync(query with { ContinuationToken = token }, cancellationToken);
            foreach (var instance in page.Instances)
            {
                yield return instance;
            }

            token = page.ContinuationToken;
        }
        while (token is not null);
    }

    public Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        string id = Guid.NewGuid().ToString("N");
        return SendAsync(instanceId, "RaiseEvent", new EventRaisedEvent { Name = eventName, Input = DataConverter.Serialize(eventPayload), MessageId = id }, id, cancellationToken);
    }

    public Task TerminateInstanceAsync(string instanceId, object? output = null, CancellationToken cancellationToken = default)
    {
        string id = Guid.NewGuid().ToString("N");
        return SendAsync(instanceId, "Terminate", new ExecutionTerminatedEvent { Reason = DataConverter.Serialize(output), MessageId = id }, id, cancellationToken);
    }

    public Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default)
    {
        string id = Guid.NewGuid().ToString("N");
        return SendAsync(instanceId, "Suspend", new ExecutionSuspendedEvent { Reason = reason, MessageId = id }, id, cancellationToken);
    }

    public Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default)
    {
        string id = Guid.NewGuid().ToString("N");
        return SendAsync(instanceId, "Resume", new ExecutionResumedEvent { Reason = reason, MessageId = id }, id, cancellationToken);
    }

    /// <summary>Reruns a Failed instance from its last failure: the failed activities and sub-orchestrations run again, the rest replays.</summary>
    public async Task RewindInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default)
    {
        var instance = await store.GetInstanceAsync(instanceId, false, false, cancellationToken)
            ?? throw new InvalidOperationException($"Cannot rewind '{instanceId}': no such instance.");
        if (instance.RuntimeStatus != OrchestrationRuntimeStatus.Failed)
        {
            throw new InvalidOperationException($"Cannot rewind '{instanceId}': it is {instance.RuntimeStatus}; only Failed instances can be rewound.");
        }

        string id = Guid.NewGuid().ToString("N");
        await SendAsync(instanceId, "Rewind", new ExecutionRewoundEvent { Reason = reason, MessageId = id }, id, cancellationToken);
    }

    /// <summary>Starts a finished instance again from the beginning with its original input (a new execution under the same id).</summary>
    public async Task<string> RestartInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var instance = await store.GetInstanceAsync(instanceId, true, false, cancellationToken)
            ?? throw new InvalidOperationException($"Cannot restart '{instanceId}': no such instance.");
        return await ScheduleNewOrchestrationInstanceAsync(instance.Name, RawJson.From(instance.SerializedInput),
            new StartOrchestrationOptions { InstanceId = instanceId, IfExists = InstanceIdReuse.RefuseIfRunning, Version = instance.Version }, cancellationToken);
    }

    /// <summary>Waits, polling, until the instance has finished (or <paramref name="cancellationToken"/> fires).</summary>
    public async Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = true, CancellationToken cancellationToken = default)
    {
        var delay = TimeSpan.FromMilliseconds(50);
        while (true)
        {
            var instance = await store.GetInstanceAsync(instanceId, getInputsAndOutputs, false, cancellationToken);
            if (instance is { IsCompleted: true } && instance.RuntimeStatus != OrchestrationRuntimeStatus.ContinuedAsNew)
            {
                return instance;
            }

            await Task.Delay(delay, cancellationToken);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 1.5, 500));
        }
    }

    /// <summary>Waits until the instance has started (left Pending).</summary>
    public async Task<OrchestrationMetadata> WaitForInstanceStartAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var instance = await store.GetInstanceAsync(instanceId, false, false, cancellationToken);
            if (instance is not null && instance.RuntimeStatus != OrchestrationRuntimeStatus.Pending)
            {
                return instance;
            }

            await Task.Delay(50, cancellationToken);
        }
    }

    public Task<bool> PurgeInstanceAsync(string instanceId, CancellationToken cancellationToken = default) =>
        store.PurgeInstanceAsync(instanceId, cancellationToken);

    /// <summary>Purges every finished instance that matches <paramref name="filter"/>; running ones are never purged. Returns how many.</summary>
    public async Task<int> PurgeAllInstancesAsync(InstanceQuery filter, CancellationToken cancellationToken = default)
    {
        var statuses = filter.Statuses is { Count: > 0 } s ? s.Intersect(Finished).ToArray() : Finished;
        var matches = new List<string>();
        await foreach (var instance in GetAllInstancesAsync(filter with { Statuses = statuses, FetchInputsAndOutputs = false }, cancellationToken))
        {
            matches.Add(instance.InstanceId);
        }

        int purged = 0;
        foreach (string id in matches)
        {
            if (await store.PurgeInstanceAsync(id, cancellationToken))
            {
                purged++;
            }
        }

        return purged;
    }

    private async Task SendAsync(string instanceId, string operation, HistoryEvent e, string messageId, CancellationToken cancellationToken)
    {
        ValidateInstanceId(instanceId);
        await store.SendOrchestratorMessageAsync(new TaskMessage { InstanceId = instanceId, Event = e with { Timestamp = _time.GetUtcNow().UtcDateTime }, Id = messageId }, cancellationToken);
        Logs.ControlSent(_logger, operation, instanceId);
    }

    private static void ValidateInstanceId(string instanceId)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        if (instanceId.Length > 256 || instanceId.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c)))
        {
            throw new ArgumentException($"Instance id '{instanceId}' is not usable as a table key: keep it under 257 characters without / \\ # ? or control characters.", nameof(instanceId));
        }
    }
}
