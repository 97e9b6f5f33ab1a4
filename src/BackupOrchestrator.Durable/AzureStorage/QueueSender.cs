using System.Text;
using BackupOrchestrator.Durable.Backend;
using BackupOrchestrator.Storage.Queues;

namespace BackupOrchestrator.Durable.AzureStorage;

/// <summary>
/// Puts messages into one queue, packing those that are sent while earlier puts are still in
/// flight into one queue message (group commit): at most <see cref="MaxInFlight"/> puts run at
/// once, and each takes everything that waits, up to <see cref="MaxBatch"/> messages and the
/// large-message threshold. An idle queue therefore sees one put per message at once, a busy one
/// few large puts. <see cref="SendAsync"/> completes when the put that carries the message has
/// succeeded, so callers keep their order: what they sent is durable when it returns.
/// Messages with a visibility delay (timers) are put on their own.
/// </summary>
internal sealed class QueueSender(QueueClient queue, MessageCodec codec, Action sent)
{
    public const int MaxBatch = 32;
    public const int MaxInFlight = 1;
    private readonly Lock _gate = new();
    private readonly Queue<Pending> _waiting = new();
    private int _inFlight;

    public QueueClient Queue => queue;

    /// <summary>Puts <paramref name="messages"/> (possibly together with others' messages) and returns when all are stored.</summary>
    public Task SendAsync(IEnumerable<TaskMessage> messages, CancellationToken cancellationToken)
    {
        var tasks = new List<Task>();
        lock (_gate)
        {
            foreach (var m in messages)
            {
                string json = MessageCodec.ToJson(m);
                var pending = new Pending(m, json, Encoding.UTF8.GetByteCount(json), new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
                _waiting.Enqueue(pending);
                tasks.Add(pending.Done.Task);
            }
        }

        // A put may carry other callers' messages, so it is never cancelled by one caller's token.
        Pump();
        return Task.WhenAll(tasks).WaitAsync(cancellationToken);
    }

    /// <summary>Puts one message with a visibility delay on its own.</summary>
    public async Task SendDelayedAsync(TaskMessage message, TimeSpan delay, CancellationToken cancellationToken)
    {
        string text = await codec.EncodeAsync(message, cancellationToken);
        await queue.SendMessageAsync(text, delay, Timeout.InfiniteTimeSpan, cancellationToken);
    }

    private void Pump()
    {
        while (true)
        {
            List<Pending> batch;
            lock (_gate)
            {
                if (_inFlight >= MaxInFlight || _waiting.Count == 0)
                {
                    return;
                }

                batch = [_waiting.Dequeue()];
                int bytes = batch[0].Bytes;
                while (_waiting.Count > 0 && batch.Count < MaxBatch && MessageCodec.BatchBytes(bytes + _waiting.Peek().Bytes, batch.Count + 1) <= codec.Threshold)
                {
                    var next = _waiting.Dequeue();
                    bytes += next.Bytes;
                    batch.Add(next);
                }

                _inFlight++;
            }

            _ = PutAsync(batch);
        }
    }

    private async Task PutAsync(List<Pending> batch)
    {
        try
        {
            string text = await codec.EncodeBatchAsync([.. batch.Select(p => (p.Message, p.Json))], CancellationToken.None);
            await queue.SendMessageAsync(text, null, Timeout.InfiniteTimeSpan, CancellationToken.None);
            sent();
            foreach (var p in batch)
            {
                p.Done.TrySetResult();
            }
        }
        catch (Exception ex)
        {
            foreach (var p in batch)
            {
                p.Done.TrySetException(ex);
            }
        }
        finally
        {
            lock (_gate)
            {
                _inFlight--;
            }

            Pump();
        }
    }

    private sealed record Pending(TaskMessage Message, string Json, int Bytes, TaskCompletionSource Done);
}
