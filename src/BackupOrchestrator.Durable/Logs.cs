using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Durable;

/// <summary>
/// Every log message of the durable runtime, with stable event ids: 1xxx dispatch,
/// 2xxx storage, 3xxx client, 4xxx slots and leases.
/// </summary>
internal static partial class Logs
{
    [LoggerMessage(1000, LogLevel.Information, "Durable worker started: {Orchestrators} orchestrators, {Activities} activities, {MaxOrchestrations} orchestration and {MaxActivities} activity slots")]
    public static partial void WorkerStarted(ILogger logger, int orchestrators, int activities, int maxOrchestrations, int maxActivities);

    [LoggerMessage(1001, LogLevel.Information, "Durable worker stopped")]
    public static partial void WorkerStopped(ILogger logger);

    [LoggerMessage(1010, LogLevel.Debug, "Episode of {InstanceId}: {MessageCount} messages, {HistoryCount} past events")]
    public static partial void EpisodeStarting(ILogger logger, string instanceId, int messageCount, int historyCount);

    [LoggerMessage(1011, LogLevel.Debug, "Episode of {InstanceId} committed: {NewEvents} events, {Activities} activity and {Orchestrations} orchestration messages")]
    public static partial void EpisodeCommitted(ILogger logger, string instanceId, int newEvents, int activities, int orchestrations);

    [LoggerMessage(1012, LogLevel.Warning, "Episode of {InstanceId} lost a race with another worker and was discarded; its messages will be retried")]
    public static partial void EpisodeConflict(ILogger logger, string instanceId);

    [LoggerMessage(1013, LogLevel.Error, "Episode of {InstanceId} failed; its messages will be retried")]
    public static partial void EpisodeFailed(ILogger logger, string instanceId, Exception exception);

    [LoggerMessage(1018, LogLevel.Error, "Episode of {InstanceId}: its messages could not be given back; they return when their visibility timeout ends")]
    public static partial void EpisodeAbandonFailed(ILogger logger, string instanceId, Exception exception);

    [LoggerMessage(1019, LogLevel.Error, "Orchestration {InstanceId} failed as poisoned: message {EventType} was handed out {DequeueCount} times without an episode committing it")]
    public static partial void PoisonMessage(ILogger logger, string instanceId, string eventType, int dequeueCount);

    [LoggerMessage(1026, LogLevel.Warning, "Message {EventType} for {InstanceId} dropped after {DequeueCount} deliveries: the instance has not started or has finished")]
    public static partial void PoisonMessageDropped(ILogger logger, string instanceId, string eventType, int dequeueCount);

    [LoggerMessage(1014, LogLevel.Information, "Orchestration {InstanceId} ({Name}) finished {Status} {Failure}")]
    public static partial void OrchestrationCompleted(ILogger logger, string instanceId, string name, string status, string? failure);

    [LoggerMessage(1015, LogLevel.Debug, "Message {EventType} for {InstanceId} dropped: {Reason}")]
    public static partial void MessageDropped(ILogger logger, string instanceId, string eventType, string reason);

    [LoggerMessage(1016, LogLevel.Information, "Message {EventType} for {InstanceId} was already recorded; re-sending that episode's messages")]
    public static partial void DuplicateMessage(ILogger logger, string instanceId, string eventType);

    [LoggerMessage(1017, LogLevel.Information, "Instance {InstanceId} starts new execution {ExecutionId}")]
    public static partial void NewExecution(ILogger logger, string instanceId, string executionId);

    [LoggerMessage(1020, LogLevel.Debug, "Activity {Name} #{TaskId} of {InstanceId} starting (dequeue count {DequeueCount})")]
    public static partial void ActivityStarting(ILogger logger, string name, int taskId, string instanceId, int dequeueCount);

    [LoggerMessage(1021, LogLevel.Debug, "Activity {Name} #{TaskId} of {InstanceId} completed")]
    public static partial void ActivityCompleted(ILogger logger, string name, int taskId, string instanceId);

    [LoggerMessage(1022, LogLevel.Warning, "Activity {Name} #{TaskId} of {InstanceId} failed: {Error}")]
    public static partial void ActivityFailed(ILogger logger, string name, int taskId, string instanceId, string error);

    [LoggerMessage(1023, LogLevel.Error, "Activity {Name} #{TaskId} of {InstanceId} was handed out {DequeueCount} times without finishing; failing it as a poison message")]
    public static partial void ActivityPoison(ILogger logger, string name, int taskId, string instanceId, int dequeueCount);

    [LoggerMessage(1024, LogLevel.Error, "Activity dispatch of {Name} for {InstanceId} could not finish; the message will come back")]
    public static partial void ActivityDispatchFailed(ILogger logger, string name, string instanceId, Exception exception);

    [LoggerMessage(1026, LogLevel.Debug, "Answer to task #{TaskId} of {InstanceId} handed to its episode in memory")]
    public static partial void AnswerHandedOver(ILogger logger, string instanceId, int taskId);

    [LoggerMessage(1025, LogLevel.Error, "Dispatcher {Dispatcher} loop error; retrying in a moment")]
    public static partial void DispatcherError(ILogger logger, string dispatcher, Exception exception);

    [LoggerMessage(2000, LogLevel.Information, "Task hub {Hub} ready: {Partitions} control queues")]
    public static partial void HubCreated(ILogger logger, string hub, int partitions);

    [LoggerMessage(2001, LogLevel.Debug, "Read {Count} messages from {Queue}")]
    public static partial void QueueRead(ILogger logger, string queue, int count);

    [LoggerMessage(2002, LogLevel.Debug, "History of {InstanceId}: loaded {Count} events (cached: {Cached})")]
    public static partial void HistoryLoaded(ILogger logger, string instanceId, int count, bool cached);

    [LoggerMessage(2012, LogLevel.Debug, "History of {InstanceId}: not read, assumed new (only a first start message); a conflict on commit means it existed")]
    public static partial void HistoryAssumedNew(ILogger logger, string instanceId);

    [LoggerMessage(2003, LogLevel.Debug, "History of {InstanceId}: wrote {Count} events in {Batches} batches")]
    public static partial void HistoryWritten(ILogger logger, string instanceId, int count, int batches);

    [LoggerMessage(2004, LogLevel.Debug, "Instance row of {InstanceId} written: {Status}")]
    public static partial void InstanceWritten(ILogger logger, string instanceId, string status);

    [LoggerMessage(2005, LogLevel.Debug, "Sent {Count} messages to {Queue}")]
    public static partial void MessagesSent(ILogger logger, string queue, int count);

    [LoggerMessage(2006, LogLevel.Debug, "Deleted {Count} processed messages of {InstanceId}")]
    public static partial void MessagesDeleted(ILogger logger, string instanceId, int count);

    [LoggerMessage(2007, LogLevel.Debug, "Payload of {Size} bytes stored as large message {Blob}")]
    public static partial void LargeMessageWritten(ILogger logger, int size, string blob);

    [LoggerMessage(2008, LogLevel.Warning, "Could not delete message of {InstanceId} from {Queue}: {Error}; it will be processed again and recognised as a duplicate")]
    public static partial void MessageDeleteFailed(ILogger logger, string instanceId, string queue, string error);

    [LoggerMessage(2009, LogLevel.Warning, "Message in {Queue} could not be read and was moved aside: {Error}")]
    public static partial void BadMessage(ILogger logger, string queue, string error);

    [LoggerMessage(2015, LogLevel.Warning, "Message {MessageId} of {Queue} could not be handed on ({Error}); it comes back in a second")]
    public static partial void MessageReturned(ILogger logger, string queue, string messageId, string error);

    [LoggerMessage(2016, LogLevel.Information, "{Count} waiting messages of {Queue} made visible again for the partition's next owner")]
    public static partial void MessagesGivenBack(ILogger logger, string queue, int count);

    [LoggerMessage(2010, LogLevel.Debug, "Activity message {MessageId} visibility renewed")]
    public static partial void VisibilityRenewed(ILogger logger, string messageId);

    [LoggerMessage(2011, LogLevel.Information, "Instance {InstanceId} purged: {Rows} history rows")]
    public static partial void InstancePurged(ILogger logger, string instanceId, int rows);

    [LoggerMessage(3000, LogLevel.Information, "Scheduled orchestration {Name} as {InstanceId}")]
    public static partial void InstanceScheduled(ILogger logger, string name, string instanceId);

    [LoggerMessage(3002, LogLevel.Information, "Start of {InstanceId} raced with another client (attempt {Attempt}); reading its row again")]
    public static partial void StartRaced(ILogger logger, string instanceId, int attempt);

    [LoggerMessage(3001, LogLevel.Information, "Sent {Operation} to {InstanceId}")]
    public static partial void ControlSent(ILogger logger, string operation, string instanceId);

    [LoggerMessage(4000, LogLevel.Debug, "Slot {Slot}/{Index} acquired")]
    public static partial void SlotAcquired(ILogger logger, string slot, int index);

    [LoggerMessage(4001, LogLevel.Debug, "Slot {Slot}/{Index} released")]
    public static partial void SlotReleased(ILogger logger, string slot, int index);

    [LoggerMessage(4002, LogLevel.Warning, "Slot {Slot}/{Index} lease was lost while held")]
    public static partial void SlotLost(ILogger logger, string slot, int index);

    [LoggerMessage(4010, LogLevel.Information, "Partition {Partition} acquired by {Owner}")]
    public static partial void PartitionAcquired(ILogger logger, string partition, string owner);

    [LoggerMessage(4011, LogLevel.Warning, "Partition {Partition} lost by {Owner}")]
    public static partial void PartitionLost(ILogger logger, string partition, string owner);

    [LoggerMessage(4013, LogLevel.Warning, "Partition {Partition} lease of {Owner} could not be renewed or acquired; trying again")]
    public static partial void PartitionRenewFailed(ILogger logger, string partition, string owner, Exception exception);

    [LoggerMessage(4012, LogLevel.Information, "Partition {Partition} released by {Owner}")]
    public static partial void PartitionReleased(ILogger logger, string partition, string owner);
}
