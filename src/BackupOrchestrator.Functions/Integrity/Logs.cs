using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Functions.Integrity;

internal static partial class Logs
{
    [LoggerMessage(EventId = 1200, Level = LogLevel.Information, Message = "Integrity check {InstanceId} started: {Targets} target(s), {Sample} of the chunks read back")]
    public static partial void IntegrityStarted(this ILogger logger, string instanceId, int targets, double sample);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "No integrity check on {Day}: the catalog's maintenance.integrity_day is {Day2}")]
    public static partial void IntegrityNotToday(this ILogger logger, string day, DayOfWeek day2);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Information, Message = "The integrity check {InstanceId} already ran today; nothing to do")]
    public static partial void IntegrityAlreadyRan(this ILogger logger, string instanceId);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Error, Message = "The catalog cannot be used, so the integrity check did not start: {Errors}")]
    public static partial void IntegrityCatalogRefused(this ILogger logger, string errors);

    [LoggerMessage(EventId = 1204, Level = LogLevel.Information, Message = "Integrity check of {Day}: targets.{Target} ok {Ok}, {Problems} bad chunk(s)")]
    public static partial void IntegrityChecked(this ILogger logger, string day, string target, bool ok, int problems);
}
