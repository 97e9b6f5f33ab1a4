using BackupOrchestrator.Durable.AzureStorage;
using BackupOrchestrator.Durable.Backend;
using BackupOrchestrator.Durable.History;
using BackupOrchestrator.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackupOrchestrator.Durable.Tests.AzureStorage;

[Collection("Azurite")]
public sealed class HistoryTableTests(AzuriteFixture azurite)
{
    private async Task<HistoryTable> CreateSutAsync()
    {
        var table = azurite.Account.GetTableClient("h" + Guid.NewGuid().ToString("N")[..12]);
        await table.CreateAsync();
        var container = azurite.Account.GetBlobContainerClient(AzuriteFixture.UniqueName("lm"));
        await container.CreateAsync();
        return new HistoryTable(table, new LargePayloadStore(container, NullLogger.Instance), NullLogger.Instance);
    }

    private static HistoryEvent[] Start(string executionId) =>
    [
        new OrchestratorStartedEvent { Timestamp = DateTime.UtcNow },
        new ExecutionStartedEvent { Name = "X", ExecutionId = executionId, Input = "\"in\"", Timestamp = DateTime.UtcNow },
        new TaskScheduledEvent { EventId = 0, Name = "A", Input = new string('x', 40_000), Timestamp = DateTime.UtcNow },
        new OrchestratorCompletedEvent { Timestamp = DateTime.UtcNow },
    ];

    [Fact]
    public async Task AppendAsync_WithStaleSentinelETag_ThrowsConcurrency()
    {
        var sut = await CreateSutAsync();
        string etag = await sut.AppendAsync("i1", "e1", 0, Start("e1"), null, default);
        var more = new HistoryEvent[] { new TaskCompletedEvent { TaskScheduledId = 0, Result = "1", Timestamp = DateTime.UtcNow } };
        await sut.AppendAsync("i1", "e1", 4, more, etag, default);
        await Assert.ThrowsAsync<OrchestrationConcurrencyException>(() => sut.AppendAsync("i1", "e1", 4, more, etag, default));
    }

    [Fact]
    public async Task AppendAsync_FirstWriteWhenSentinelExists_ThrowsConcurrency()
    {
        var sut = await CreateSutAsync();
        await sut.AppendAsync("i2", "e1", 0, Start("e1"), null, default);
        await Assert.ThrowsAsync<OrchestrationConcurrencyException>(() => sut.AppendAsync("i2", "e1", 0, Start("e1"), null, default));
    }

    [Fact]
    public async Task ReadAsync_RoundTripsEventsWithLargeFieldsAndX16RowKeys()
    {
        var sut = await CreateSutAsync();
        var events = Start("e1");
        await sut.AppendAsync("i3", "e1", 0, events, null, default);
        var read = await sut.ReadAsync("i3", default);
        Assert.Equal("e1", read.ExecutionId);
        Assert.Equal(events.Select(e => e.EventType), read.Events.Select(e => e.EventType));
        Assert.Equal(40_000, ((TaskScheduledEvent)read.Events[2]).Input!.Length);
        var rows = await sut.Table.QueryAllAsync("PartitionKey eq 'i3'").ToListAsync();
        Assert.Contains(rows, r => r.RowKey == "0000000000000002" && r.GetString("InputBlobName") is not null && r.GetString("EventType") == "TaskScheduled");
        Assert.Contains(rows, r => r.RowKey == TaskHubNames.SentinelRowKey);
    }

    [Fact]
    public async Task ReadAsync_AfterNewExecution_IgnoresRowsOfTheOldOne()
    {
        var sut = await CreateSutAsync();
        string etag = await sut.AppendAsync("i4", "e1", 0, Start("e1"), null, default);
        var fresh = new HistoryEvent[] { new ExecutionStartedEvent { Name = "X", ExecutionId = "e2", Timestamp = DateTime.UtcNow } };
        await sut.AppendAsync("i4", "e2", 0, fresh, etag, default);
        var read = await sut.ReadAsync("i4", default);
        Assert.Equal("e2", read.ExecutionId);
        Assert.Equal("e2", Assert.IsType<ExecutionStartedEvent>(Assert.Single(read.Events)).ExecutionId);
    }
}
