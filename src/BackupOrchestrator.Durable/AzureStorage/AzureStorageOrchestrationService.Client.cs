using BackupOrchestrator.Durable.Backend;

namespace BackupOrchestrator.Durable.AzureStorage;

public sealed partial class AzureStorageOrchestrationService
{
    public async Task<OrchestrationMetadata?> CreateInstanceAsync(OrchestrationMetadata pending, TaskMessage startMessage, IReadOnlyCollection<OrchestrationRuntimeStatus> reuseIfStatusIn, CancellationToken cancellationToken)
    {
        var existing = await _instances.ReadAsync(pending.InstanceId, false, cancellationToken);
        if (existing is not null && !reuseIfStatusIn.Contains(existing.RuntimeStatus))
        {
            return existing;
        }

        // Row first so that a status query right after the start sees Pending; then the message.
        await _instances.WriteAsync(pending, cancellationToken);
        await SendAllAsync([], [startMessage], cancellationToken);
        return null;
    }

    public Task SendOrchestratorMessageAsync(TaskMessage message, CancellationToken cancellationToken) =>
        SendAllAsync([], [message], cancellationToken);

    public async Task<OrchestrationMetadata?> GetInstanceAsync(string instanceId, bool includeInputsAndOutputs, bool includeHistory, CancellationToken cancellationToken)
    {
        var row = await _instances.ReadAsync(instanceId, includeInputsAndOutputs, cancellationToken);
        if (row is null || !includeHistory)
        {
            return row;
        }

        var history = await _history.ReadAsync(instanceId, cancellationToken);
        return row with { History = history.Events };
    }

    public Task<InstancePage> QueryInstancesAsync(InstanceQuery query, CancellationToken cancellationToken) =>
        _instances.QueryAsync(query, cancellationToken);

    public async Task<bool> PurgeInstanceAsync(string instanceId, CancellationToken cancellationToken)
    {
        Forget(instanceId);
        int rows = await _history.DeleteAsync(instanceId, cancellationToken);
        await _payloads.DeleteInstanceAsync(instanceId, cancellationToken);
        bool existed = await _instances.DeleteAsync(instanceId, cancellationToken);
        Logs.InstancePurged(_logger, instanceId, rows);
        return existed;
    }
}
