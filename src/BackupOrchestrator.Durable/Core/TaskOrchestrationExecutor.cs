using BackupOrchestrator.Durable.Command;
using BackupOrchestrator.Durable.History;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Durable.Core;

/// <summary>An orchestrator as the runtime sees it: JSON input in, JSON output out.</summary>
public delegate Task<string?> OrchestratorFunc(TaskOrchestrationContext context, string? input);

/// <summary>What one episode decided: new actions (in sequence order) and the custom status.</summary>
public sealed record OrchestrationExecutionResult(IReadOnlyList<OrchestratorAction> Actions, string? CustomStatus);

/// <summary>
/// Replays an instance's history through its orchestrator code and returns the new actions.
/// Past events replay with <c>IsReplaying</c> true; new events run live. Every scheduling event
/// in the history must match the action the code makes with the same sequence id, otherwise
/// the instance fails with <see cref="NonDeterministicOrchestrationException"/>.
/// </summary>
public sealed class TaskOrchestrationExecutor(ILoggerFactory loggerFactory, TimeSpan maxTimerInterval)
{
    public OrchestrationExecutionResult Execute(OrchestrationRuntimeState state, OrchestratorFunc orchestrator)
    {
        var started = state.Started ?? throw new InvalidOperationException($"Instance '{state.InstanceId}' has no ExecutionStarted event to replay.");
        var run = new Episode(new OrchestrationContextCore(state.InstanceId, started.Name, maxTimerInterval, loggerFactory), orchestrator);
        var sync = new OrchestrationSynchronizationContext();
        sync.Run(() =>
        {
            try
            {
                run.Context.Replaying = state.PastEvents.Count > 0;
                foreach (var e in state.PastEvents)
                {
                    run.Process(e, sync);
                }

                run.Context.Replaying = false;
                foreach (var e in state.NewEvents)
                {
                    run.Process(e, sync);
                }
            }
            catch (NonDeterministicOrchestrationException ex)
            {
                run.Finish(OrchestrationRuntimeStatus.Failed, null, FailureDetails.FromException(ex));
            }
        });

        return run.Result();
    }

    /// <summary>State of one replay; <see cref="Process"/> is the one switch over event types.</summary>
    private sealed class Episode(OrchestrationContextCore context, OrchestratorFunc orchestrator)
    {
        private readonly List<HistoryEvent> _heldWhileSuspended = [];
        private Task<string?>? _orchestration;
        private CompleteOrchestrationOrchestratorAction? _forcedCompletion;
        private bool _suspended;

        public OrchestrationContextCore Context { get; } = context;

        public void Process(HistoryEvent e, OrchestrationSynchronizationContext sync)
        {
            if (_forcedCompletion is not null)
            {
                return;
            }

            if (_suspended && e is TaskCompletedEvent or TaskFailedEvent or TimerFiredEvent or SubOrchestrationInstanceCompletedEvent or SubOrchestrationInstanceFailedEvent or EventRaisedEvent)
            {
                _heldWhileSuspended.Add(e);
                return;
            }

            switch (e)
            {
                case OrchestratorStartedEvent:
                    Context.CurrentTime = e.Timestamp;
                    break;
                case ExecutionStartedEvent started:
                    Context.Input = started.Input;
                    Context.OrchestrationVersion = started.Version;
                    foreach (var carried in started.CarryoverEvents ?? [])
                    {
                        Context.DeliverEvent(carried);
                    }

                    _orchestration = Invoke(started.Input);
                    break;
                case TaskScheduledEvent scheduled:
                    Match(scheduled.EventId, $"CallActivity '{scheduled.Name}'", a => a is ScheduleTaskOrchestratorAction s && s.Name == scheduled.Name);
                    break;
                case TaskCompletedEvent completed:
                    Resolve(completed.TaskScheduledId, t => t.Complete(completed.Result));
                    break;
                case TaskFailedEvent failed:
                    Resolve(failed.TaskScheduledId, t => t.Fail(new TaskFailedException(t.Description, failed.TaskScheduledId, failed.FailureDetails)));
                    break;
                case TimerCreatedEvent timer:
                    Match(timer.EventId, $"CreateTimer {timer.FireAt:O}", a => a is CreateTimerOrchestratorAction);
                    break;
                case TimerFiredEvent fired:
                    Resolve(fired.TimerId, t => t.Complete(null));
                    break;
                case SubOrchestrationInstanceCreatedEvent created:
                    Match(created.EventId, $"CallSubOrchestrator '{created.Name}' ({created.InstanceId})", a => a is CreateSubOrchestrationOrchestratorAction c && c.Name == created.Name);
                    break;
                case SubOrchestrationInstanceCompletedEvent subCompleted:
                    Resolve(subCompleted.TaskScheduledId, t => t.Complete(subCompleted.Result));
                    break;
                case SubOrchestrationInstanceFailedEvent subFailed:
                    Resolve(subFailed.TaskScheduledId, t => t.Fail(new TaskFailedException(t.Description, subFailed.TaskScheduledId, subFailed.FailureDetails)));
                    break;
                case EventRaisedEvent raised:
                    Context.DeliverEvent(raised);
                    break;
                case EventSentEvent sent:
                    Match(sent.EventId, $"SendEvent '{sent.Name}' to {sent.InstanceId}", a => a is SendEventOrchestratorAction s && s.EventName == sent.Name);
                    break;
                case ExecutionSuspendedEvent:
                    _suspended = true;
                    break;
                case ExecutionResumedEvent:
                    _suspended = false;
                    var held = _heldWhileSuspended.ToList();
                    _heldWhileSuspended.Clear();
                    foreach (var h in held)
                    {
                        Process(h, sync);
                    }

                    break;
                case ExecutionTerminatedEvent terminated:
                    Finish(OrchestrationRuntimeStatus.Terminated, terminated.Reason, null);
                    break;
                case ExecutionCompletedEvent or ContinueAsNewEvent or OrchestratorCompletedEvent or ExecutionRewoundEvent:
                    break;
                default:
                    throw new NotSupportedException($"History event type {e.EventType} is not known to this executor.");
            }

            sync.Drain();
        }

        public void Finish(OrchestrationRuntimeStatus status, string? result, FailureDetails? failure) =>
            _forcedCompletion = new CompleteOrchestrationOrchestratorAction(Context.NextSequenceId, status, result, failure);

        public OrchestrationExecutionResult Result()
        {
            if (_forcedCompletion is not null)
            {
                return new OrchestrationExecutionResult([_forcedCompletion], Context.CustomStatus);
            }

            var actions = Context.PendingActions.ToList();
            if (_orchestration is { IsCompleted: true } done)
            {
                actions.Add(Completion(done));
            }

            return new OrchestrationExecutionResult(actions, Context.CustomStatus);
        }

        private CompleteOrchestrationOrchestratorAction Completion(Task<string?> done)
        {
            int id = Context.NextSequenceId;
            if (done.IsFaulted)
            {
                var ex = done.Exception!.InnerException ?? done.Exception;
                var details = ex is TaskFailedException tfe
                    ? new FailureDetails(typeof(TaskFailedException).FullName!, ex.Message, ex.StackTrace, tfe.FailureDetails)
                    : FailureDetails.FromException(ex);
                return new CompleteOrchestrationOrchestratorAction(id, OrchestrationRuntimeStatus.Failed, null, details);
            }

            if (done.IsCanceled)
            {
                return new CompleteOrchestrationOrchestratorAction(id, OrchestrationRuntimeStatus.Failed, null,
                    new FailureDetails(typeof(TaskCanceledException).FullName!, "The orchestrator function was canceled."));
            }

            if (Context.ContinuedAsNew)
            {
                var carry = Context.PreserveUnprocessedEvents ? Context.UnprocessedEvents() : null;
                return new CompleteOrchestrationOrchestratorAction(id, OrchestrationRuntimeStatus.ContinuedAsNew, Context.ContinueAsNewInput, null, carry);
            }

            return new CompleteOrchestrationOrchestratorAction(id, OrchestrationRuntimeStatus.Completed, done.Result, null);
        }

        private Task<string?> Invoke(string? input)
        {
            try
            {
                return orchestrator(Context, input);
            }
            catch (Exception ex)
            {
                return Task.FromException<string?>(ex);
            }
        }

        private void Match(int eventId, string inHistory, Func<OrchestratorAction, bool> matches)
        {
            if (!Context.TryTakePendingAction(eventId, out var action))
            {
                throw new NonDeterministicOrchestrationException(eventId, inHistory, "no such call (the code did not make a call with this sequence id)");
            }

            if (!matches(action))
            {
                throw new NonDeterministicOrchestrationException(eventId, inHistory, action.Describe());
            }
        }

        private void Resolve(int taskId, Action<OpenTask> complete)
        {
            // A completion without an open task is a duplicate or belongs to a canceled timer: ignore it.
            if (Context.TryTakeOpenTask(taskId, out var task))
            {
                complete(task);
            }
        }
    }
}
