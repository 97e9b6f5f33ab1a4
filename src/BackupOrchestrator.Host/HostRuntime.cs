using BackupOrchestrator.Host.Durable;
using BackupOrchestrator.Host.Timers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Host;

/// <summary>
/// Starts and stops what runs besides HTTP: the Durable engine and the timer listeners. On SIGTERM or Ctrl-C it stops
/// the timers (no new runs) and the engine (no new work items; running activities get the grace period, then their
/// CancellationToken fires), and the listener leases are released. A SIGKILL skips all of this and loses nothing:
/// the engine's work items are replayed by the next host (at-least-once), a timer's missed window runs past due.
/// </summary>
internal sealed class HostRuntime(DurableEngine? engine, IReadOnlyList<TimerListener> timers, TimeSpan gracePeriod, ILogger logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _graceOver = new();
    private readonly List<Task> _running = [];

    /// <summary>Fires when the shutdown grace period is over (the token activities receive).</summary>
    public CancellationToken GraceOver => _graceOver.Token;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (engine is not null)
        {
            await engine.StartAsync(cancellationToken);
        }

        foreach (var timer in timers)
        {
            _running.Add(Task.Run(() => KeepRunningAsync(timer), CancellationToken.None));
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Logs.Stopping(logger, gracePeriod);
        await _stopping.CancelAsync();
        _graceOver.CancelAfter(gracePeriod);
        await Task.WhenAll(_running);
        if (engine is not null)
        {
            await engine.StopAsync(gracePeriod);
        }

        Logs.Stopped(logger);
    }

    public void Dispose()
    {
        _stopping.Dispose();
        _graceOver.Dispose();
    }

    private async Task KeepRunningAsync(TimerListener timer)
    {
        var delay = TimeSpan.FromSeconds(5);
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                await timer.RunAsync(_stopping.Token);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Storage unreachable (Azurite restarting, network): the listener comes back when storage does.
                Logs.TimerListenerCrashed(logger, ex, timer.Name, delay);
                try
                {
                    await Task.Delay(delay, _stopping.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
