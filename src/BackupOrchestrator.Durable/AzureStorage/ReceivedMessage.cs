using BackupOrchestrator.Durable.Backend;
using BackupOrchestrator.Storage.Queues;

namespace BackupOrchestrator.Durable.AzureStorage;

/// <summary>
/// One received queue message and the <see cref="TaskMessage"/>s it carries (one, or a batch).
/// Each carried message is settled on its own (processed, or to be retried); the queue message
/// is deleted when all of them were processed, or made visible again after the longest asked
/// delay when any of them is to be retried (then all of them come back: the processed ones are
/// recognised as duplicates). <see cref="Settled"/> runs once, when the last one is settled.
/// </summary>
internal sealed class ReceivedMessage
{
    private readonly Lock _gate = new();
    private int _open;
    private TimeSpan? _retryAfter;

    public ReceivedMessage(IReadOnlyList<TaskMessage> messages, QueueClient queue, string queueMessageId, string popReceipt, int partition, int dequeueCount, TimeProvider time)
    {
        Messages = messages;
        Queue = queue;
        QueueMessageId = queueMessageId;
        PopReceipt = popReceipt;
        Partition = partition;
        DequeueCount = dequeueCount;
        _open = messages.Count;
        LastRenewed = time.GetUtcNow();
    }

    public IReadOnlyList<TaskMessage> Messages { get; }
    public QueueClient Queue { get; }
    public string QueueMessageId { get; }
    /// <summary>Changes when the message's visibility is updated.</summary>
    public string PopReceipt { get; set; }
    /// <summary>Control queue index, or -1 for the work-item queue.</summary>
    public int Partition { get; }
    public int DequeueCount { get; }
    /// <summary>When the message was received or its visibility last extended.</summary>
    public DateTimeOffset LastRenewed { get; set; }
    /// <summary>Serialises visibility updates (each one changes the pop receipt).</summary>
    public SemaphoreSlim UpdateGate { get; } = new(1, 1);

    /// <summary>Called once with the retry delay (null: delete) when every carried message is settled.</summary>
    public Action<ReceivedMessage, TimeSpan?>? Settled { get; set; }

    public bool IsOpen
    {
        get
        {
            lock (_gate)
            {
                return _open > 0;
            }
        }
    }

    /// <summary>Settles one carried message: processed (<paramref name="retryAfter"/> null) or to be retried after that delay.</summary>
    public void Settle(TimeSpan? retryAfter)
    {
        TimeSpan? outcome;
        lock (_gate)
        {
            if (_open <= 0)
            {
                return;
            }

            if (retryAfter is { } delay)
            {
                _retryAfter = _retryAfter is { } earlier && earlier > delay ? earlier : delay;
            }

            if (--_open > 0)
            {
                return;
            }

            outcome = _retryAfter;
        }

        Settled?.Invoke(this, outcome);
    }
}

/// <summary>
/// One message waiting for an episode: a part of a received queue message, or an activity's
/// answer handed over in memory (<see cref="Local"/>), which is backed by the activity's own
/// work-item message until the episode that records it has committed.
/// </summary>
internal sealed record BufferedMessage(TaskMessage Message, ReceivedMessage Source, int Partition, bool Local)
{
    public string Key => Local ? "local:" + Message.Id : Source.QueueMessageId + "/" + Message.Id;
}
