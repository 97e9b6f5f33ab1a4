using BackupOrchestrator.Durable.AzureStorage;
using BackupOrchestrator.Durable.Backend;
using BackupOrchestrator.Durable.History;
using BackupOrchestrator.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackupOrchestrator.Durable.Tests.AzureStorage;

/// <summary>Batched queue messages: the codec, the group-commit sender and settlement of a received batch.</summary>
[Collection("Azurite")]
public sealed class MessageBatchTests(AzuriteFixture azurite)
{
    private static TaskMessage Answer(string instance, int task, string? result = "1") =>
        new() { InstanceId = instance, ExecutionId = "e", Event = new TaskCompletedEvent { TaskScheduledId = task, Result = result, Timestamp = DateTime.UtcNow } };

    private async Task<(MessageCodec Codec, Storage.Queues.QueueClient Queue)> CreateAsync()
    {
        var container = azurite.Account.GetBlobContainerClient(AzuriteFixture.UniqueName("lm"));
        await container.CreateAsync();
        var queue = azurite.Account.GetQueueClient(AzuriteFixture.UniqueName("q"));
        await queue.CreateAsync();
        return (new MessageCodec(new LargePayloadStore(container, NullLogger.Instance), 45 * 1024), queue);
    }

    [Fact]
    public async Task EncodeBatch_RoundTrips_WithFlagsAndTheQueueDequeueCount()
    {
        var (codec, _) = await CreateAsync();
        TaskMessage[] sent = [Answer("a", 0), Answer("b", 1) with { Redelivered = true }, Answer("a", 2)];
        string text = await codec.EncodeBatchAsync([.. sent.Select(m => (m, MessageCodec.ToJson(m)))], default);
        var back = await codec.DecodeAsync(text, 3, default);
        Assert.Equal(sent.Select(m => (m.InstanceId, m.Id, m.Redelivered)), back.Select(m => (m.InstanceId, m.Id, m.Redelivered)));
        Assert.All(back, m => Assert.Equal(3, m.DequeueCount));
        Assert.Equal([0, 1, 2], back.Select(m => ((TaskCompletedEvent)m.Event).TaskScheduledId));
    }

    [Fact]
    public async Task Decode_SingleMessageText_StillReadsAsOneMessage()
    {
        var (codec, _) = await CreateAsync();
        var one = Answer("a", 7);
        var back = Assert.Single(await codec.DecodeAsync(await codec.EncodeAsync(one, default), 1, default));
        Assert.Equal(one.Id, back.Id);
    }

    [Fact]
    public async Task EncodeBatch_OverTheThreshold_GoesThroughTheLargeMessageBlob()
    {
        var (codec, _) = await CreateAsync();
        TaskMessage[] sent = [Answer("a", 0, "\"" + new string('x', 30_000) + "\""), Answer("a", 1, "\"" + new string('y', 30_000) + "\"")];
        string text = await codec.EncodeBatchAsync([.. sent.Select(m => (m, MessageCodec.ToJson(m)))], default);
        Assert.True(text.Length < 1000, "the queue message should only name the blob");
        var back = await codec.DecodeAsync(text, 1, default);
        Assert.Equal(sent.Select(m => ((TaskCompletedEvent)m.Event).Result), back.Select(m => ((TaskCompletedEvent)m.Event).Result));
    }

    [Fact]
    public async Task SendAsync_ManyMessagesAtOnce_PacksThemIntoFewQueueMessages()
    {
        var (codec, queue) = await CreateAsync();
        int puts = 0;
        var sut = new QueueSender(queue, codec, () => Interlocked.Increment(ref puts));
        var sent = Enumerable.Range(0, 50).Select(i => Answer("i" + (i % 7), i)).ToList();
        await sut.SendAsync(sent, default);

        Assert.Equal(2, puts); // 32 + 18: one put in flight at a time, each takes what waits (at most 32)
        var received = new List<TaskMessage>();
        foreach (var m in await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(1)))
        {
            received.AddRange(await codec.DecodeAsync(m.MessageText, (int)m.DequeueCount, default));
        }

        Assert.Equal(sent.Select(m => m.Id).Order(), received.Select(m => m.Id).Order());
    }

    [Fact]
    public async Task SendAsync_ConcurrentCallers_EachReturnsOnlyWhenItsMessagesAreStored()
    {
        var (codec, queue) = await CreateAsync();
        var sut = new QueueSender(queue, codec, () => { });
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => sut.SendAsync([Answer("c" + i, i)], default)));
        int count = 0;
        for (int round = 0; round < 3; round++)
        {
            foreach (var m in await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(1)))
            {
                count += (await codec.DecodeAsync(m.MessageText, 1, default)).Count;
            }
        }

        Assert.Equal(40, count);
    }

    [Fact]
    public void Settle_DeletesOnlyWhenEveryCarriedMessageIsProcessed()
    {
        var (sut, outcomes) = Received(3);
        sut.Settle(null);
        sut.Settle(null);
        Assert.Empty(outcomes);
        sut.Settle(null);
        Assert.Equal([(TimeSpan?)null], outcomes);
    }

    [Fact]
    public void Settle_AnyPartToRetry_BringsTheWholeMessageBackAfterTheLongestDelay()
    {
        var (sut, outcomes) = Received(3);
        sut.Settle(TimeSpan.FromSeconds(1));
        sut.Settle(null);
        sut.Settle(TimeSpan.Zero);
        Assert.Equal([(TimeSpan?)TimeSpan.FromSeconds(1)], outcomes);
        sut.Settle(null);
        Assert.Single(outcomes);
    }

    private (ReceivedMessage Sut, List<TimeSpan?> Outcomes) Received(int parts)
    {
        var outcomes = new List<TimeSpan?>();
        var sut = new ReceivedMessage([.. Enumerable.Range(0, parts).Select(i => Answer("x", i))], azurite.Account.GetQueueClient("unused"), "m1", "r1", 0, 1, TimeProvider.System)
        {
            Settled = (_, retry) => outcomes.Add(retry),
        };
        return (sut, outcomes);
    }
}
