using System.Text.Json;
using BackupOrchestrator.Storage;
using BackupOrchestrator.Storage.Queues;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Durable.AzureStorage;

/// <summary>
/// Polls one queue in batches with adaptive backoff: right away while full batches come, then
/// doubling pauses up to the maximum polling interval, cut short when this process sends to
/// the queue (<see cref="Wake"/>). Decoded messages (one queue message may carry a batch) go to <paramref name="deliver"/>.
/// </summary>
internal sealed class QueueReceiver(
    QueueClient queue,
    int partition,
    MessageCodec codec,
    Func<int> capacity,
    Action<ReceivedMessage> deliver,
    AzureStorageOrchestrationServiceSettings settings,
    TimeSpan visibilityTimeout,
    LargePayloadStore poison,
    TimeProvider time,
    ILogger logger)
{
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);
    private readonly AsyncSignal _wake = new();

    public QueueClient Queue => queue;

    public void Wake() => _wake.Set();

    public async Task RunAsync(CancellationToken stopping)
    {
        TimeSpan pause = TimeSpan.Zero;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                int wanted = Math.Min(settings.QueueBatchSize, capacity());
                if (wanted <= 0)
                {
                    await _wake.WaitAsync(TimeSpan.FromMilliseconds(100), stopping);
                    continue;
                }

                var messages = await queue.ReceiveMessagesAsync(wanted, visibilityTimeout, stopping);
                if (messages.Count > 0)
                {
                    Logs.QueueRead(logger, queue.Name, messages.Count);
                    for (int i = 0; i < messages.Count; i++)
                    {
                        if (stopping.IsCancellationRequested)
                        {
                            // Received but not handed on: visible again now, not after the visibility timeout.
                            await GiveBackAsync(messages.Skip(i), TimeSpan.Zero);
                            return;
                        }

                        await DeliverAsync(messages[i], stopping);
                    }

                    if (messages.Count >= wanted)
                    {
                        // A full batch: more are probably waiting.
                        pause = TimeSpan.Zero;
                        continue;
                    }

                    // Fewer than asked: the queue is drained. Look again after the first backoff
                    // step (or at once when this process sends to it) instead of paying an empty read.
                    pause = FirstBackoff;
                    await _wake.WaitAsync(pause, stopping);
                    continue;
                }

                pause = pause == TimeSpan.Zero ? FirstBackoff : TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, settings.MaxQueuePollingInterval.Ticks));
                await _wake.WaitAsync(pause, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                Logs.DispatcherError(logger, queue.Name, ex);
                await _wake.WaitAsync(settings.MaxQueuePollingInterval, stopping);
            }
        }
    }

    private async Task DeliverAsync(QueueMessage m, CancellationToken stopping)
    {
        try
        {
            await DecodeAndDeliverAsync(m, stopping);
        }
        catch (Exception ex)
        {
            // Not readable right now (e.g. its large payload could not be fetched, or stopping):
            // let it come back soon instead of after the visibility timeout.
            if (!stopping.IsCancellationRequested)
            {
                Logs.MessageReturned(logger, queue.Name, m.MessageId, ex.Message);
            }

            await GiveBackAsync([m], stopping.IsCancellationRequested ? TimeSpan.Zero : RetryDelay);
        }
    }

    private async Task GiveBackAsync(IEnumerable<QueueMessage> messages, TimeSpan delay)
    {
        foreach (var m in messages)
        {
            try
            {
                await queue.UpdateMessageAsync(m.MessageId, m.PopReceipt, null, delay, CancellationToken.None);
            }
            catch (Exception ex)
            {
                Logs.DispatcherError(logger, queue.Name, ex);
            }
        }
    }

    private async Task DecodeAndDeliverAsync(QueueMessage m, CancellationToken stopping)
    {
        try
        {
            var messages = await codec.DecodeAsync(m.MessageText, (int)m.DequeueCount, stopping);
            deliver(new ReceivedMessage(messages, queue, m.MessageId, m.PopReceipt, partition, (int)m.DequeueCount, time));
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or StorageRequestException { IsNotFound: true })
        {
            // Keep what could not be read (never lose data), then take it out of the queue.
            Logs.BadMessage(logger, queue.Name, ex.Message);
            await poison.UploadAsync("poison", queue.Name, m.MessageText, stopping);
            await queue.DeleteMessageAsync(m.MessageId, m.PopReceipt, stopping);
        }
    }
}
