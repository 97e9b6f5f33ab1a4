using System.Text.Json.Serialization;
using BackupOrchestrator.Durable.History;

namespace BackupOrchestrator.Durable.Backend;

/// <summary>
/// A message between instances, activities and clients: one history event addressed to an
/// instance (and execution). Orchestration messages go to the instance's control queue,
/// activity messages (a <see cref="TaskScheduledEvent"/>) to the work-item queue.
/// </summary>
public sealed record TaskMessage
{
    public required string InstanceId { get; init; }
    /// <summary>The execution the message belongs to; messages for an older execution are dropped.</summary>
    public string? ExecutionId { get; init; }
    public required HistoryEvent Event { get; init; }
    public string Id { get; init; } = Guid.NewGuid().ToString("N");
    /// <summary>Not delivered before this time (durable timers).</summary>
    public DateTime? VisibleAt { get; init; }
    /// <summary>How many times the queue handed this message out (poison-message detection).</summary>
    public int DequeueCount { get; init; }
    /// <summary>
    /// An answer to a request that was handed out more than once (its worker may have crashed after
    /// an earlier answer was recorded): treated like a redelivered message, so a recorded duplicate
    /// makes the episode that recorded it send its messages again.
    /// </summary>
    public bool Redelivered { get; init; }

    /// <summary>True when this message, or the request it answers, may have been processed before.</summary>
    [JsonIgnore]
    public bool MayBeRedelivery => DequeueCount > 1 || Redelivered;
}
