namespace BackupOrchestrator.Durable;

/// <summary>
/// The orchestrator code did something else than what its history records. The instance fails
/// with this error; the message names both sides: what the history says and what the code did.
/// </summary>
public sealed class NonDeterministicOrchestrationException : Exception
{
    public NonDeterministicOrchestrationException(int eventId, string inHistory, string inCode)
        : base($"Non-deterministic orchestration: at sequence id {eventId} the history has {inHistory} but the code now does {inCode}. " +
               "Orchestrator code must make the same calls in the same order on every replay; deploy code changes only when no instance is in flight, or start a new orchestration name.")
    {
        EventId = eventId;
        InHistory = inHistory;
        InCode = inCode;
    }

    public NonDeterministicOrchestrationException() : this(-1, "?", "?") { }

    public NonDeterministicOrchestrationException(string message) : base(message)
    {
        InHistory = InCode = "?";
    }

    public NonDeterministicOrchestrationException(string message, Exception inner) : base(message, inner)
    {
        InHistory = InCode = "?";
    }

    public int EventId { get; }
    public string InHistory { get; }
    public string InCode { get; }
}
