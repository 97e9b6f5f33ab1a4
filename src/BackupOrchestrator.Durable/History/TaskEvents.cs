using System.Text.Json.Serialization;

namespace BackupOrchestrator.Durable.History;

/// <summary>The orchestration scheduled an activity; <see cref="HistoryEvent.EventId"/> is the action's sequence id.</summary>
public sealed record TaskScheduledEvent : HistoryEvent
{
    public required string Name { get; init; }
    public string? Input { get; init; }
    /// <summary>Named concurrency slot the activity must hold while it runs, if any.</summary>
    public string? ConcurrencySlot { get; init; }
    [JsonIgnore]
    public override EventType EventType => EventType.TaskScheduled;
}

/// <summary>An activity returned; <see cref="TaskScheduledId"/> is its <see cref="TaskScheduledEvent"/>'s EventId.</summary>
public sealed record TaskCompletedEvent : HistoryEvent
{
    public required int TaskScheduledId { get; init; }
    public string? Result { get; init; }
    [JsonIgnore]
    public override EventType EventType => EventType.TaskCompleted;
}

/// <summary>An activity threw; <see cref="TaskScheduledId"/> is its <see cref="TaskScheduledEvent"/>'s EventId.</summary>
public sealed record TaskFailedEvent : HistoryEvent
{
    public required int TaskScheduledId { get; init; }
    public required FailureDetails FailureDetails { get; init; }
    [JsonIgnore]
    public override EventType EventType => EventType.TaskFailed;
}
