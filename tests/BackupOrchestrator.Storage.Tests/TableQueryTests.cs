using BackupOrchestrator.Storage.Tables;
using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class TableQueryTests
{
    private readonly AzuriteFixture _azurite;

    public TableQueryTests(AzuriteFixture azurite) => _azurite = azurite;

    private async Task<TableClient> SeededTableAsync(int rows)
    {
        var table = _azurite.Account.GetTableClient(AzuriteFixture.UniqueName("query"));
        await table.CreateAsync();
        for (var start = 0; start < rows; start += 100)
        {
            var batch = Enumerable.Range(start, Math.Min(100, rows - start))
                .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("runs", i.ToString("D4"))
                {
                    ["Status"] = i % 3 == 0 ? "Failed" : "Completed",
                    ["Service"] = "svc" + i,
                    ["Bytes"] = (long)i * 1_000_000_000,
                }))
                .ToList();
            await table.SubmitTransactionAsync(batch);
        }

        return table;
    }

    [Fact]
    public async Task Query_Top_ReturnsAtMostThatManyAndAContinuation()
    {
        var table = await SeededTableAsync(10);

        var page = await table.QueryAsync(top: 3);

        Assert.Equal(3, page.Entities.Count);
        Assert.NotNull(page.Continuation);
    }

    [Fact]
    public async Task Query_Select_ReturnsOnlySelectedProperties()
    {
        var table = await SeededTableAsync(3);

        var page = await table.QueryAsync(select: new[] { "RowKey", "Status" });

        Assert.All(page.Entities, e =>
        {
            Assert.NotNull(e.GetString("Status"));
            Assert.False(e.Properties.ContainsKey("Service"));
            Assert.False(e.Properties.ContainsKey("Bytes"));
            Assert.False(string.IsNullOrEmpty(e.RowKey));
        });
    }

    [Fact]
    public async Task QueryAll_OverThousandRows_FollowsServicePagesAndFilters()
    {
        var table = await SeededTableAsync(1_250);

        var failed = new List<TableEntity>();
        await foreach (var e in table.QueryAllAsync("Status eq 'Failed' and Bytes ge 3000000000L"))
        {
            failed.Add(e);
        }

        var all = 0;
        var pages = 0;
        TableContinuation? continuation = null;
        do
        {
            var page = await table.QueryAsync(continuation: continuation);
            all += page.Entities.Count;
            pages++;
            continuation = page.Continuation;
        }
        while (continuation is not null);

        Assert.Equal(1_250, all);
        Assert.True(pages >= 2, $"1250 rows should need at least two pages (service max 1000), got {pages}");
        Assert.Equal(Enumerable.Range(3, 1_247).Count(i => i % 3 == 0), failed.Count);
        Assert.All(failed, e => Assert.Equal("Failed", e.GetString("Status")));
    }

    [Fact]
    public async Task UpdateMerge_WithCurrentETag_KeepsUntouchedProperties()
    {
        var table = await SeededTableAsync(1);
        var current = await table.GetEntityAsync("runs", "0000");

        var patch = new TableEntity("runs", "0000") { ["Status"] = "Retried" };
        await table.UpdateEntityAsync(patch, current.ETag!, TableUpdateMode.Merge);
        var after = await table.GetEntityAsync("runs", "0000");

        Assert.Equal("Retried", after.GetString("Status"));
        Assert.Equal("svc0", after.GetString("Service"));
        Assert.NotEqual(current.ETag, after.ETag);
    }

    [Fact]
    public void Filter_QuotesAndPrefixes()
    {
        Assert.Equal("PartitionKey eq 'O''Brien'", TableFilter.PartitionKeyEquals("O'Brien"));
        Assert.Equal("RowKey ge 'abc' and RowKey lt 'abd'", TableFilter.StartsWith("RowKey", "abc"));
    }
}
