using System.Diagnostics;
using BackupOrchestrator.Storage;

namespace BackupOrchestrator.Durable.Bench;

/// <summary>
/// What the storage itself can do on this machine: queue sends, then receive (32 at a time) and
/// deletes, 32 in flight. Every activity costs at least a send, a delete and a share of a
/// receive on each side, so this bounds any queue-based runtime.
/// </summary>
internal static class RawQueueBaseline
{
    public static async Task<(double SendsPerSecond, double DeletesPerSecond)> MeasureAsync(StorageAccount account, int count = 2000)
    {
        var queue = account.GetQueueClient("raw" + Guid.NewGuid().ToString("N")[..12]);
        await queue.CreateAsync();
        try
        {
            var clock = Stopwatch.StartNew();
            await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, ct) =>
                await queue.SendMessageAsync("{\"n\":" + i + "}", cancellationToken: ct));
            double sends = count / clock.Elapsed.TotalSeconds;
            clock.Restart();
            int deleted = 0;
            while (deleted < count)
            {
                var batch = await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(1));
                await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (m, ct) =>
                    await queue.DeleteMessageAsync(m.MessageId, m.PopReceipt, ct));
                deleted += batch.Count;
            }

            return (sends, count / clock.Elapsed.TotalSeconds);
        }
        finally
        {
            await queue.DeleteIfExistsAsync();
        }
    }
}
