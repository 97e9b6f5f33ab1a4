using BackupOrchestrator.Durable.Backend;
using BackupOrchestrator.Durable.Core;
using BackupOrchestrator.Durable.History;

namespace BackupOrchestrator.Durable.Worker;

/// <summary>
/// The messages an episode sends are a pure function of the events it appended. Because the
/// history is written before the messages, a crash in between is repaired by deriving the
/// messages again from the stored episode and sending them again (receivers drop duplicates).
/// </summary>
internal static class Outbox
{
    public static (List<TaskMessage> Activities, List<TaskMessage> Orchestrations) From(IEnumerable<HistoryEvent> episodeEvents, ExecutionStartedEvent started, string instanceId)
    {
        var activities = new List<TaskMessage>();
        var orchestrations = new List<TaskMessage>();
        string executionId = started.ExecutionId;
        foreach (var e in episodeEvents)
        {
            switch (e)
            {
                case TaskScheduledEvent scheduled:
                    activities.Add(new TaskMessage { InstanceId = instanceId, ExecutionId = executionId, Event = scheduled, Id = StableId(instanceId, executionId, "task", scheduled.EventId) });
                    break;
                case TimerCreatedEvent timer:
                    orchestrations.Add(new TaskMessage
                    {
                        InstanceId = instanceId,
                        ExecutionId = executionId,
                        Event = new TimerFiredEvent { TimerId = timer.EventId, FireAt = timer.FireAt, Timestamp = timer.FireAt },
                        VisibleAt = timer.FireAt,
                        Id = StableId(instanceId, executionId, "timer", timer.EventId),
                    });
                    break;
                case SubOrchestrationInstanceCreatedEvent child:
                    orchestrations.Add(new TaskMessage
                    {
                        InstanceId = child.InstanceId,
                        ExecutionId = ChildExecutionId(instanceId, executionId, child.EventId),
                        Event = new ExecutionStartedEvent
                        {
                            Name = child.Name,
                            Input = child.Input,
                            ExecutionId = ChildExecutionId(instanceId, executionId, child.EventId),
                            Parent = new ParentInstance(instanceId, executionId, started.Name, child.EventId),
                            Timestamp = child.Timestamp,
                        },
                        Id = StableId(instanceId, executionId, "child", child.EventId),
                    });
                    break;
                case EventSentEvent sent:
                    string messageId = StableId(instanceId, executionId, "event", sent.EventId);
                    orchestrations.Add(new TaskMessage
                    {
                        InstanceId = sent.InstanceId,
                        Event = new EventRaisedEvent { Name = sent.Name, Input = sent.Input, MessageId = messageId, Timestamp = sent.Timestamp },
                        Id = messageId,
                    });
                    break;
                case ContinueAsNewEvent next:
                    string nextExecution = DeterministicGuid.Create($"{instanceId}/{executionId}/continue-as-new").ToString("N");
                    orchestrations.Add(new TaskMessage
                    {
                        InstanceId = instanceId,
                        ExecutionId = nextExecution,
                        Event = new ExecutionStartedEvent
                        {
                            Name = started.Name,
                            Version = started.Version,
                            Input = next.Input,
                            ExecutionId = nextExecution,
                            Parent = started.Parent,
                            CarryoverEvents = next.CarryoverEvents,
                            Timestamp = next.Timestamp,
                        },
                        Id = StableId(instanceId, executionId, "continue-as-new", 0),
                    });
                    break;
                case ExecutionCompletedEvent completed when started.Parent is { } parent && completed.OrchestrationStatus != OrchestrationRuntimeStatus.ContinuedAsNew:
                    HistoryEvent answer = completed.OrchestrationStatus == OrchestrationRuntimeStatus.Completed
                        ? new SubOrchestrationInstanceCompletedEvent { TaskScheduledId = parent.TaskScheduledId, Result = completed.Result, Timestamp = completed.Timestamp }
                        : new SubOrchestrationInstanceFailedEvent
                        {
                            TaskScheduledId = parent.TaskScheduledId,
                            FailureDetails = completed.FailureDetails ?? new FailureDetails("Terminated", completed.Result ?? $"Sub-orchestration {instanceId} ended {completed.OrchestrationStatus}."),
                            Timestamp = completed.Timestamp,
                        };
                    orchestrations.Add(new TaskMessage { InstanceId = parent.InstanceId, ExecutionId = parent.ExecutionId, Event = answer, Id = StableId(instanceId, executionId, "parent", 0) });
                    break;
            }
        }

        return (activities, orchestrations);
    }

    public static string ChildExecutionId(string instanceId, string executionId, int eventId) =>
        DeterministicGuid.Create($"{instanceId}/{executionId}/child/{eventId}").ToString("N");

    private static string StableId(string instanceId, string executionId, string kind, int eventId) =>
        DeterministicGuid.Create($"{instanceId}/{executionId}/{kind}/{eventId}").ToString("N");
}
