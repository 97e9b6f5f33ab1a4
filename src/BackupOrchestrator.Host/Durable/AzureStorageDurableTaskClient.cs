using System.Globalization;
using RequestFailedException = Azure.RequestFailedException;
using DurableTask.AzureStorage;
using DurableTask.AzureStorage.Tracking;
using DurableTask.Core;
using DurableTask.Core.Exceptions;
using DurableTask.Core.History;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Client.Entities;
using Core = DurableTask.Core;
using PurgeResult = Microsoft.DurableTask.Client.PurgeResult;

namespace BackupOrchestrator.Host.Durable;

/// <summary>
/// The SDK's <see cref="DurableTaskClient"/> over DTFx's Azure Storage provider, in process (no gRPC sidecar): what
/// <c>[DurableClient] DurableTaskClient</c> is in the local host. Ours because the SDK's
/// OrchestrationServiceClientShim package is not served here.
/// <para>Idempotent start. A schedule whose instance id names a Pending, Running or Suspended instance does not
/// start a second run: with no <see cref="StartOrchestrationOptions.DedupeStatuses"/> it is a no-op that returns the
/// id (so a timer that fires twice, or two hosts, start one night); with explicit dedupe statuses the SDK's contract
/// holds: an instance in one of them throws <see cref="OrchestrationAlreadyExistsException"/>. A Completed, Failed or
/// Terminated instance is replaced by the new run unless its status is in the dedupe statuses. Two racing starts:
/// the instance row is written with its ETag, so one loses with 409/412 (treated as "already started"), and DTFx
/// drops a duplicate ExecutionStarted message for a running instance.</para>
/// </summary>
public sealed class AzureStorageDurableTaskClient : DurableTaskClient
{
    private static readonly Core.OrchestrationStatus[] ActiveStatuses =
        [Core.OrchestrationStatus.Pending, Core.OrchestrationStatus.Running, Core.OrchestrationStatus.Suspended];

    private readonly AzureStorageOrchestrationService _service;
    private readonly DataConverter _converter;
    private readonly TimeProvider _time;

    internal AzureStorageDurableTaskClient(string name, AzureStorageOrchestrationService service, DataConverter converter, TimeProvider? time = null)
        : base(name)
    {
        _service = service;
        _converter = converter;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Entities are not hosted by this engine.</summary>
    public override DurableEntityClient Entities => throw new NotSupportedException("Durable entities are not supported by the local host.");

    /// <summary>The provider itself, for what the SDK's client does not cover (history, rewind).</summary>
    internal AzureStorageOrchestrationService Service => _service;

    internal DataConverter Converter => _converter;

    public override async Task<string> ScheduleNewOrchestrationInstanceAsync(
        TaskName orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        var instanceId = options?.InstanceId ?? Guid.NewGuid().ToString("N");
        var explicitDedupe = options?.DedupeStatuses is { Count: > 0 };
        var dedupe = explicitDedupe ? options!.DedupeStatuses!.Select(ParseStatus).ToArray() : ActiveStatuses;

        var instance = new OrchestrationInstance { InstanceId = instanceId, ExecutionId = Guid.NewGuid().ToString("N") };
        var tags = options?.Tags?.ToDictionary(t => t.Key, t => t.Value) ?? [];
        tags[OrchestrationTags.RequestTime] = _time.GetUtcNow().ToString(CultureInfo.InvariantCulture);
        var message = new TaskMessage
        {
            OrchestrationInstance = instance,
            Event = new ExecutionStartedEvent(-1, _converter.Serialize(input))
            {
                Name = orchestratorName.Name,
                Version = options?.Version?.ToString() ?? string.Empty,
                OrchestrationInstance = instance,
                ScheduledStartTime = options?.StartAt?.UtcDateTime,
                Tags = tags,
            },
        };

        try
        {
            await _service.CreateTaskOrchestrationAsync(message, dedupe);
        }
        catch (OrchestrationAlreadyExistsException) when (!explicitDedupe)
        {
            // The default: starting a running instance again is a no-op.
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            // Another start of the same id wrote the instance row first.
            if (explicitDedupe)
            {
                throw new OrchestrationAlreadyExistsException($"An orchestration with instance id '{instanceId}' was started concurrently.");
            }
        }

        return instanceId;
    }

    public override async Task<OrchestrationMetadata?> GetInstancesAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        cancellation.ThrowIfCancellationRequested();
        var states = await _service.GetOrchestrationStateAsync(instanceId, allExecutions: false, fetchInput: getInputsAndOutputs);
        return states is { Count: > 0 } ? ToMetadata(states[0], getInputsAndOutputs) : null;
    }

    public override AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null) =>
        Pageable.Create<OrchestrationMetadata>(async (continuation, pageSize, cancellation) =>
        {
            var fetch = filter?.FetchInputsAndOutputs ?? false;
            var condition = new OrchestrationInstanceStatusQueryCondition
            {
                RuntimeStatus = filter?.Statuses?.Select(s => s.ToCore()).ToList(),
                CreatedTimeFrom = filter?.CreatedFrom?.UtcDateTime ?? default,
                CreatedTimeTo = filter?.CreatedTo?.UtcDateTime ?? default,
                InstanceIdPrefix = filter?.InstanceIdPrefix,
                TaskHubNames = filter?.TaskHubNames,
                FetchInput = fetch,
                FetchOutput = fetch,
            };
            var top = pageSize ?? filter?.PageSize ?? OrchestrationQuery.DefaultPageSize;
            var result = await _service.GetOrchestrationStateAsync(condition, top, continuation ?? filter?.ContinuationToken, cancellation);
            var items = result.OrchestrationState.Select(s => ToMetadata(s, fetch)).ToList();
            return new Page<OrchestrationMetadata>(items, string.IsNullOrEmpty(result.ContinuationToken) ? null : result.ContinuationToken);
        });

    public override async Task<OrchestrationMetadata> WaitForInstanceStartAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        return await PollAsync(instanceId, getInputsAndOutputs, s => s != OrchestrationRuntimeStatus.Pending, cancellation);
    }

    public override async Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        return await PollAsync(instanceId, getInputsAndOutputs, IsTerminal, cancellation);
    }

    public override Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        return SendAsync(instanceId, new EventRaisedEvent(-1, _converter.Serialize(eventPayload)) { Name = eventName }, cancellation);
    }

    public override Task TerminateInstanceAsync(string instanceId, TerminateInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        cancellation.ThrowIfCancellationRequested();
        return _service.ForceTerminateTaskOrchestrationAsync(instanceId, _converter.Serialize(options?.Output));
    }

    public override Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, new ExecutionSuspendedEvent(-1, reason), cancellation);

    public override Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, new ExecutionResumedEvent(-1, reason), cancellation);

    /// <summary>
    /// Starts the instance again from its original input: same id (after terminating a running one and waiting for
    /// it to end) or a new one.
    /// </summary>
    public override async Task<string> RestartAsync(string instanceId, bool restartWithNewInstanceId = false, CancellationToken cancellation = default)
    {
        var existing = await GetInstancesAsync(instanceId, getInputsAndOutputs: true, cancellation)
            ?? throw new ArgumentException($"An orchestration with the instance id '{instanceId}' was not found.", nameof(instanceId));
        if (!restartWithNewInstanceId && existing.RuntimeStatus.ToCore().IsActive())
        {
            await TerminateInstanceAsync(instanceId, new TerminateInstanceOptions("Restarted."), cancellation);
            await WaitForInstanceCompletionAsync(instanceId, cancellation: cancellation);
        }

        var newId = restartWithNewInstanceId ? Guid.NewGuid().ToString("N") : instanceId;
        var instance = new OrchestrationInstance { InstanceId = newId, ExecutionId = Guid.NewGuid().ToString("N") };
        var message = new TaskMessage
        {
            OrchestrationInstance = instance,
            Event = new ExecutionStartedEvent(-1, existing.SerializedInput) { Name = existing.Name, OrchestrationInstance = instance },
        };
        await _service.CreateTaskOrchestrationAsync(message, dedupeStatuses: null);
        return newId;
    }

    /// <summary>Rewinds a failed instance: DTFx replays it from before its failed steps.</summary>
    public override Task RewindInstanceAsync(string instanceId, string reason, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        cancellation.ThrowIfCancellationRequested();
        return _service.RewindTaskOrchestrationAsync(instanceId, reason);
    }

    /// <summary>Deletes the history and state of one instance in a terminal state; 0 when it does not exist.</summary>
    /// <exception cref="InvalidOperationException">The instance is still Pending, Running or Suspended.</exception>
    public override async Task<PurgeResult> PurgeInstanceAsync(string instanceId, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        var existing = await GetInstancesAsync(instanceId, false, cancellation);
        if (existing is null)
        {
            return new PurgeResult(0);
        }

        if (!existing.IsCompleted)
        {
            throw new InvalidOperationException(
                $"The orchestration '{instanceId}' is {existing.RuntimeStatus}; only instances that have ended can be purged. Terminate it first.");
        }

        var result = await ((IOrchestrationServicePurgeClient)_service).PurgeInstanceStateAsync(instanceId);
        return new PurgeResult(result.DeletedInstanceCount);
    }

    /// <summary>Deletes every instance created in the filter's range with one of its statuses (all when none).</summary>
    public override async Task<PurgeResult> PurgeAllInstancesAsync(PurgeInstancesFilter filter, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        cancellation.ThrowIfCancellationRequested();
        var coreFilter = new PurgeInstanceFilter(
            filter.CreatedFrom?.UtcDateTime ?? DateTime.MinValue,
            filter.CreatedTo?.UtcDateTime,
            filter.Statuses?.Select(s => s.ToCore()));
        var result = await ((IOrchestrationServicePurgeClient)_service).PurgeInstanceStateAsync(coreFilter);
        return new PurgeResult(result.DeletedInstanceCount);
    }

    public override ValueTask DisposeAsync() => default;

    internal OrchestrationMetadata ToMetadata(Core.OrchestrationState state, bool withData) =>
        new(state.Name, state.OrchestrationInstance.InstanceId)
        {
            DataConverter = withData ? _converter : null,
            RuntimeStatus = state.OrchestrationStatus.ToSdk(),
            CreatedAt = state.CreatedTime,
            LastUpdatedAt = state.LastUpdatedTime,
            SerializedInput = withData ? state.Input : null,
            SerializedOutput = withData ? state.Output : null,
            SerializedCustomStatus = state.Status,
            FailureDetails = state.FailureDetails.ToSdk() ?? FailureFromOutput(state),
        };

    /// <summary>
    /// The Azure Storage provider keeps a failure only as the instance's output, "ErrorType: message"
    /// (FailureDetails.ToString()); this splits it back for <see cref="OrchestrationMetadata.FailureDetails"/>.
    /// </summary>
    private static TaskFailureDetails? FailureFromOutput(Core.OrchestrationState state)
    {
        if (state.OrchestrationStatus != Core.OrchestrationStatus.Failed || string.IsNullOrEmpty(state.Output))
        {
            return null;
        }

        var split = state.Output.IndexOf(": ", StringComparison.Ordinal);
        return split > 0 && !state.Output[..split].Contains(' ', StringComparison.Ordinal)
            ? new TaskFailureDetails(state.Output[..split], state.Output[(split + 2)..], null, null, null)
            : new TaskFailureDetails("OrchestrationFailed", state.Output, null, null, null);
    }

    private static bool IsTerminal(OrchestrationRuntimeStatus status) => status.ToCore().IsTerminal();

    private static Core.OrchestrationStatus ParseStatus(string status) =>
        Enum.TryParse<OrchestrationRuntimeStatus>(status, ignoreCase: true, out var parsed)
            ? parsed.ToCore()
            : throw new ArgumentException($"'{status}' is not an orchestration runtime status (Pending, Running, Suspended, Completed, Failed, Terminated).");

    /// <summary>
    /// Polls the instance table, from 50 ms up to 1 s between reads: the provider's own wait polls every 2 s, which
    /// would add up to 2 s to every start-and-wait in tests and to the management API's waits.
    /// </summary>
    private async Task<OrchestrationMetadata> PollAsync(string instanceId, bool withData, Func<OrchestrationRuntimeStatus, bool> done, CancellationToken cancellation)
    {
        var delay = TimeSpan.FromMilliseconds(50);
        while (true)
        {
            var metadata = await GetInstancesAsync(instanceId, withData, cancellation);
            if (metadata is not null && done(metadata.RuntimeStatus))
            {
                return metadata;
            }

            await Task.Delay(delay, _time, cancellation);
            delay = TimeSpan.FromMilliseconds(Math.Min(1000, delay.TotalMilliseconds * 1.5));
        }
    }

    private Task SendAsync(string instanceId, HistoryEvent @event, CancellationToken cancellation)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        cancellation.ThrowIfCancellationRequested();
        return _service.SendTaskOrchestrationMessageAsync(new TaskMessage
        {
            OrchestrationInstance = new OrchestrationInstance { InstanceId = instanceId },
            Event = @event,
        });
    }
}
