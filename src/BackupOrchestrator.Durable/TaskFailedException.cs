using BackupOrchestrator.Durable.History;

namespace BackupOrchestrator.Durable;

/// <summary>Thrown into orchestrator code when an activity or sub-orchestration it awaited failed.</summary>
public sealed class TaskFailedException : Exception
{
    public TaskFailedException(string taskName, int taskId, FailureDetails failureDetails)
        : base($"Task '{taskName}' (#{taskId}) failed: {failureDetails.ErrorType}: {failureDetails.ErrorMessage}")
    {
        TaskName = taskName;
        TaskId = taskId;
        FailureDetails = failureDetails;
    }

    public TaskFailedException() : this("unknown", -1, new FailureDetails("unknown", "unknown")) { }

    public TaskFailedException(string message) : base(message)
    {
        TaskName = "unknown";
        FailureDetails = new FailureDetails("unknown", message);
    }

    public TaskFailedException(string message, Exception inner) : base(message, inner)
    {
        TaskName = "unknown";
        FailureDetails = FailureDetails.FromException(inner);
    }

    public string TaskName { get; }
    public int TaskId { get; }
    public FailureDetails FailureDetails { get; }
}
