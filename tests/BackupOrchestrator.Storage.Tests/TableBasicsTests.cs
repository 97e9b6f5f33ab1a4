using BackupOrchestrator.Storage.Tables;
using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class TableBasicsTests
{
    private readonly AzuriteFixture _azurite;

    public TableBasicsTests(AzuriteFixture azurite) => _azurite = azurite;

    private async Task<TableClient> NewTableAsync()
    {
        var table = _azurite.Account.GetTableClient(AzuriteFixture.UniqueName("tbl"));
        Assert.True(await table.CreateIfNotExistsAsync());
        return table;
    }

    [Fact]
    public async Task Add_ThenGet_RoundTripsEveryPropertyType()
    {
        var table = await NewTableAsync();
        var when = new DateTimeOffset(2026, 11, 21, 3, 4, 5, TimeSpan.Zero).AddTicks(1234567);
        var id = Guid.NewGuid();
        var entity = new TableEntity("p'1", "r 1+é")
        {
            ["Text"] = "héllo 'quoted'",
            ["Int"] = 42,
            ["Long"] = 1L << 40,
            ["Double"] = 2.0,
            ["Bool"] = true,
            ["When"] = when,
            ["Id"] = id,
            ["Bytes"] = new byte[] { 1, 2, 3 },
        };

        var etag = await table.AddEntityAsync(entity);
        var read = await table.GetEntityAsync("p'1", "r 1+é");

        Assert.Equal(etag, read.ETag);
        Assert.Equal("héllo 'quoted'", read.GetString("Text"));
        Assert.True(read["Int"] is int, read["Int"]?.GetType().Name);
        Assert.Equal(42, read.GetInt32("Int"));
        Assert.Equal(1L << 40, read["Long"]);
        Assert.Equal(2.0, read["Double"]);
        Assert.Equal(true, read["Bool"]);
        Assert.Equal(when, read.GetDateTimeOffset("When"));
        Assert.Equal(id, read["Id"]);
        Assert.Equal(new byte[] { 1, 2, 3 }, read.GetBinary("Bytes"));
        Assert.NotNull(read.Timestamp);
    }

    [Fact]
    public async Task Add_ExistingKey_Fails409()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "r"));

        var ex = await Assert.ThrowsAsync<StorageRequestException>(() => table.AddEntityAsync(new TableEntity("p", "r")));

        Assert.Equal(409, ex.Status);
        Assert.Equal("EntityAlreadyExists", ex.ErrorCode);
    }

    [Fact]
    public async Task Update_WithStaleETag_Fails412AndKeepsNewerValue()
    {
        var table = await NewTableAsync();
        var entity = new TableEntity("p", "r") { ["Status"] = "Pending" };
        var first = await table.AddEntityAsync(entity);
        entity["Status"] = "Running";
        await table.UpdateEntityAsync(entity, first);

        entity["Status"] = "Failed";
        var ex = await Assert.ThrowsAsync<StorageRequestException>(() => table.UpdateEntityAsync(entity, first));

        Assert.Equal(412, ex.Status);
        Assert.Equal("Running", (await table.GetEntityAsync("p", "r")).GetString("Status"));
    }

    [Fact]
    public async Task Upsert_MergeKeepsOtherProperties_ReplaceDropsThem()
    {
        var table = await NewTableAsync();
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b" }, TableUpdateMode.Replace);

        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["B"] = "b2" }, TableUpdateMode.Merge);
        var merged = await table.GetEntityAsync("p", "r");
        await table.UpsertEntityAsync(new TableEntity("p", "r") { ["C"] = "c" }, TableUpdateMode.Replace);
        var replaced = await table.GetEntityAsync("p", "r");

        Assert.Equal("a", merged.GetString("A"));
        Assert.Equal("b2", merged.GetString("B"));
        Assert.Null(replaced.GetString("A"));
        Assert.Equal("c", replaced.GetString("C"));
    }

    [Fact]
    public async Task Delete_WithETag_RemovesEntity()
    {
        var table = await NewTableAsync();
        var etag = await table.AddEntityAsync(new TableEntity("p", "r"));

        await table.DeleteEntityAsync("p", "r", etag);

        Assert.Null(await table.GetEntityIfExistsAsync("p", "r"));
        Assert.False(await table.DeleteEntityIfExistsAsync("p", "r"));
    }

    [Fact]
    public async Task Query_SmallPages_FollowsContinuationAcrossPartitions()
    {
        var table = await NewTableAsync();
        for (var p = 0; p < 3; p++)
        {
            for (var r = 0; r < 7; r++)
            {
                await table.AddEntityAsync(new TableEntity($"p{p}", $"r{r:D2}") { ["N"] = (p * 10) + r });
            }
        }

        var pages = 0;
        var seen = new List<string>();
        TableContinuation? continuation = null;
        do
        {
            var page = await table.QueryAsync(filter: "N ge 5", select: new[] { "N" }, top: 4, continuation: continuation);
            pages++;
            foreach (var e in page.Entities)
            {
                seen.Add($"{e.PartitionKey}/{e.RowKey}");
                Assert.NotNull(e["N"]);
            }

            continuation = page.Continuation;
        }
        while (continuation is not null);

        Assert.Equal(2 + 7 + 7, seen.Count);
        Assert.True(pages >= 4, $"expected several pages, got {pages}");
        Assert.Equal(seen.OrderBy(s => s, StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task GetEntityIfExists_MissingTable_ThrowsTableNotFoundRatherThanNull()
    {
        var table = _azurite.Account.GetTableClient(AzuriteFixture.UniqueName("missing"));

        var ex = await Assert.ThrowsAsync<StorageRequestException>(() => table.GetEntityIfExistsAsync("p", "r"));

        Assert.Equal(404, ex.Status);
        Assert.Equal("TableNotFound", ex.ErrorCode);
        Assert.Contains("does not exist", ex.Message, StringComparison.Ordinal);
    }
}
