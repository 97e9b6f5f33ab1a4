using BackupOrchestrator.Domain.Night;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Functions.Night;

internal static partial class Logs
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Night {Day} starts on catalog {Catalog} (sha256 {Sha}), time compression {Compression}x")]
    public static partial void NightStarted(this ILogger logger, string day, string catalog, string sha, double compression);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Night {Day} ends with {Outcomes} outcomes recorded")]
    public static partial void NightEnded(this ILogger logger, string day, int outcomes);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Window {Window} of night {Day} opens with {Count} services")]
    public static partial void WindowOpened(this ILogger logger, string window, string day, int count);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Window {Window} of night {Day} closes: {Succeeded} succeeded; others: {Others}")]
    public static partial void WindowClosed(this ILogger logger, string window, string day, int succeeded, string others);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "{Service} ({Day}) starts its backup")]
    public static partial void Running(this ILogger logger, string service, string day);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "{Service} ({Day}) ended {State}: {Detail}")]
    public static partial void Ended(this ILogger logger, string service, string day, BackupState state, string detail);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "{Service} ({Day}) skipped: {Reason}")]
    public static partial void Skipped(this ILogger logger, string service, string day, string reason);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "Window {Window} of night {Day} started ({InstanceId})")]
    public static partial void WindowStarted(this ILogger logger, string window, string day, string instanceId);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Information, Message = "Window {Window} of night {Day} already started ({InstanceId}); nothing to do")]
    public static partial void WindowAlreadyStarted(this ILogger logger, string window, string day, string instanceId);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Warning, Message = "The catalog {Catalog} changed since night {Day} started; the change takes effect next night")]
    public static partial void CatalogChangedMidNight(this ILogger logger, string catalog, string day);

    [LoggerMessage(EventId = 1013, Level = LogLevel.Information, Message = "Timer slot {Slot} fired but the catalog has only {Count} windows; nothing to do")]
    public static partial void NoSuchWindow(this ILogger logger, int slot, int count);

    [LoggerMessage(EventId = 1014, Level = LogLevel.Error, Message = "The catalog {Catalog} cannot be used, so window timer {Slot} started nothing: {Errors}")]
    public static partial void CatalogRefused(this ILogger logger, string catalog, int slot, string errors);

    [LoggerMessage(EventId = 1015, Level = LogLevel.Information, Message = "{Service} of night {Day} is run again on request ({InstanceId})")]
    public static partial void Retried(this ILogger logger, string service, string day, string instanceId);

    [LoggerMessage(EventId = 1016, Level = LogLevel.Information, Message = "{Service} runs now on request ({InstanceId}), outside the night: resource gate and a slot, no schedule or dependency gate")]
    public static partial void RunOnRequest(this ILogger logger, string service, string instanceId);

    [LoggerMessage(EventId = 1090, Level = LogLevel.Warning, Message = "Window timer {Slot} could not start its window (attempt {Attempt}, storage unreachable?): {Reason}; trying again in {Delay}")]
    public static partial void WindowStartRetry(this ILogger logger, int slot, int attempt, string reason, TimeSpan delay);
}
