using BackupOrchestrator.Durable.History;

namespace BackupOrchestrator.Durable.Worker;

/// <summary>
/// Recognises messages whose event is already in the history (redelivered after a crash) or
/// already in this batch: completions by the id they answer, others by their message id.
/// </summary>
internal sealed class SeenIndex
{
    private readonly Dictionary<string, int> _past = new(StringComparer.Ordinal);
    private readonly HashSet<string> _batch = new(StringComparer.Ordinal);

    public SeenIndex(IReadOnlyList<HistoryEvent> past)
    {
        for (int i = 0; i < past.Count; i++)
        {
            if (Key(past[i]) is { } key)
            {
                _past.TryAdd(key, i);
            }

            if (past[i] is ExecutionRewoundEvent { PreviousExecutionId: { } previous })
            {
                RewoundExecutionIds.Add(previous);
            }
        }
    }

    /// <summary>Execution ids this execution answers for because it was rewound from them.</summary>
    public HashSet<string> RewoundExecutionIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Position of the same event in the history, or -1.</summary>
    public int IndexOf(HistoryEvent e) => Key(e) is { } key && _past.TryGetValue(key, out int i) ? i : -1;

    /// <summary>True when the same event was already taken from this batch; otherwise remembers it.</summary>
    public bool IsDuplicateInBatch(HistoryEvent e) => Key(e) is { } key && !_batch.Add(key);

    private static string? Key(HistoryEvent e) => e switch
    {
        TaskCompletedEvent c => $"done:{c.TaskScheduledId}",
        TaskFailedEvent f => $"done:{f.TaskScheduledId}",
        SubOrchestrationInstanceCompletedEvent c => $"done:{c.TaskScheduledId}",
        SubOrchestrationInstanceFailedEvent f => $"done:{f.TaskScheduledId}",
        TimerFiredEvent t => $"timer:{t.TimerId}",
        EventRaisedEvent { MessageId: { } id } => $"msg:{id}",
        ExecutionTerminatedEvent { MessageId: { } id } => $"msg:{id}",
        ExecutionSuspendedEvent { MessageId: { } id } => $"msg:{id}",
        ExecutionResumedEvent { MessageId: { } id } => $"msg:{id}",
        ExecutionRewoundEvent { MessageId: { } id } => $"msg:{id}",
        _ => null,
    };
}
