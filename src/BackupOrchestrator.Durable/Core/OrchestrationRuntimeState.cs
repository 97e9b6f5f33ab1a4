using BackupOrchestrator.Durable.History;

namespace BackupOrchestrator.Durable.Core;

/// <summary>
/// The history of the current execution of one instance, split into what was committed before
/// this episode (<see cref="PastEvents"/>) and what this episode adds (<see cref="NewEvents"/>).
/// </summary>
public sealed class OrchestrationRuntimeState
{
    public OrchestrationRuntimeState(string instanceId, IEnumerable<HistoryEvent> pastEvents)
    {
        InstanceId = instanceId;
        PastEvents = [.. pastEvents];
    }

    public string InstanceId { get; }
    public List<HistoryEvent> PastEvents { get; }
    public List<HistoryEvent> NewEvents { get; } = [];

    public IEnumerable<HistoryEvent> AllEvents => PastEvents.Concat(NewEvents);

    public ExecutionStartedEvent? Started => AllEvents.OfType<ExecutionStartedEvent>().FirstOrDefault();
    public ExecutionCompletedEvent? Completed => AllEvents.OfType<ExecutionCompletedEvent>().LastOrDefault();
    public string? ExecutionId => Started?.ExecutionId;
    public string? Name => Started?.Name;
    public bool IsTerminal => Completed is not null;

    public OrchestrationRuntimeStatus Status
    {
        get
        {
            if (Completed is { } done)
            {
                return done.OrchestrationStatus;
            }

            if (Started is null)
            {
                return OrchestrationRuntimeStatus.Pending;
            }

            var lastControl = AllEvents.LastOrDefault(e => e is ExecutionSuspendedEvent or ExecutionResumedEvent);
            return lastControl is ExecutionSuspendedEvent ? OrchestrationRuntimeStatus.Suspended : OrchestrationRuntimeStatus.Running;
        }
    }

    /// <summary>Custom status set by the code in this episode (null: unchanged).</summary>
    public string? CustomStatus { get; set; }

    public void AddEvent(HistoryEvent e) => NewEvents.Add(e);
}
