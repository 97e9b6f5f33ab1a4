namespace BackupOrchestrator.Storage;

/// <summary>
/// The one error type of this library: what the service (or the connection) said, where, and what to do.
/// <see cref="Status"/> is the HTTP status (0 when no response arrived: connection failure or client timeout),
/// <see cref="ErrorCode"/> the service's error code (e.g. <c>ConditionNotMet</c>, <c>LeaseAlreadyPresent</c>,
/// <c>AuthenticationFailed</c>) or a client code (<c>ConnectionFailed</c>, <c>ClientTimeout</c>).
/// </summary>
public sealed class StorageRequestException : Exception
{
    public StorageRequestException(string message)
        : base(message)
    {
        ErrorCode = string.Empty;
    }

    public StorageRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
        ErrorCode = string.Empty;
    }

    public StorageRequestException(int status, string errorCode, string? requestId, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Status = status;
        ErrorCode = errorCode;
        RequestId = requestId;
    }

    public StorageRequestException()
        : this("Storage request failed.")
    {
    }

    public int Status { get; }

    public string ErrorCode { get; }

    public string? RequestId { get; }

    /// <summary>The batch operation (0-based) that made a table transaction fail, when known.</summary>
    public int? FailedOperationIndex { get; init; }

    public bool IsNotFound => Status == 404;

    public bool IsConflict => Status == 409;

    public bool IsPreconditionFailed => Status == 412;
}
