using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Durable.Tests.Support;

/// <summary>
/// Watches the runtime's structured logs of every host in the process: counts episodes that run
/// for the same instance at the same time (must stay 0) and which host ran which episode.
/// </summary>
public sealed class EpisodeTracker : ILoggerProvider
{
    private const int EpisodeStarting = 1010;
    private static readonly HashSet<int> EpisodeEnded = [1011, 1012, 1013];
    private readonly ConcurrentDictionary<string, int> _active = new();
    private int _overlaps;

    public int Overlaps => _overlaps;

    /// <summary>True between an episode's start log and its end log (committed, conflict, failed).</summary>
    public bool IsRunning(string instanceId) => _active.GetValueOrDefault(instanceId) > 0;
    public ConcurrentDictionary<string, int> EpisodesByHost { get; } = new();
    public ConcurrentBag<string> Errors { get; } = [];
    /// <summary>Every logged event id with its message.</summary>
    public ConcurrentQueue<(int EventId, string Message)> Events { get; } = new();

    public ILoggerFactory FactoryFor(string host)
    {
        var factory = new LoggerFactory();
        factory.AddProvider(new HostProvider(this, host));
        return factory;
    }

    public ILogger CreateLogger(string categoryName) => new TrackingLogger(this, "default");

    public void Dispose()
    {
    }

    private void Observe(string host, EventId id, IReadOnlyList<KeyValuePair<string, object?>>? state, LogLevel level, string message)
    {
        Events.Enqueue((id.Id, message));
        if (level >= LogLevel.Error)
        {
            Errors.Add($"{host}: {message}");
        }

        if (state?.FirstOrDefault(kv => kv.Key == "InstanceId").Value is not string instance)
        {
            return;
        }

        if (id.Id == EpisodeStarting)
        {
            EpisodesByHost.AddOrUpdate(host, 1, (_, n) => n + 1);
            if (_active.AddOrUpdate(instance, 1, (_, n) => n + 1) > 1)
            {
                Interlocked.Increment(ref _overlaps);
            }
        }
        else if (EpisodeEnded.Contains(id.Id))
        {
            _active.AddOrUpdate(instance, 0, (_, n) => n - 1);
        }
    }

    private sealed class HostProvider(EpisodeTracker tracker, string host) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new TrackingLogger(tracker, host);

        public void Dispose()
        {
        }
    }

    private sealed class TrackingLogger(EpisodeTracker tracker, string host) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            tracker.Observe(host, eventId, state as IReadOnlyList<KeyValuePair<string, object?>>, logLevel, formatter(state, exception));
    }
}
