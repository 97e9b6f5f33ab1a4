using System.Diagnostics;
using BackupOrchestrator.Host.Durable;
using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Host.Bench;

/// <summary>One side of the comparison: a started worker on its own fresh task hub.</summary>
internal interface IRunner : IAsyncDisposable
{
    string Name { get; }

    /// <summary>Starts the fan-out (1) or sequence (0) workload and returns its instance id.</summary>
    Task<string> StartAsync(bool fanOut, int count);
}

/// <summary>Our engine: Microsoft.DurableTask orchestrators and activities through DurableTaskShimFactory.</summary>
internal sealed class EngineRunner : IRunner
{
    private EngineRunner(DurableEngine engine) => Engine = engine;

    public string Name => "engine";

    public DurableEngine Engine { get; }

    public static async Task<EngineRunner> StartAsync(DurableEngineOptions options, ILoggerFactory logging)
    {
        var engine = new DurableEngine(options, logging);
        engine.AddOrchestrator(nameof(SdkFanOut), new SdkFanOut());
        engine.AddOrchestrator(nameof(SdkSequence), new SdkSequence());
        engine.AddOrchestrator(nameof(SdkPinged), new SdkPinged());
        engine.AddActivity(nameof(SdkNoOp), new SdkNoOp());
        await engine.StartAsync(CancellationToken.None);
        return new EngineRunner(engine);
    }

    public Task<string> StartAsync(bool fanOut, int count) =>
        Engine.Client.ScheduleNewOrchestrationInstanceAsync(fanOut ? nameof(SdkFanOut) : nameof(SdkSequence), count);

    public async ValueTask DisposeAsync() => await Engine.DisposeAsync();
}

/// <summary>Bare DTFx: TaskHubWorker with plain TaskOrchestration/TaskActivity classes, the engine's exact settings.</summary>
internal sealed class BareRunner : IRunner
{
    private readonly AzureStorageOrchestrationService _service;
    private readonly TaskHubWorker _worker;
    private readonly TaskHubClient _client;

    private BareRunner(AzureStorageOrchestrationService service, TaskHubWorker worker)
    {
        _service = service;
        _worker = worker;
        _client = new TaskHubClient(service);
    }

    public string Name => "bare DTFx";

    public static async Task<BareRunner> StartAsync(DurableEngineOptions options, ILoggerFactory logging)
    {
        var service = new AzureStorageOrchestrationService(DurableEngine.CreateSettings(options, logging));
        await service.CreateIfNotExistsAsync();
        var worker = new TaskHubWorker(service, logging) { ErrorPropagationMode = ErrorPropagationMode.UseFailureDetails };
        worker.AddTaskOrchestrations(typeof(BareFanOut), typeof(BareSequence));
        worker.AddTaskActivities(typeof(BareNoOp));
        await worker.StartAsync();
        return new BareRunner(service, worker);
    }

    public async Task<string> StartAsync(bool fanOut, int count) =>
        (await _client.CreateOrchestrationInstanceAsync(fanOut ? typeof(BareFanOut) : typeof(BareSequence), count)).InstanceId;

    public async ValueTask DisposeAsync()
    {
        await _worker.StopAsync(isForced: false);
        _worker.Dispose();
        _service.Dispose();
    }
}

internal static class Completion
{
    /// <summary>
    /// Polls the instance row every 25 ms with a client of its own (the same for both sides), so neither side's
    /// client wait (the provider's polls every 2 s) is part of the time.
    /// </summary>
    public static async Task<TimeSpan> TimeAsync(AzureStorageOrchestrationService observer, IRunner runner, bool fanOut, int count)
    {
        var watch = Stopwatch.StartNew();
        var id = await runner.StartAsync(fanOut, count);
        while (true)
        {
            var state = (await observer.GetOrchestrationStateAsync(id, allExecutions: false)).FirstOrDefault();
            if (state?.OrchestrationStatus is OrchestrationStatus.Completed)
            {
                return watch.Elapsed;
            }

            if (state?.OrchestrationStatus is OrchestrationStatus.Failed or OrchestrationStatus.Terminated)
            {
                throw new InvalidOperationException($"{runner.Name}: {id} ended {state.OrchestrationStatus}: {state.Output}");
            }

            if (watch.Elapsed > TimeSpan.FromMinutes(5))
            {
                throw new TimeoutException($"{runner.Name}: {id} did not complete in 5 minutes.");
            }

            await Task.Delay(25);
        }
    }
}
