using BackupOrchestrator.Durable.History;

namespace BackupOrchestrator.Durable.Backend;

/// <summary>The status of one instance (a row of <c>{hub}Instances</c>).</summary>
public sealed record OrchestrationMetadata
{
    public required string InstanceId { get; init; }
    public required string Name { get; init; }
    public string? Version { get; init; }
    public string? ExecutionId { get; init; }
    public OrchestrationRuntimeStatus RuntimeStatus { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime LastUpdatedAt { get; init; }
    public DateTime? CompletedAt { get; init; }
    public string? SerializedInput { get; init; }
    public string? SerializedOutput { get; init; }
    public string? SerializedCustomStatus { get; init; }
    public FailureDetails? FailureDetails { get; init; }
    /// <summary>The current execution's history, when asked for.</summary>
    public IReadOnlyList<HistoryEvent>? History { get; init; }

    public bool IsRunning => RuntimeStatus is OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended;
    public bool IsCompleted => !IsRunning;

    public T? ReadInputAs<T>() => DataConverter.Deserialize<T>(SerializedInput);
    public T? ReadOutputAs<T>() => DataConverter.Deserialize<T>(SerializedOutput);
    public T? ReadCustomStatusAs<T>() => DataConverter.Deserialize<T>(SerializedCustomStatus);
}
