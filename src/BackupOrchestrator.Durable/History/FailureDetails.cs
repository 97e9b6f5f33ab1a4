namespace BackupOrchestrator.Durable.History;

/// <summary>Why an activity, sub-orchestration or orchestration failed.</summary>
public sealed record FailureDetails(string ErrorType, string ErrorMessage, string? StackTrace = null, FailureDetails? InnerFailure = null)
{
    public static FailureDetails FromException(Exception exception) => new(
        exception.GetType().FullName ?? exception.GetType().Name,
        exception.Message,
        exception.StackTrace,
        exception.InnerException is null ? null : FromException(exception.InnerException));

    public override string ToString() => $"{ErrorType}: {ErrorMessage}";
}
