using BackupOrchestrator.Domain.Night;
using BackupOrchestrator.Functions.Services;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace BackupOrchestrator.Functions.Night;

/// <summary>
/// A night (<c>night:DAY</c>): keeps the catalog the night runs on (its input) and is the dependency gate of
/// every window of that night. Subscriptions and outcomes arrive as events on one name and are handled one at a
/// time by <see cref="DependencyLedger"/>, so an outcome recorded before a dependent asks is simply found: the
/// gate is event-driven and free of the race. It ends when the night does (a day after its start, night time),
/// answering whoever still waits.
/// </summary>
public sealed class NightLedgerOrchestration
{
    /// <summary>Messages handled before the history is started afresh (continue-as-new keeps replays short).</summary>
    private const int MessagesPerGeneration = 200;

    [Function(nameof(BackupNight))]
    public async Task BackupNight([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var night = context.GetInput<NightInput>() ?? throw new InvalidOperationException("BackupNight needs a NightInput input.");
        var ledger = night.Ledger ?? Seed(night);
        var log = context.CreateReplaySafeLogger(NightLogFileProvider.CategoryPrefix + ".BackupNight");
        if (night.Ledger is null)
        {
            log.NightStarted(night.Day, night.Catalog.Path, night.Catalog.Sha256[..12], night.Clock.Compression);
        }

        using var endOfNight = new CancellationTokenSource();
        var over = context.CreateTimer(night.EndsAt.UtcDateTime, endOfNight.Token);
        for (var handled = 0; handled < MessagesPerGeneration; handled++)
        {
            var next = context.WaitForExternalEvent<LedgerMessage>(NightEvents.Ledger);
            if (await Task.WhenAny(next, over) == over)
            {
                Answer(context, ledger.CloseAll($"the night of {night.Day} ended before its dependencies did"));
                log.NightEnded(night.Day, ledger.Outcomes.Count);
                return;
            }

            var message = await next;
            if (message.Subscribe is { } subscription)
            {
                if (ledger.Subscribe(subscription) is { } answer)
                {
                    Answer(context, [answer]);
                }
            }
            else if (message.Service is { } service && message.State is { } state)
            {
                Answer(context, ledger.Record(service, state, message.Reason));
            }
            else if (message.Rerun is { } rerun)
            {
                ledger.Forget(rerun);
                context.SetCustomStatus(new LedgerStatus(message.RerunId));
            }
        }

        endOfNight.Cancel();
        context.ContinueAsNew(night with { Ledger = ledger });
    }

    private static DependencyLedger Seed(NightInput night)
    {
        var ledger = new DependencyLedger();
        foreach (var (service, reason) in night.NotScheduled)
        {
            ledger.Record(service, BackupState.Skipped, reason);
        }

        return ledger;
    }

    private static void Answer(TaskOrchestrationContext context, IEnumerable<GateAnswer> answers)
    {
        foreach (var answer in answers)
        {
            context.SendEvent(answer.ReplyTo, NightEvents.Gate, answer.Decision);
        }
    }
}
