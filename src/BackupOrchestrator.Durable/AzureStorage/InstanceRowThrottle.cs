using BackupOrchestrator.Durable.Backend;

namespace BackupOrchestrator.Durable.AzureStorage;

/// <summary>
/// Decides which episodes write the instance row. The history is the truth; the row is a summary
/// for queries, so an episode that changes nothing a reader can see (status, execution, custom
/// status, output, completion) skips it unless the last write is older than the refresh interval
/// (which bounds how stale <c>LastUpdatedTime</c> gets). What was written is remembered per
/// instance on this host only; a host that restarts or takes a partition over writes again.
/// </summary>
internal sealed class InstanceRowThrottle(TimeSpan refresh, int capacity)
{
    private readonly Dictionary<string, OrchestrationMetadata> _written = new(StringComparer.Ordinal);

    public bool ShouldWrite(OrchestrationMetadata row)
    {
        lock (_written)
        {
            return !_written.TryGetValue(row.InstanceId, out var last)
                || last.RuntimeStatus != row.RuntimeStatus
                || last.ExecutionId != row.ExecutionId
                || last.SerializedCustomStatus != row.SerializedCustomStatus
                || last.SerializedOutput != row.SerializedOutput
                || last.CompletedAt != row.CompletedAt
                || row.LastUpdatedAt - last.LastUpdatedAt >= refresh;
        }
    }

    public void Written(OrchestrationMetadata row)
    {
        lock (_written)
        {
            if (_written.Count >= capacity && !_written.ContainsKey(row.InstanceId))
            {
                _written.Remove(_written.Keys.First());
            }

            _written[row.InstanceId] = row;
        }
    }

    /// <summary>Someone else may write the row (or the commit failed): write it next time.</summary>
    public void Forget(string instanceId)
    {
        lock (_written)
        {
            _written.Remove(instanceId);
        }
    }
}
