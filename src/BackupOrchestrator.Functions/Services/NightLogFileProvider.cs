using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Functions.Services;

/// <summary>
/// Copies the orchestrations' logs (categories under <see cref="CategoryPrefix"/>) into orchestrator.log. The
/// orchestrators log through the replay-safe logger only, so each line is written once, not once per replay.
/// Registered as an <see cref="ILoggerProvider"/> in the app's services, so either host's logger factory picks it up.
/// </summary>
public sealed class NightLogFileProvider(NightLogFiles files) : ILoggerProvider
{
    public const string CategoryPrefix = "BackupOrchestrator.Functions.Night";

    public ILogger CreateLogger(string categoryName) =>
        categoryName.StartsWith(CategoryPrefix, StringComparison.Ordinal) ? new FileLogger(files) : NullLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class FileLogger(NightLogFiles files) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var level = logLevel switch
            {
                LogLevel.Warning => "WARN",
                LogLevel.Error or LogLevel.Critical => "ERROR",
                _ => "INFO",
            };
            files.Append(NightLogFiles.OrchestratorLog, $"[{level}] {formatter(state, exception)}{(exception is null ? "" : $" ({exception.Message})")}");
        }
    }

    private sealed class NullLogger : ILogger
    {
        public static readonly NullLogger Instance = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => false;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }
    }
}
