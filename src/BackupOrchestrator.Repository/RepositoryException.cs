namespace BackupOrchestrator.Repository;

/// <summary>A failure a person must act on; the message says what, where, and what to do.</summary>
public class RepositoryException : Exception
{
    public RepositoryException() { }
    public RepositoryException(string message) : base(message) { }
    public RepositoryException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>The target ran out of space. Nothing written so far counts as a snapshot.</summary>
public sealed class TargetFullException : RepositoryException
{
    public TargetFullException() { }
    public TargetFullException(string message) : base(message) { }
    public TargetFullException(string message, Exception inner) : base(message, inner) { }
}

/// <summary>An object failed authentication or is malformed: damaged, truncated, or sealed with another key.</summary>
public sealed class IntegrityException : RepositoryException
{
    public IntegrityException() { }
    public IntegrityException(string message) : base(message) { }
    public IntegrityException(string message, Exception inner) : base(message, inner) { }
}
