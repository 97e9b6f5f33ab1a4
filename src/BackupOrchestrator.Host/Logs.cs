using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Host;

/// <summary>Every log message of the host (stable event ids).</summary>
internal static partial class Logs
{
    [LoggerMessage(1, LogLevel.Information, "Azurite started ({Binary}, data in {Data}); it stops when the host exits.")]
    public static partial void AzuriteStarted(ILogger logger, string binary, string data);

    [LoggerMessage(2, LogLevel.Debug, "azurite: {Line}")]
    public static partial void AzuriteOutput(ILogger logger, string line);

    [LoggerMessage(10, LogLevel.Information, "Executing '{Function}' (reason: {Reason}, id: {InvocationId}).")]
    public static partial void Executing(ILogger logger, string function, string reason, string invocationId);

    [LoggerMessage(11, LogLevel.Information, "Executed '{Function}' (succeeded, id: {InvocationId}, duration: {DurationMs} ms).")]
    public static partial void Executed(ILogger logger, string function, string invocationId, long durationMs);

    [LoggerMessage(12, LogLevel.Error, "Executed '{Function}' (failed, id: {InvocationId}, duration: {DurationMs} ms).")]
    public static partial void ExecutionFailed(ILogger logger, Exception exception, string function, string invocationId, long durationMs);

    [LoggerMessage(20, LogLevel.Debug, "Timer '{Function}': another host holds the listener lease; trying again in {Interval}.")]
    public static partial void TimerLeaseHeldElsewhere(ILogger logger, string function, TimeSpan interval);

    [LoggerMessage(21, LogLevel.Information, "Timer '{Function}' is listening ({Schedule}).")]
    public static partial void TimerListening(ILogger logger, string function, string schedule);

    [LoggerMessage(22, LogLevel.Warning, "Timer '{Function}' lost its listener lease; it stops firing here until it takes it again.")]
    public static partial void TimerLeaseLost(ILogger logger, string function);

    [LoggerMessage(23, LogLevel.Error, "Timer '{Function}' failed; its schedule goes on.")]
    public static partial void TimerFailed(ILogger logger, Exception exception, string function);

    [LoggerMessage(24, LogLevel.Error, "Timer '{Function}' listener stopped on an error; restarting it in {Delay}.")]
    public static partial void TimerListenerCrashed(ILogger logger, Exception exception, string function, TimeSpan delay);

    [LoggerMessage(30, LogLevel.Warning, "Storage error while {Doing}.")]
    public static partial void StorageError(ILogger logger, Exception exception, string doing);

    [LoggerMessage(40, LogLevel.Warning, "Skipping '{Name}' from local.settings.json: it is already set in the environment.")]
    public static partial void SettingShadowed(ILogger logger, string name);

    [LoggerMessage(41, LogLevel.Information, "Stopping: no new work is taken; running activities have {Grace} to finish.")]
    public static partial void Stopping(ILogger logger, TimeSpan grace);

    [LoggerMessage(42, LogLevel.Information, "Stopped.")]
    public static partial void Stopped(ILogger logger);

    [LoggerMessage(43, LogLevel.Information, "Durable Task hub '{Hub}' started.")]
    public static partial void DurableStarted(ILogger logger, string hub);

    [LoggerMessage(50, LogLevel.Warning, "{Method} {Path}: 401 ({Why}).")]
    public static partial void Unauthorized(ILogger logger, string method, string path, string why);
}
