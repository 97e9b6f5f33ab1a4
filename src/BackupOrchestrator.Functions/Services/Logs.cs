using BackupOrchestrator.Domain.Night;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Functions.Services;

internal static partial class Logs
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Backup of {Service} for the night of {Day} starts")]
    public static partial void BackupStarting(this ILogger logger, string service, string day);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Backup of {Service} ended {State} {Reason}")]
    public static partial void BackupEnded(this ILogger logger, string service, BackupState state, string reason);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Debug, Message = "Progress of {Service} not delivered: {Reason}")]
    public static partial void ProgressLost(this ILogger logger, string service, string reason);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information, Message = "Snapshot {Snapshot} of {Service} copied to targets.{Target}: {Bytes} bytes sent")]
    public static partial void Copied(this ILogger logger, string service, string snapshot, string target, long bytes);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Information, Message = "Retention of {Service} on targets.{Target}: {Removed} snapshot(s) removed, {Bytes} bytes freed")]
    public static partial void Pruned(this ILogger logger, string service, string target, int removed, long bytes);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Information, Message = "Integrity of targets.{Target}: ok {Ok} {Error}")]
    public static partial void Verified(this ILogger logger, string target, bool ok, string error);

    [LoggerMessage(EventId = 1110, Level = LogLevel.Information, Message = "Backup of {Service} for the night of {Day} already wrote snapshot {SnapshotId} in this run ({RunId}); not backing up twice")]
    public static partial void BackupAlreadyDone(this ILogger logger, string service, string day, string runId, string snapshotId);

    [LoggerMessage(EventId = 1111, Level = LogLevel.Warning, Message = "Backup of {Service}: could not look for this run's earlier snapshot ({Reason}); backing up")]
    public static partial void EarlierRunUnknown(this ILogger logger, string service, string reason);

    [LoggerMessage(EventId = 1112, Level = LogLevel.Information, Message = "Restore {Job} of {Service} snapshot {SnapshotId} into {To} starts")]
    public static partial void RestoreStarted(this ILogger logger, string job, string service, string snapshotId, string to);

    [LoggerMessage(EventId = 1113, Level = LogLevel.Information, Message = "Restore {Job} ended {State}: {Files} files, {Bytes} bytes {Reason}")]
    public static partial void RestoreEnded(this ILogger logger, string job, string state, long files, long bytes, string reason);

    [LoggerMessage(EventId = 1114, Level = LogLevel.Warning, Message = "{Notice}")]
    public static partial void WaitingForPrune(this ILogger logger, string notice);
}
