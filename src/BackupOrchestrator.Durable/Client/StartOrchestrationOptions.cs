namespace BackupOrchestrator.Durable.Client;

/// <summary>What a start does when the instance id is already taken.</summary>
public enum InstanceIdReuse
{
    /// <summary>Refuse with <see cref="Backend.OrchestrationAlreadyExistsException"/> while the existing instance is pending, running or suspended; restart it when it has finished.</summary>
    RefuseIfRunning,
    /// <summary>Return the existing instance's id without starting anything while it is pending, running or suspended; restart it when it has finished.</summary>
    ReturnExistingIfRunning,
    /// <summary>Refuse whatever the existing instance's status.</summary>
    RefuseAlways,
    /// <summary>Return the existing instance whatever its status; never restart.</summary>
    ReturnExistingAlways,
}

/// <summary>Options of <see cref="DurableTaskClient.ScheduleNewOrchestrationInstanceAsync"/>.</summary>
public sealed record StartOrchestrationOptions
{
    /// <summary>Explicit instance id; a new GUID when null.</summary>
    public string? InstanceId { get; init; }
    public InstanceIdReuse IfExists { get; init; } = InstanceIdReuse.RefuseIfRunning;
    public string? Version { get; init; }
}
