using System.Text.Json.Serialization;

namespace BackupOrchestrator.Durable.History;

/// <summary>The orchestration started a child; <see cref="HistoryEvent.EventId"/> is the action's sequence id.</summary>
public sealed record SubOrchestrationInstanceCreatedEvent : HistoryEvent
{
    public required string Name { get; init; }
    public required string InstanceId { get; init; }
    public string? Input { get; init; }
    [JsonIgnore]
    public override EventType EventType => EventType.SubOrchestrationInstanceCreated;
}

/// <summary>A child completed; <see cref="TaskScheduledId"/> is its creation event's EventId.</summary>
public sealed record SubOrchestrationInstanceCompletedEvent : HistoryEvent
{
    public required int TaskScheduledId { get; init; }
    public string? Result { get; init; }
    [JsonIgnore]
    public override EventType EventType => EventType.SubOrchestrationInstanceCompleted;
}

/// <summary>A child failed; <see cref="TaskScheduledId"/> is its creation event's EventId.</summary>
public sealed record SubOrchestrationInstanceFailedEvent : HistoryEvent
{
    public required int TaskScheduledId { get; init; }
    public required FailureDetails FailureDetails { get; init; }
    [JsonIgnore]
    public override EventType EventType => EventType.SubOrchestrationInstanceFailed;
}
