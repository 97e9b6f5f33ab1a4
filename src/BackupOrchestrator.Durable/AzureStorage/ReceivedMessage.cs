using BackupOrchestrator.Durable.Backend;
using BackupOrchestrator.Storage.Queues;

namespace BackupOrchestrator.Durable.AzureStorage;

/// <summary>A decoded queue message with what is needed to delete or hide it again.</summary>
internal sealed class ReceivedMessage(TaskMessage message, QueueClient queue, string queueMessageId, string popReceipt, int partition)
{
    public TaskMessage Message { get; } = message;
    public QueueClient Queue { get; } = queue;
    public string QueueMessageId { get; } = queueMessageId;
    /// <summary>Changes when the message's visibility is updated.</summary>
    public string PopReceipt { get; set; } = popReceipt;
    /// <summary>Control queue index, or -1 for the work-item queue.</summary>
    public int Partition { get; } = partition;
}
