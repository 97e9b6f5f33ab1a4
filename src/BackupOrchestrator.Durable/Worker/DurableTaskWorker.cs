using BackupOrchestrator.Durable.Backend;
using BackupOrchestrator.Durable.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackupOrchestrator.Durable.Worker;

/// <summary>
/// The host of orchestrators and activities on one machine: registers them by name, then runs
/// an orchestration dispatcher and an activity dispatcher against a task hub until stopped.
/// </summary>
public sealed class DurableTaskWorker : IAsyncDisposable
{
    private readonly IOrchestrationService _service;
    private readonly DurableTaskWorkerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private CancellationTokenSource? _stopping;
    private Task? _running;

    public DurableTaskWorker(IOrchestrationService service, DurableTaskWorkerOptions? options = null, TimeProvider? time = null, ILoggerFactory? loggerFactory = null)
    {
        _service = service;
        _options = options ?? new DurableTaskWorkerOptions();
        _time = time ?? TimeProvider.System;
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        _logger = _loggerFactory.CreateLogger("BackupOrchestrator.Durable.Worker");
    }

    public TaskRegistry Registry { get; } = new();

    public DurableTaskWorker AddOrchestrator<TInput, TOutput>(string name, Func<TaskOrchestrationContext, TInput, Task<TOutput>> orchestrator)
    {
        Registry.AddOrchestrator(name, orchestrator);
        return this;
    }

    public DurableTaskWorker AddActivity<TInput, TOutput>(string name, Func<TaskActivityContext, TInput, Task<TOutput>> activity)
    {
        Registry.AddActivity(name, activity);
        return this;
    }

    public DurableTaskWorker AddActivity<TInput, TOutput>(string name, Func<TInput, TOutput> activity)
    {
        Registry.AddActivity(name, activity);
        return this;
    }

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_running is not null)
        {
            throw new InvalidOperationException("The worker is already running.");
        }

        await _service.CreateIfNotExistsAsync(cancellationToken);
        _stopping = new CancellationTokenSource();
        var executor = new TaskOrchestrationExecutor(_loggerFactory, _options.MaxTimerInterval);
        var processor = new OrchestrationEpisodeProcessor(Registry, executor, _time, _logger, _options.MaxOrchestrationDequeueCount);
        var orchestrations = new OrchestrationDispatcher(_service, processor, _options, _logger);
        var activities = new ActivityDispatcher(_service, Registry, _options, _time, _logger);
        _running = Task.WhenAll(orchestrations.RunAsync(_stopping.Token), activities.RunAsync(_stopping.Token));
        Logs.WorkerStarted(_logger, Registry.OrchestratorNames.Count(), Registry.ActivityNames.Count(), _options.MaxConcurrentOrchestrations, _options.MaxConcurrentActivities);
    }

    public async Task StopAsync()
    {
        if (_running is null || _stopping is null)
        {
            return;
        }

        await _stopping.CancelAsync();
        await _running;
        await _service.StopAsync(CancellationToken.None);
        _running = null;
        _stopping.Dispose();
        _stopping = null;
        Logs.WorkerStopped(_logger);
    }

    /// <summary>Stops the dispatchers; the task hub store is not owned and stays open.</summary>
    public async ValueTask DisposeAsync() => await StopAsync();
}
