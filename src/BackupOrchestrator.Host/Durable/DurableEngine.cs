using DurableTask.AzureStorage;
using DurableTask.Core;
using DurableTask.Core.Command;
using DurableTask.Core.Middleware;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Host.Durable;

/// <summary>
/// Durable Task in the local host: the SDK's orchestrators and activities (<see cref="ITaskOrchestrator"/>,
/// <see cref="ITaskActivity"/>) run in process through <see cref="DurableTaskShimFactory"/> on DTFx's
/// <see cref="TaskHubWorker"/> over <see cref="AzureStorageOrchestrationService"/>, so the task hub is the one Durable
/// Functions writes (the same tables, queues, leases and history rows) and its tools read it.
/// Register everything, then <see cref="StartAsync"/>; <see cref="StopAsync"/> once at shutdown.
/// </summary>
public sealed class DurableEngine : IAsyncDisposable
{
    private readonly DurableEngineOptions _options;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly AzureStorageOrchestrationService _service;
    private readonly DrainingOrchestrationService _draining;
    private readonly ShimRegistry _registry;
    private TaskHubWorker? _worker;
    private int _state; // 0 new, 1 started, 2 stopped

    public DurableEngine(DurableEngineOptions options, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        _options = options;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger<DurableEngine>();
        _service = new AzureStorageOrchestrationService(CreateSettings(options, loggerFactory));
        _draining = new DrainingOrchestrationService(_service, TimeProvider.System, _logger);
        _registry = new ShimRegistry(new DurableTaskShimFactory(new DurableTaskWorkerOptions { DataConverter = options.DataConverter }, loggerFactory));
        Client = new AzureStorageDurableTaskClient(options.HubName, _service, options.DataConverter);
    }

    /// <summary>The client of this hub (what <c>[DurableClient]</c> binds to).</summary>
    public DurableTaskClient Client { get; }

    public DurableEngineOptions Options => _options;

    /// <summary>Activity work items running now (for shutdown logs and tests).</summary>
    public int ActivitiesInFlight => _draining.ActivitiesInFlight;

    /// <summary>The DTFx settings the engine runs with, built from the host.json options (also used by the benchmark's bare worker).</summary>
    public static AzureStorageOrchestrationServiceSettings CreateSettings(DurableEngineOptions options, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new AzureStorageOrchestrationServiceSettings
        {
            StorageAccountClientProvider = StorageClients.ForConnectionString(options.StorageConnectionString),
            TaskHubName = options.HubName,
            PartitionCount = options.PartitionCount,
            MaxQueuePollingInterval = options.MaxQueuePollingInterval,
            ControlQueueBatchSize = options.ControlQueueBatchSize,
            ControlQueueBufferThreshold = options.ControlQueueBufferThreshold,
            ControlQueueVisibilityTimeout = options.ControlQueueVisibilityTimeout,
            WorkItemQueueVisibilityTimeout = options.WorkItemQueueVisibilityTimeout,
            UseTablePartitionManagement = options.UseTablePartitionManagement,
            MaxConcurrentTaskActivityWorkItems = options.MaxConcurrentActivityFunctions,
            MaxConcurrentTaskOrchestrationWorkItems = options.MaxConcurrentOrchestratorFunctions,
            ExtendedSessionsEnabled = options.ExtendedSessionsEnabled,
            ExtendedSessionIdleTimeout = options.ExtendedSessionIdleTimeout,
            WorkerId = options.WorkerId ?? $"{Environment.MachineName}-{Environment.ProcessId}",
            // The client's dedupe (see AzureStorageDurableTaskClient) needs to hear about an existing instance.
            ThrowExceptionOnInvalidDedupeStatus = true,
            LoggerFactory = loggerFactory,
        };
    }

    public void AddOrchestrator(string name, ITaskOrchestrator orchestrator)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(orchestrator);
        EnsureNotStarted();
        _registry.AddOrchestrator(name, orchestrator);
    }

    public void AddActivity(string name, ITaskActivity activity)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(activity);
        EnsureNotStarted();
        _registry.AddActivity(name, activity);
    }

    /// <summary>Creates the task hub if it is missing (tables, queues, lease container) and starts taking work.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.CompareExchange(ref _state, 1, 0) != 0)
        {
            throw new InvalidOperationException("The Durable engine was already started.");
        }

        try
        {
            await _service.CreateIfNotExistsAsync().WaitAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or AggregateException or HttpRequestException)
        {
            Interlocked.Exchange(ref _state, 0);
            throw new DurableConfigurationException(
                $"Could not create or open the task hub '{_options.HubName}' in {DescribeAccount(_options.StorageConnectionString)}: {ex.GetBaseException().Message} " +
                "Check that the storage account (or Azurite) is running and that AzureWebJobsStorage is right.", ex);
        }

        var worker = new TaskHubWorker(_draining, _registry.Orchestrations, _registry.Activities, _loggerFactory)
        {
            // What the SDK's shims expect (and Durable Functions' isolated worker uses): failures travel as
            // FailureDetails, so TaskFailedException.FailureDetails and OrchestrationMetadata.FailureDetails are set.
            ErrorPropagationMode = ErrorPropagationMode.UseFailureDetails,
        };
        worker.AddOrchestrationDispatcherMiddleware(ShimRegistry.SupplyParentAsync);
        worker.AddOrchestrationDispatcherMiddleware(LogFailureAsync);
        await worker.StartAsync().WaitAsync(cancellationToken);
        _worker = worker;
        Logs.EngineStarted(_logger, _options.HubName, _registry.OrchestratorNames.Count, _registry.ActivityNames.Count, _options.PartitionCount);
    }

    /// <summary>
    /// Stops taking activities, waits up to <paramref name="gracePeriod"/> for running ones to finish and for their
    /// results to be recorded (orchestrations keep running meanwhile), then stops and releases the partition leases. Orchestrations in flight resume from their history on the next start
    /// (here or on another host); an activity cut off by the grace period runs again there (at least once).
    /// </summary>
    public async Task StopAsync(TimeSpan gracePeriod)
    {
        if (Interlocked.CompareExchange(ref _state, 2, 1) != 1 || _worker is null)
        {
            return;
        }

        var started = DateTimeOffset.UtcNow;
        Logs.EngineStopping(_logger, _options.HubName, _draining.ActivitiesInFlight, gracePeriod);
        _draining.StopTakingActivities();
        var quiet = await _draining.WaitUntilQuietAsync(QuietPeriod(_options), started + gracePeriod);

        // Past the grace period with activities still running: stop without DTFx's own ~8 s wait for them; their work
        // items reappear after the work-item queue's visibility timeout and run again (at least once).
        var cutOff = _draining.ActivitiesInFlight;
        await _worker.StopAsync(isForced: !quiet && cutOff > 0);
        _worker.Dispose();
        Logs.EngineStopped(_logger, _options.HubName, DateTimeOffset.UtcNow - started, cutOff);
    }

    /// <summary>
    /// Logs an orchestration that ends Failed, with its failure (the Functions host logs a failed orchestrator
    /// function too): DTFx says nothing above Information, and an orchestration that fails in its own code, or
    /// whose replay no longer matches its history, would otherwise only show as events discarded later.
    /// </summary>
    private async Task LogFailureAsync(DispatchMiddlewareContext context, Func<Task> next)
    {
        await next();
        var failed = context.GetProperty<OrchestratorExecutionResult>()?.Actions
            .OfType<OrchestrationCompleteOrchestratorAction>()
            .FirstOrDefault(a => a.OrchestrationStatus == OrchestrationStatus.Failed);
        if (failed is not null && context.GetProperty<OrchestrationRuntimeState>() is { } state)
        {
            var details = failed.FailureDetails;
            var stack = details?.StackTrace ?? failed.Details;
            Logs.OrchestrationFailed(_logger, state.OrchestrationInstance?.InstanceId ?? "?", state.Name ?? "?", details?.ErrorType ?? "error",
                details?.ErrorMessage ?? failed.Result ?? "(no message)", string.IsNullOrEmpty(stack) ? "" : Environment.NewLine + stack);
        }
    }

    /// <summary>
    /// How long the hub must be still before the worker stops: an activity's result is fetched by a control queue
    /// listener within its polling interval (capped: a 30 s interval must not hold up every shutdown).
    /// </summary>
    private static TimeSpan QuietPeriod(DurableEngineOptions options) =>
        TimeSpan.FromMilliseconds(Math.Min(options.MaxQueuePollingInterval.TotalMilliseconds, 5000) + 500);

    /// <summary>
    /// Maps the Durable Functions HTTP management API under <c>/runtime/webhooks/durabletask/</c>.
    /// <paramref name="isAuthorized"/> checks the system or master key (401 when false); <paramref name="systemKey"/>
    /// is put into the URLs the API hands out (<c>code=…</c>).
    /// </summary>
    public void MapManagementApi(IEndpointRouteBuilder endpoints, Func<HttpContext, bool> isAuthorized, Func<string> systemKey)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(isAuthorized);
        ArgumentNullException.ThrowIfNull(systemKey);
        new ManagementApi((AzureStorageDurableTaskClient)Client, _options.HubName, _registry.HasOrchestrator, isAuthorized, systemKey, _loggerFactory.CreateLogger<ManagementApi>())
            .Map(endpoints);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.FromSeconds(5));
        _service.Dispose();
    }

    private void EnsureNotStarted()
    {
        if (Volatile.Read(ref _state) != 0)
        {
            throw new InvalidOperationException("Register orchestrators and activities before the Durable engine starts.");
        }
    }

    /// <summary>The account part of a connection string, never its key.</summary>
    private static string DescribeAccount(string connectionString)
    {
        if (connectionString.Contains("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase))
        {
            return "development storage (Azurite on 127.0.0.1:10000-10002)";
        }

        var parts = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2 && (p[0].Equals("AccountName", StringComparison.OrdinalIgnoreCase) || p[0].EndsWith("Endpoint", StringComparison.OrdinalIgnoreCase)))
            .Select(p => $"{p[0]}={p[1]}");
        return "storage account (" + string.Join(", ", parts) + ")";
    }
}
