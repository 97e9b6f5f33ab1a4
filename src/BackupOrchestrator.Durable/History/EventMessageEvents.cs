using System.Text.Json.Serialization;

namespace BackupOrchestrator.Durable.History;

/// <summary>An external event reached the instance (from a client or another orchestration).</summary>
public sealed record EventRaisedEvent : HistoryEvent
{
    public required string Name { get; init; }
    public string? Input { get; init; }
    /// <summary>Id of the queue message that carried it, so a redelivered message is recognised.</summary>
    public string? MessageId { get; init; }
    [JsonIgnore]
    public override EventType EventType => EventType.EventRaised;
}

/// <summary>The orchestration sent an event to another instance; <see cref="HistoryEvent.EventId"/> is the action's sequence id.</summary>
public sealed record EventSentEvent : HistoryEvent
{
    public required string InstanceId { get; init; }
    public required string Name { get; init; }
    public string? Input { get; init; }
    [JsonIgnore]
    public override EventType EventType => EventType.EventSent;
}
