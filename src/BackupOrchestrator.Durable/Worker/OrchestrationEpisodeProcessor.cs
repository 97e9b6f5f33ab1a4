using BackupOrchestrator.Durable.Backend;
using BackupOrchestrator.Durable.Command;
using BackupOrchestrator.Durable.Core;
using BackupOrchestrator.Durable.History;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Durable.Worker;

/// <summary>
/// Turns a locked work item (history + messages) into a commit: drops duplicate and stale
/// messages, replays the orchestrator, converts its actions into history events and derives
/// the outgoing messages. Backend-agnostic; the dispatcher hands the commit to the backend.
/// </summary>
internal sealed class OrchestrationEpisodeProcessor(TaskRegistry registry, TaskOrchestrationExecutor executor, TimeProvider time, ILogger logger, int maxDequeueCount = int.MaxValue)
{
    public OrchestrationCommit Process(OrchestrationWorkItem item)
    {
        DateTime now = time.GetUtcNow().UtcDateTime;
        var state = new OrchestrationRuntimeState(item.InstanceId, item.History);
        if (item.Messages.Any(m => m.DequeueCount > maxDequeueCount))
        {
            if (state.Started is null && item.Messages.Select(m => m.Event).OfType<ExecutionStartedEvent>().FirstOrDefault() is { } first)
            {
                state.AddEvent(first.Timestamp == default ? first with { Timestamp = now } : first);
            }

            if (state.Started is not null && !state.IsTerminal)
            {
                return FailPoisoned(item, state, now);
            }

            // Nothing to fail (not started: nothing would ever process them; finished: they are dropped anyway).
            foreach (var m in item.Messages.Where(m => m.DequeueCount > maxDequeueCount))
            {
                Logs.PoisonMessageDropped(logger, item.InstanceId, m.Event.EventType.ToString(), m.DequeueCount);
            }

            item = new OrchestrationWorkItem { InstanceId = item.InstanceId, History = item.History, Instance = item.Instance, BackendState = item.BackendState, Messages = [.. item.Messages.Where(m => m.DequeueCount <= maxDequeueCount)] };
        }

        var seen = new SeenIndex(state.PastEvents);
        var incoming = new List<HistoryEvent>();
        var resend = new SortedSet<int>();
        var deferred = new HashSet<string>();
        bool newExecution = false;
        List<TaskMessage> rewindActivities = [];
        List<TaskMessage> rewindOrchestrations = [];

        foreach (var message in item.Messages)
        {
            HistoryEvent e = message.Event.Timestamp == default ? message.Event with { Timestamp = now } : message.Event;
            if (e is ExecutionStartedEvent start)
            {
                if (state.Started is null && !incoming.OfType<ExecutionStartedEvent>().Any())
                {
                    incoming.Add(start);
                }
                else if (state.Started is { } current && current.ExecutionId == start.ExecutionId)
                {
                    if (message.MayBeRedelivery)
                    {
                        resend.Add(EpisodeStart(state.PastEvents, 0));
                    }
                }
                else if (state.IsTerminal)
                {
                    Logs.NewExecution(logger, item.InstanceId, start.ExecutionId);
                    state = new OrchestrationRuntimeState(item.InstanceId, []);
                    seen = new SeenIndex([]);
                    resend.Clear();
                    incoming.Clear();
                    incoming.Add(start);
                    newExecution = true;
                }
                else
                {
                    Logs.MessageDropped(logger, item.InstanceId, e.EventType.ToString(), "the instance is already running another execution");
                }

                continue;
            }

            if (state.Started is null && !incoming.OfType<ExecutionStartedEvent>().Any())
            {
                // Arrived before the instance's start message: try again a little later.
                deferred.Add(message.Id);
                continue;
            }

            string? executionId = state.Started?.ExecutionId ?? incoming.OfType<ExecutionStartedEvent>().First().ExecutionId;
            if (message.ExecutionId is not null && message.ExecutionId != executionId && !seen.RewoundExecutionIds.Contains(message.ExecutionId))
            {
                Logs.MessageDropped(logger, item.InstanceId, e.EventType.ToString(), $"it belongs to execution {message.ExecutionId}, not the current {executionId}");
                continue;
            }

            int duplicateAt = seen.IndexOf(e);
            if (duplicateAt >= 0)
            {
                // Recorded before. If this very message was delivered before (it was not deleted), the
                // episode that recorded it may have crashed before sending its messages: send them
                // again (receivers drop duplicates). A first delivery is a second answer to the same
                // task (an activity ran twice) and is simply dropped, so resends cannot feed themselves.
                if (message.MayBeRedelivery)
                {
                    resend.Add(EpisodeStart(state.PastEvents, duplicateAt));
                    Logs.DuplicateMessage(logger, item.InstanceId, e.EventType.ToString());
                }
                else
                {
                    Logs.MessageDropped(logger, item.InstanceId, e.EventType.ToString(), "its task already has an answer in the history");
                }

                continue;
            }

            if (seen.IsDuplicateInBatch(e))
            {
                continue;
            }

            if (e is ExecutionRewoundEvent rewound)
            {
                if (state.Status == OrchestrationRuntimeStatus.Failed && incoming.Count == 0)
                {
                    (state, rewindActivities, rewindOrchestrations) = Rewind(state, rewound, now);
                    seen = new SeenIndex(state.PastEvents);
                    newExecution = true;
                }

                continue;
            }

            if (state.IsTerminal)
            {
                Logs.MessageDropped(logger, item.InstanceId, e.EventType.ToString(), $"the instance is already {state.Status}");
                continue;
            }

            incoming.Add(e);
        }

        var activities = new List<TaskMessage>();
        var orchestrations = new List<TaskMessage>();
        foreach (int episodeStart in resend)
        {
            var (a, o) = Outbox.From(EpisodeEvents(state.PastEvents, episodeStart), state.Started!, item.InstanceId);
            activities.AddRange(a);
            orchestrations.AddRange(o);
        }

        activities.AddRange(rewindActivities);
        orchestrations.AddRange(rewindOrchestrations);

        if (incoming.Count > 0)
        {
            state.AddEvent(new OrchestratorStartedEvent { Timestamp = now });
            foreach (var e in incoming)
            {
                state.AddEvent(e);
            }

            RunOrchestrator(state, now);
            var (a, o) = Outbox.From(state.NewEvents, state.Started!, item.InstanceId);
            activities.AddRange(a);
            orchestrations.AddRange(o);
        }

        bool changed = incoming.Count > 0 || resend.Count > 0 || newExecution;
        return new OrchestrationCommit
        {
            NewExecution = newExecution,
            NewEvents = newExecution ? [.. state.PastEvents, .. state.NewEvents] : state.NewEvents,
            Instance = changed && state.Started is not null ? InstanceRow(state, item.Instance, now) : null,
            ActivityMessages = activities,
            OrchestratorMessages = orchestrations,
            DeferredMessageIds = deferred,
        };
    }

    /// <summary>
    /// A message of this instance was handed out more than the poison limit without any episode
    /// committing it (each episode failed or its worker died): fail the instance instead of looping,
    /// tell its parent, and consume all its messages.
    /// </summary>
    private OrchestrationCommit FailPoisoned(OrchestrationWorkItem item, OrchestrationRuntimeState state, DateTime now)
    {
        var worst = item.Messages.MaxBy(m => m.DequeueCount)!;
        string reason = $"Message {worst.Event.EventType} (id {worst.Id ?? "none"}) of instance '{item.InstanceId}' was handed out {worst.DequeueCount} times without an episode committing it " +
            $"(each episode failed or its worker died; see the worker log for event 1013 of this instance). The instance was failed instead of retrying again; fix the cause and restart or rewind it.";
        Logs.PoisonMessage(logger, item.InstanceId, worst.Event.EventType.ToString(), worst.DequeueCount);
        var failure = new FailureDetails("PoisonMessage", reason);
        state.AddEvent(new OrchestratorStartedEvent { Timestamp = now });
        state.AddEvent(new ExecutionCompletedEvent { EventId = -1, OrchestrationStatus = OrchestrationRuntimeStatus.Failed, FailureDetails = failure, Timestamp = now });
        state.AddEvent(new OrchestratorCompletedEvent { Timestamp = now });
        var (activities, orchestrations) = Outbox.From(state.NewEvents, state.Started!, item.InstanceId);
        return new OrchestrationCommit
        {
            NewEvents = state.NewEvents,
            Instance = InstanceRow(state, item.Instance, now),
            ActivityMessages = activities,
            OrchestratorMessages = orchestrations,
        };
    }

    private void RunOrchestrator(OrchestrationRuntimeState state, DateTime now)
    {
        string name = state.Name!;
        OrchestrationExecutionResult result;
        if (registry.TryGetOrchestrator(name, out var orchestrator))
        {
            result = executor.Execute(state, orchestrator);
        }
        else
        {
            var failure = new FailureDetails("OrchestratorNotRegistered", $"No orchestrator named '{name}' is registered on this worker. Register it with DurableTaskWorker.AddOrchestrator before starting instances of it.");
            result = new OrchestrationExecutionResult([new CompleteOrchestrationOrchestratorAction(0, OrchestrationRuntimeStatus.Failed, null, failure)], null);
        }

        state.CustomStatus = result.CustomStatus;
        foreach (var action in result.Actions)
        {
            switch (action)
            {
                case ScheduleTaskOrchestratorAction task:
                    state.AddEvent(new TaskScheduledEvent { EventId = task.Id, Name = task.Name, Input = task.Input, ConcurrencySlot = task.ConcurrencySlot, Timestamp = now });
                    break;
                case CreateTimerOrchestratorAction timer:
                    state.AddEvent(new TimerCreatedEvent { EventId = timer.Id, FireAt = timer.FireAt, Timestamp = now });
                    break;
                case CreateSubOrchestrationOrchestratorAction child:
                    state.AddEvent(new SubOrchestrationInstanceCreatedEvent { EventId = child.Id, Name = child.Name, InstanceId = child.InstanceId, Input = child.Input, Timestamp = now });
                    break;
                case SendEventOrchestratorAction send:
                    state.AddEvent(new EventSentEvent { EventId = send.Id, InstanceId = send.InstanceId, Name = send.EventName, Input = send.Input, Timestamp = now });
                    break;
                case CompleteOrchestrationOrchestratorAction complete:
                    if (complete.Status == OrchestrationRuntimeStatus.ContinuedAsNew)
                    {
                        state.AddEvent(new ContinueAsNewEvent { EventId = complete.Id, Input = complete.Result, CarryoverEvents = complete.CarryoverEvents, Timestamp = now });
                    }

                    state.AddEvent(new ExecutionCompletedEvent { EventId = complete.Id, OrchestrationStatus = complete.Status, Result = complete.Result, FailureDetails = complete.FailureDetails, Timestamp = now });
                    Logs.OrchestrationCompleted(logger, state.InstanceId, name, complete.Status.ToString(), complete.FailureDetails?.ToString());
                    break;
            }
        }

        state.AddEvent(new OrchestratorCompletedEvent { Timestamp = now });
    }

    private static OrchestrationMetadata InstanceRow(OrchestrationRuntimeState state, OrchestrationMetadata? existing, DateTime now)
    {
        var started = state.Started!;
        var completed = state.Completed;
        return new OrchestrationMetadata
        {
            InstanceId = state.InstanceId,
            Name = started.Name,
            Version = started.Version,
            ExecutionId = started.ExecutionId,
            RuntimeStatus = state.Status == OrchestrationRuntimeStatus.ContinuedAsNew ? OrchestrationRuntimeStatus.Running : state.Status,
            CreatedAt = existing?.CreatedAt is { } created && created != default ? created : started.Timestamp == default ? now : started.Timestamp,
            LastUpdatedAt = now,
            CompletedAt = completed is not null && completed.OrchestrationStatus != OrchestrationRuntimeStatus.ContinuedAsNew ? completed.Timestamp : null,
            SerializedInput = started.Input,
            SerializedOutput = completed?.OrchestrationStatus == OrchestrationRuntimeStatus.Failed
                ? DataConverter.Serialize(completed.FailureDetails)
                : completed?.OrchestrationStatus == OrchestrationRuntimeStatus.ContinuedAsNew ? null : completed?.Result,
            SerializedCustomStatus = state.CustomStatus ?? existing?.SerializedCustomStatus,
            FailureDetails = completed?.FailureDetails,
        };
    }

    /// <summary>
    /// Drops the failures of the last episode and the failed completion, moves the history to a
    /// new execution id, and sends the failed activities again.
    /// </summary>
    private static (OrchestrationRuntimeState, List<TaskMessage>, List<TaskMessage>) Rewind(OrchestrationRuntimeState failed, ExecutionRewoundEvent rewound, DateTime now)
    {
        var past = failed.PastEvents;
        int lastEpisode = EpisodeStart(past, past.Count - 1);
        var failedIds = past.Skip(lastEpisode).Select(e => e switch
        {
            TaskFailedEvent f => f.TaskScheduledId,
            SubOrchestrationInstanceFailedEvent s => s.TaskScheduledId,
            _ => -1,
        }).Where(id => id >= 0).ToHashSet();
        string executionId = DeterministicGuid.Create($"{failed.InstanceId}/{failed.ExecutionId}/rewind/{rewound.MessageId}").ToString("N");
        var kept = past
            .Where((e, i) => !(i >= lastEpisode && e is TaskFailedEvent or SubOrchestrationInstanceFailedEvent or ExecutionCompletedEvent))
            .Select(e => e is ExecutionStartedEvent s ? s with { ExecutionId = executionId } : e)
            .ToList();
        var state = new OrchestrationRuntimeState(failed.InstanceId, kept);
        state.AddEvent(new OrchestratorStartedEvent { Timestamp = now });
        state.AddEvent(rewound with { Timestamp = now, PreviousExecutionId = failed.ExecutionId });
        state.AddEvent(new OrchestratorCompletedEvent { Timestamp = now });
        var scheduled = kept.Where(e => failedIds.Contains(e.EventId)).ToList();
        var (activities, _) = Outbox.From(scheduled.OfType<TaskScheduledEvent>(), state.Started!, failed.InstanceId);
        var orchestrations = new List<TaskMessage>();
        // Failed sub-orchestrations are rewound too; their answer is accepted by this execution
        // because the rewound event records the execution id they still address.
        foreach (var child in scheduled.OfType<SubOrchestrationInstanceCreatedEvent>())
        {
            orchestrations.Add(new TaskMessage { InstanceId = child.InstanceId, Event = new ExecutionRewoundEvent { Reason = rewound.Reason, MessageId = $"{rewound.MessageId}/{child.EventId}" }, Id = $"{rewound.MessageId}/{child.EventId}" });
        }

        return (state, activities, orchestrations);
    }

    /// <summary>Index of the <see cref="OrchestratorStartedEvent"/> that opens the episode holding event <paramref name="index"/>.</summary>
    private static int EpisodeStart(List<HistoryEvent> events, int index)
    {
        for (int i = Math.Min(index, events.Count - 1); i >= 0; i--)
        {
            if (events[i] is OrchestratorStartedEvent)
            {
                return i;
            }
        }

        return 0;
    }

    private static IEnumerable<HistoryEvent> EpisodeEvents(List<HistoryEvent> events, int start)
    {
        yield return events[start];
        for (int i = start + 1; i < events.Count && events[i] is not OrchestratorStartedEvent; i++)
        {
            yield return events[i];
        }
    }
}
