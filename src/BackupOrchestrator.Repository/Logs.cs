using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Repository;

/// <summary>Log messages of the data path, with stable event ids. Keys and key material are never logged.</summary>
internal static partial class Logs
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Backup of {Service} started on {Target}; parent snapshot {Parent}")]
    public static partial void BackupStarted(this ILogger logger, string service, string target, string parent);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Backup of {Service} recorded snapshot {Snapshot}: {StreamBytes} bytes of stream, {BytesRead} read, {ChunksNew} new chunks ({BytesStored} bytes stored) in {Seconds:0.0} s")]
    public static partial void BackupCompleted(this ILogger logger, string service, string snapshot, long streamBytes, long bytesRead, int chunksNew, long bytesStored, double seconds);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning, Message = "Backup of {Service}: {Warning}")]
    public static partial void BackupWarning(this ILogger logger, string service, string warning);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Error, Message = "Backup of {Service} failed; no snapshot recorded")]
    public static partial void BackupFailed(this ILogger logger, Exception exception, string service);
}
