using System.Text.Json.Serialization;

namespace BackupOrchestrator.Durable.History;

/// <summary>The orchestration created a durable timer; <see cref="HistoryEvent.EventId"/> is the action's sequence id.</summary>
public sealed record TimerCreatedEvent : HistoryEvent
{
    public required DateTime FireAt { get; init; }
    [JsonIgnore]
    public override EventType EventType => EventType.TimerCreated;
}

/// <summary>A durable timer fired; <see cref="TimerId"/> is its <see cref="TimerCreatedEvent"/>'s EventId.</summary>
public sealed record TimerFiredEvent : HistoryEvent
{
    public required int TimerId { get; init; }
    public required DateTime FireAt { get; init; }
    [JsonIgnore]
    public override EventType EventType => EventType.TimerFired;
}
