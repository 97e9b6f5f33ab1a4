using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Host.Timers;

/// <summary>What one timer function needs from its host.</summary>
public sealed record TimerDefinition(string Name, string FullName, TimerSchedule Schedule, bool RunOnStartup, bool UseMonitor);

/// <summary>
/// Runs one timer function as the Functions host's TimerListener does: only while it holds the listener lease;
/// at start (and on taking the lease over) one past-due run when the recorded next occurrence has gone by, else
/// one run if RunOnStartup; then each occurrence in turn, never two at once; the status recorded after each run.
/// </summary>
public sealed class TimerListener(
    TimerDefinition timer,
    Func<TimerInfo, CancellationToken, Task> invoke,
    ScheduleStatusStore? statusStore,
    ListenerLease lease,
    TimeSpan leaseRecoveryInterval,
    TimeProvider time,
    ILogger logger)
{
    public string Name => timer.Name;

    /// <summary>What to do when the listener starts, from the recorded status (pure, for tests).</summary>
    public static (bool Invoke, bool IsPastDue) DecideAtStart(TimerStatus? recorded, DateTimeOffset now, bool runOnStartup)
        => recorded is not null && recorded.Next != default && now > recorded.Next ? (true, true) : (runOnStartup, false);

    public async Task RunAsync(CancellationToken stopping)
    {
        var firstStart = true;
        while (!stopping.IsCancellationRequested)
        {
            if (!await lease.TryAcquireAsync(stopping))
            {
                Logs.TimerLeaseHeldElsewhere(logger, timer.Name, leaseRecoveryInterval);
                await Task.Delay(leaseRecoveryInterval, time, stopping);
                continue;
            }

            Logs.TimerListening(logger, timer.Name, timer.Schedule.Expression);
            using var lost = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            var renewing = RenewAsync(lost);
            try
            {
                await ListenAsync(firstStart, lost.Token);
            }
            catch (OperationCanceledException) when (lost.IsCancellationRequested)
            {
            }
            finally
            {
                await lost.CancelAsync();
                await renewing;
                if (stopping.IsCancellationRequested)
                {
                    await lease.ReleaseAsync(CancellationToken.None);
                }
            }

            firstStart = false;
        }
    }

    private async Task ListenAsync(bool starting, CancellationToken token)
    {
        var now = time.GetUtcNow();
        var recorded = timer.UseMonitor && statusStore is not null ? await statusStore.GetAsync(timer.FullName, token) : null;
        var (invokeNow, pastDue) = DecideAtStart(recorded, now, timer.RunOnStartup && starting);
        var last = recorded?.Last ?? default;
        if (invokeNow)
        {
            // A past-due run stands for every occurrence missed, as with the Functions host: once, not once each.
            await RunOnceAsync(last, timer.Schedule.GetNextOccurrence(now), pastDue, now, token);
            last = now;
        }
        else if (timer.UseMonitor && (recorded is null || recorded.Next != timer.Schedule.GetNextOccurrence(now)))
        {
            // First run on this account, or the schedule changed: record the next occurrence, so that missing it is seen.
            await RecordAsync(new TimerStatus(last, timer.Schedule.GetNextOccurrence(now), now), token);
        }

        while (!token.IsCancellationRequested)
        {
            var next = timer.Schedule.GetNextOccurrence(time.GetUtcNow());
            await DelayUntilAsync(next, token);
            var following = timer.Schedule.GetNextOccurrence(next);
            await RunOnceAsync(last, following, pastDue: false, next, token);
            last = next;
        }
    }

    private async Task RunOnceAsync(DateTimeOffset last, DateTimeOffset next, bool pastDue, DateTimeOffset occurrence, CancellationToken token)
    {
        var info = new TimerInfo
        {
            IsPastDue = pastDue,
            ScheduleStatus = new ScheduleStatus { Last = last.UtcDateTime, Next = next.UtcDateTime, LastUpdated = time.GetUtcNow().UtcDateTime },
        };
        try
        {
            await invoke(info, token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !token.IsCancellationRequested)
        {
            // A failing run is logged and the schedule goes on, as with the Functions host.
            Logs.TimerFailed(logger, ex, timer.Name);
        }

        await RecordIfMonitoredAsync(occurrence, next, token);
    }

    private Task RecordIfMonitoredAsync(DateTimeOffset last, DateTimeOffset next, CancellationToken token)
        => timer.UseMonitor ? RecordAsync(new TimerStatus(last, next, time.GetUtcNow()), token) : Task.CompletedTask;

    private async Task RecordAsync(TimerStatus status, CancellationToken token)
    {
        if (statusStore is not null)
        {
            await statusStore.SetAsync(timer.FullName, status, token);
        }
    }

    private async Task DelayUntilAsync(DateTimeOffset due, CancellationToken token)
    {
        // Task.Delay takes at most ~49 days; a yearly schedule waits in steps.
        for (var wait = due - time.GetUtcNow(); wait > TimeSpan.Zero; wait = due - time.GetUtcNow())
        {
            await Task.Delay(wait > TimeSpan.FromDays(1) ? TimeSpan.FromDays(1) : wait, time, token);
        }
    }

    private async Task RenewAsync(CancellationTokenSource lost)
    {
        try
        {
            while (!lost.IsCancellationRequested)
            {
                await Task.Delay(lease.Period / 3, time, lost.Token);
                if (!await lease.RenewAsync(lost.Token))
                {
                    Logs.TimerLeaseLost(logger, timer.Name);
                    await lost.CancelAsync();
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Azure.RequestFailedException ex)
        {
            Logs.TimerLeaseLost(logger, timer.Name);
            Logs.StorageError(logger, ex, "renewing a timer lease");
            await lost.CancelAsync();
        }
    }
}
