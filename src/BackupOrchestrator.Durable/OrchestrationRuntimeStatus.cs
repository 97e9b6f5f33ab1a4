namespace BackupOrchestrator.Durable;

/// <summary>Runtime status of an orchestration instance (the <c>RuntimeStatus</c> column).</summary>
public enum OrchestrationRuntimeStatus
{
    Running,
    Completed,
    ContinuedAsNew,
    Failed,
    Canceled,
    Terminated,
    Pending,
    Suspended,
}
