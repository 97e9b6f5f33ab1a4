using BackupOrchestrator.Storage.Queues;
using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class QueueBasicsTests
{
    private readonly AzuriteFixture _azurite;

    public QueueBasicsTests(AzuriteFixture azurite) => _azurite = azurite;

    private async Task<QueueClient> NewQueueAsync()
    {
        var queue = _azurite.Account.GetQueueClient(AzuriteFixture.UniqueName("q"));
        Assert.True(await queue.CreateIfNotExistsAsync());
        return queue;
    }

    [Fact]
    public async Task SendReceiveDelete_RoundTripsTextWithXmlCharacters()
    {
        var queue = await NewQueueAsync();
        const string text = "{\"a\":\"<b> & 'c'\"}";

        await queue.SendMessageAsync(text);
        var received = await queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30));

        var m = Assert.Single(received);
        Assert.Equal(text, m.MessageText);
        Assert.Equal(1, m.DequeueCount);
        await queue.DeleteMessageAsync(m.MessageId, m.PopReceipt);
        Assert.Empty(await queue.PeekMessagesAsync(32));
    }

    [Fact]
    public async Task Receive_HidesMessageForVisibilityTimeout()
    {
        var queue = await NewQueueAsync();
        await queue.SendMessageAsync("one");

        var first = await queue.ReceiveMessagesAsync(1, TimeSpan.FromMinutes(5));
        var second = await queue.ReceiveMessagesAsync(1);

        Assert.Single(first);
        Assert.Empty(second);
        Assert.Equal(1, await queue.GetApproximateMessageCountAsync());
    }

    [Fact]
    public async Task Update_ZeroVisibilityAndNewText_MakesChangedMessageVisibleAgain()
    {
        var queue = await NewQueueAsync();
        await queue.SendMessageAsync("before");
        var m = Assert.Single(await queue.ReceiveMessagesAsync(1, TimeSpan.FromMinutes(5)));

        var receipt = await queue.UpdateMessageAsync(m.MessageId, m.PopReceipt, "after", TimeSpan.Zero);
        var again = Assert.Single(await queue.ReceiveMessagesAsync(1));

        Assert.NotEqual(m.PopReceipt, receipt.PopReceipt);
        Assert.Equal("after", again.MessageText);
        Assert.Equal(2, again.DequeueCount);
    }

    [Fact]
    public async Task Send_WithVisibilityDelay_IsNotReceivableYetButCounted()
    {
        var queue = await NewQueueAsync();

        await queue.SendMessageAsync("later", visibilityDelay: TimeSpan.FromMinutes(10), timeToLive: TimeSpan.FromHours(1));

        Assert.Empty(await queue.ReceiveMessagesAsync(32));
        Assert.Empty(await queue.PeekMessagesAsync(32));
        Assert.Equal(1, await queue.GetApproximateMessageCountAsync());
    }

    [Fact]
    public async Task Send_WithTimeToLive_SetsExpiry()
    {
        var queue = await NewQueueAsync();

        var receipt = await queue.SendMessageAsync("short", timeToLive: TimeSpan.FromMinutes(2));

        Assert.InRange(receipt.ExpiresOn - receipt.InsertedOn, TimeSpan.FromSeconds(119), TimeSpan.FromSeconds(121));
    }

    [Fact]
    public async Task Receive_UpToThirtyTwo_ReturnsAllAvailable()
    {
        var queue = await NewQueueAsync();
        for (var i = 0; i < 40; i++)
        {
            await queue.SendMessageAsync("m" + i);
        }

        var batch = await queue.ReceiveMessagesAsync(32);

        Assert.Equal(32, batch.Count);
        Assert.Equal(40, await queue.GetApproximateMessageCountAsync());
    }

    [Fact]
    public async Task Peek_DoesNotHideOrCountADelivery()
    {
        var queue = await NewQueueAsync();
        await queue.SendMessageAsync("look");

        var peeked = Assert.Single(await queue.PeekMessagesAsync());
        var received = Assert.Single(await queue.ReceiveMessagesAsync());

        Assert.Equal("look", peeked.MessageText);
        Assert.Equal(0, peeked.DequeueCount);
        Assert.Equal(peeked.MessageId, received.MessageId);
        Assert.Equal(1, received.DequeueCount);
    }

    [Fact]
    public async Task Delete_WithPopReceiptMadeStaleByUpdate_Fails()
    {
        var queue = await NewQueueAsync();
        await queue.SendMessageAsync("x");
        var m = Assert.Single(await queue.ReceiveMessagesAsync(1, TimeSpan.FromMinutes(1)));
        await queue.UpdateMessageAsync(m.MessageId, m.PopReceipt, null, TimeSpan.FromMinutes(2));

        var ex = await Assert.ThrowsAsync<StorageRequestException>(() => queue.DeleteMessageAsync(m.MessageId, m.PopReceipt));

        Assert.InRange(ex.Status, 400, 404);
        Assert.Equal(1, await queue.GetApproximateMessageCountAsync());
    }

    [Fact]
    public async Task ClearAndDelete_EmptyThenRemoveTheQueue()
    {
        var queue = await NewQueueAsync();
        await queue.SendMessageAsync("a");
        await queue.SendMessageAsync("b");

        await queue.ClearMessagesAsync();
        var countAfterClear = await queue.GetApproximateMessageCountAsync();
        await queue.DeleteAsync();

        Assert.Equal(0, countAfterClear);
        Assert.False(await queue.ExistsAsync());
        Assert.False(await queue.DeleteIfExistsAsync());
    }
}
