using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Durable.Bench;

/// <summary>
/// Kills its own process (SIGKILL, no cleanup) the <c>N</c>-th time the runtime logs event id
/// <c>E</c>: a way to crash at a precise step, e.g. right after a history write (2003) and before
/// the instance row, or after messages were sent (2005) and before the consumed ones are deleted.
/// </summary>
internal sealed class CrashInjector(int eventId, int occurrence) : ILoggerProvider, ILogger
{
    private int _seen;

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId id, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (id.Id == eventId && Interlocked.Increment(ref _seen) == occurrence)
        {
            Console.Out.WriteLine($"crash-injector: SIGKILL at event {eventId} #{occurrence}: {formatter(state, exception)}");
            Console.Out.Flush();
            Process.GetCurrentProcess().Kill();
            Thread.Sleep(Timeout.Infinite);
        }
    }

    public void Dispose()
    {
    }
}
