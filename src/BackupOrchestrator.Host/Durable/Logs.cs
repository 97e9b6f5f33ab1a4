using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Host.Durable;

/// <summary>The Durable engine's log messages (event ids 9100-9199).</summary>
internal static partial class Logs
{
    [LoggerMessage(9100, LogLevel.Information, "Durable Task hub {HubName} started: {Orchestrators} orchestrator(s), {Activities} activit(ies), {Partitions} partition(s).")]
    public static partial void EngineStarted(ILogger logger, string hubName, int orchestrators, int activities, int partitions);

    [LoggerMessage(9101, LogLevel.Information, "Durable Task hub {HubName} stopping: {InFlight} activit(ies) running, grace period {GracePeriod}.")]
    public static partial void EngineStopping(ILogger logger, string hubName, int inFlight, TimeSpan gracePeriod);

    [LoggerMessage(9102, LogLevel.Information, "Durable Task hub {HubName} stopped after {Elapsed}; {Abandoned} activit(ies) still running will run again on the next start.")]
    public static partial void EngineStopped(ILogger logger, string hubName, TimeSpan elapsed, int abandoned);

    [LoggerMessage(9110, LogLevel.Warning, "Durable management API {Method} {Path} refused: {Reason}")]
    public static partial void ApiRefused(ILogger logger, string method, string path, string reason);

    [LoggerMessage(9111, LogLevel.Error, "Durable management API {Method} {Path} failed.")]
    public static partial void ApiFailed(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(9104, LogLevel.Error, "Orchestration {InstanceId} ({Name}) failed: {ErrorType}: {Message}{Details}")]
    public static partial void OrchestrationFailed(ILogger logger, string instanceId, string name, string errorType, string message, string details);

    [LoggerMessage(9103, LogLevel.Warning, "Durable Task could not give activity message {MessageId} back to its queue ({Reason}); it runs again when its visibility timeout ends.")]
    public static partial void ActivityAbandonFailed(ILogger logger, string messageId, string reason);
}
