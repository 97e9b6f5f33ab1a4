using System.Diagnostics;
using BackupOrchestrator.Storage;
using BackupOrchestrator.Storage.Tables;

namespace BackupOrchestrator.Durable.Bench;

/// <summary>
/// Latency of single storage operations, one at a time (what sits on an episode's critical
/// path), and how queue operations slow down when many messages wait in the account: the
/// numbers behind the runtime's per-activity budget.
/// </summary>
internal static class StorageCosts
{
    public static async Task PrintAsync(StorageAccount account, int reps = 200)
    {
        var queue = account.GetQueueClient("cost" + Guid.NewGuid().ToString("N")[..12]);
        var crowd = account.GetQueueClient("crowd" + Guid.NewGuid().ToString("N")[..12]);
        var table = account.GetTableClient("cost" + Guid.NewGuid().ToString("N")[..12]);
        await queue.CreateAsync();
        await crowd.CreateAsync();
        await table.CreateAsync();
        try
        {
            await MeasureQueueAsync(queue, reps, "empty account");
            await Parallel.ForEachAsync(Enumerable.Range(0, 1000), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, ct) =>
                await crowd.SendMessageAsync("{\"n\":" + i + "}", cancellationToken: ct));
            await MeasureQueueAsync(queue, reps, "1,000 messages waiting in another queue");
            double upsert = await TimeAsync(reps, i => table.UpsertEntityAsync(new TableEntity("p", "u" + i) { ["Value"] = new string('x', 200) }, TableUpdateMode.Replace));
            double tx3 = await TimeAsync(reps, i => table.SubmitTransactionAsync([.. Enumerable.Range(0, 3).Select(j => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity("t" + i, "r" + j) { ["Value"] = new string('x', 200) }))]));
            double tx100 = await TimeAsync(20, i => table.SubmitTransactionAsync([.. Enumerable.Range(0, 100).Select(j => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity("h" + i, "r" + j) { ["Value"] = new string('x', 200) }))]));
            Console.WriteLine($"  table: upsert {upsert:F1} ms, 3-row transaction {tx3:F1} ms, 100-row transaction {tx100:F1} ms (one at a time)");
        }
        finally
        {
            await queue.DeleteIfExistsAsync();
            await crowd.DeleteIfExistsAsync();
            await table.DeleteIfExistsAsync();
        }
    }

    private static async Task MeasureQueueAsync(Storage.Queues.QueueClient queue, int reps, string label)
    {
        double send = await TimeAsync(reps, _ => queue.SendMessageAsync("{\"n\":1}"));
        var received = new List<Storage.Queues.QueueMessage>();
        double receive = await TimeAsync(reps, async _ => received.AddRange(await queue.ReceiveMessagesAsync(1, TimeSpan.FromMinutes(1))));
        int k = 0;
        double delete = await TimeAsync(received.Count, async _ => { var m = received[k++]; await queue.DeleteMessageAsync(m.MessageId, m.PopReceipt); });
        var hidden = new List<Storage.Queues.SendReceipt>();
        double sendHidden = await TimeAsync(reps, async _ => hidden.Add(await queue.SendMessageAsync("{\"n\":1}", TimeSpan.FromMinutes(1))));
        k = 0;
        double deleteHidden = await TimeAsync(hidden.Count, async _ => { var m = hidden[k++]; await queue.DeleteMessageAsync(m.MessageId, m.PopReceipt); });
        double empty = await TimeAsync(reps, _ => queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(1)));
        Console.WriteLine($"  queue ({label}): send {send:F1} ms, receive 1 {receive:F1} ms, delete {delete:F1} ms, send hidden {sendHidden:F1} ms, delete by send receipt {deleteHidden:F1} ms, receive from empty queue {empty:F1} ms (one at a time)");
    }

    private static async Task<double> TimeAsync(int reps, Func<int, Task> op)
    {
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < reps; i++)
        {
            await op(i);
        }

        return clock.Elapsed.TotalMilliseconds / Math.Max(1, reps);
    }
}
