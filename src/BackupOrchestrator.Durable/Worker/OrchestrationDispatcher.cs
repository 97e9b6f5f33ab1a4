using BackupOrchestrator.Durable.Backend;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Durable.Worker;

/// <summary>Runs orchestration episodes: lock a work item, process it, commit it, repeat, on N loops.</summary>
internal sealed class OrchestrationDispatcher(IOrchestrationService service, OrchestrationEpisodeProcessor processor, DurableTaskWorkerOptions options, ILogger logger)
{
    public Task RunAsync(CancellationToken stopping) =>
        Task.WhenAll(Enumerable.Range(0, options.MaxConcurrentOrchestrations).Select(_ => Task.Run(() => LoopAsync(stopping), CancellationToken.None)));

    private async Task LoopAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            OrchestrationWorkItem? item;
            try
            {
                item = await service.LockNextOrchestrationWorkItemAsync(options.LockWait, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                Logs.DispatcherError(logger, "orchestration", ex);
                await Delay(stopping);
                continue;
            }

            if (item is not null)
            {
                await ProcessAsync(item, stopping);
            }
        }
    }

    private async Task ProcessAsync(OrchestrationWorkItem item, CancellationToken stopping)
    {
        bool failed = false;
        try
        {
            Logs.EpisodeStarting(logger, item.InstanceId, item.Messages.Count, item.History.Count);
            var commit = processor.Process(item);
            await service.CompleteOrchestrationWorkItemAsync(item, commit, CancellationToken.None);
            Logs.EpisodeCommitted(logger, item.InstanceId, commit.NewEvents.Count, commit.ActivityMessages.Count, commit.OrchestratorMessages.Count);
        }
        catch (OrchestrationConcurrencyException)
        {
            Logs.EpisodeConflict(logger, item.InstanceId);
            await AbandonAsync(item);
        }
        catch (Exception ex)
        {
            Logs.EpisodeFailed(logger, item.InstanceId, ex);
            await AbandonAsync(item);
            failed = true;
        }
        finally
        {
            // Last, after the outcome is logged: only now may another episode of this instance start.
            await ReleaseAsync(item);
        }

        if (failed && !stopping.IsCancellationRequested)
        {
            await Delay(stopping);
        }
    }

    private async Task AbandonAsync(OrchestrationWorkItem item)
    {
        try
        {
            await service.AbandonOrchestrationWorkItemAsync(item, CancellationToken.None);
        }
        catch (Exception ex)
        {
            Logs.EpisodeAbandonFailed(logger, item.InstanceId, ex);
        }
    }

    private async Task ReleaseAsync(OrchestrationWorkItem item)
    {
        try
        {
            await service.ReleaseOrchestrationWorkItemAsync(item, CancellationToken.None);
        }
        catch (Exception ex)
        {
            Logs.DispatcherError(logger, "orchestration", ex);
        }
    }

    private static async Task Delay(CancellationToken stopping)
    {
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500), stopping);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
