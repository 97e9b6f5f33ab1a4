using BackupOrchestrator.Durable.Backend;

namespace BackupOrchestrator.Durable.AzureStorage;

public sealed partial class AzureStorageOrchestrationService
{
    public async Task<OrchestrationMetadata?> CreateInstanceAsync(OrchestrationMetadata pending, TaskMessage startMessage, IReadOnlyCollection<OrchestrationRuntimeStatus> reuseIfStatusIn, CancellationToken cancellationToken)
    {
        // Create-only insert, or replace only the row that was read: of two clients racing on one
        // id exactly one writes its Pending row and sends its start message.
        for (int attempt = 1; ; attempt++)
        {
            // First try a create-only insert without reading (most ids are new: one round trip
            // fewer); if a row exists the insert fails and the next attempt reads it.
            var (existing, etag) = attempt == 1 ? (null, null) : await _instances.ReadForUpdateAsync(pending.InstanceId, cancellationToken);
            if (existing is not null && existing.ExecutionId == pending.ExecutionId)
            {
                break; // our own write, answered as a conflict by a retried request
            }

            if (existing is not null && !reuseIfStatusIn.Contains(existing.RuntimeStatus))
            {
                return existing;
            }

            // Row first so that a status query right after the start sees Pending; then the message.
            if (await _instances.TryWriteAsync(pending, etag, cancellationToken))
            {
                break;
            }

            if (attempt > 1)
            {
                Logs.StartRaced(_logger, pending.InstanceId, attempt - 1);
            }

            if (attempt >= 11)
            {
                throw new InvalidOperationException($"Instance '{pending.InstanceId}': its row in {_names.InstancesTable} kept changing while starting it ({attempt} attempts); try again.");
            }
        }

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
