using BackupOrchestrator.Storage.Tables;
using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class TableTransactionTests
{
    private readonly AzuriteFixture _azurite;

    public TableTransactionTests(AzuriteFixture azurite) => _azurite = azurite;

    private async Task<TableClient> NewTableAsync()
    {
        var table = _azurite.Account.GetTableClient(AzuriteFixture.UniqueName("tx"));
        await table.CreateAsync();
        return table;
    }

    private static async Task<int> CountAsync(TableClient table, string partition)
    {
        var n = 0;
        await foreach (var _ in table.QueryAllAsync(TableFilter.PartitionKeyEquals(partition)))
        {
            n++;
        }

        return n;
    }

    [Fact]
    public async Task Submit_HundredInserts_AppliesAllAndReturnsETags()
    {
        var table = await NewTableAsync();
        var actions = Enumerable.Range(0, 100)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("hist", i.ToString("X16")) { ["EventType"] = "TaskScheduled", ["EventId"] = i }))
            .ToList();

        var etags = await table.SubmitTransactionAsync(actions);

        Assert.Equal(100, etags.Count);
        Assert.All(etags, e => Assert.False(string.IsNullOrEmpty(e)));
        Assert.Equal(100, await CountAsync(table, "hist"));
        Assert.Equal(etags[5], (await table.GetEntityAsync("hist", 5.ToString("X16"))).ETag);
    }

    [Fact]
    public async Task Submit_MixedActions_AppliesEachKind()
    {
        var table = await NewTableAsync();
        var sentinel = new TableEntity("i1", "sentinel") { ["Count"] = 1, ["Keep"] = "yes" };
        await table.AddEntityAsync(sentinel);
        await table.AddEntityAsync(new TableEntity("i1", "old"));
        await table.AddEntityAsync(new TableEntity("i1", "replace-me") { ["Gone"] = "x" });

        await table.SubmitTransactionAsync(new[]
        {
            new TableTransactionAction(TableTransactionActionType.UpdateMerge, new TableEntity("i1", "sentinel") { ["Count"] = 2 }, sentinel.ETag),
            new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity("i1", "old")),
            new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity("i1", "replace-me") { ["New"] = "y" }),
            new TableTransactionAction(TableTransactionActionType.UpsertMerge, new TableEntity("i1", "fresh") { ["A"] = 1 }),
        });

        var s = await table.GetEntityAsync("i1", "sentinel");
        var r = await table.GetEntityAsync("i1", "replace-me");
        Assert.Equal(2, s.GetInt32("Count"));
        Assert.Equal("yes", s.GetString("Keep"));
        Assert.Null(await table.GetEntityIfExistsAsync("i1", "old"));
        Assert.Null(r["Gone"]);
        Assert.Equal("y", r.GetString("New"));
        Assert.NotNull(await table.GetEntityIfExistsAsync("i1", "fresh"));
    }

    [Fact]
    public async Task Submit_OneActionFails_NothingIsAppliedAndTheFailingActionIsNamed()
    {
        var table = await NewTableAsync();
        await table.AddEntityAsync(new TableEntity("p", "taken") { ["V"] = "original" });
        var actions = new List<TableTransactionAction>();
        for (var i = 0; i < 5; i++)
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", "new" + i)));
        }

        actions.Insert(3, new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", "taken") { ["V"] = "overwritten?" }));

        var ex = await Assert.ThrowsAsync<StorageRequestException>(() => table.SubmitTransactionAsync(actions));

        Assert.Equal(409, ex.Status);
        Assert.Equal("EntityAlreadyExists", ex.ErrorCode);
        Assert.Equal(3, ex.FailedOperationIndex);
        Assert.Contains("failed as a whole", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(table, "p"));
        Assert.Equal("original", (await table.GetEntityAsync("p", "taken")).GetString("V"));
    }

    [Fact]
    public async Task Submit_StaleETag_FailsWith412AndAppliesNothing()
    {
        var table = await NewTableAsync();
        var e = new TableEntity("p", "row") { ["V"] = 1 };
        var stale = await table.AddEntityAsync(e);
        await table.UpsertEntityAsync(new TableEntity("p", "row") { ["V"] = 2 });

        var ex = await Assert.ThrowsAsync<StorageRequestException>(() => table.SubmitTransactionAsync(new[]
        {
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", "other")),
            new TableTransactionAction(TableTransactionActionType.UpdateReplace, new TableEntity("p", "row") { ["V"] = 3 }, stale),
        }));

        Assert.Equal(412, ex.Status);
        Assert.Equal(1, ex.FailedOperationIndex);
        Assert.Null(await table.GetEntityIfExistsAsync("p", "other"));
    }

    [Fact]
    public async Task Submit_MoreThanHundredOrTwoPartitions_IsRejectedBeforeSending()
    {
        var table = _azurite.Account.GetTableClient("neverCreated");
        var tooMany = Enumerable.Range(0, 101).Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", i.ToString()))).ToList();
        var twoPartitions = new[]
        {
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("a", "1")),
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("b", "1")),
        };

        var many = await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(tooMany));
        var split = await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitTransactionAsync(twoPartitions));

        Assert.Contains("at most 100", many.Message, StringComparison.Ordinal);
        Assert.Contains("one PartitionKey", split.Message, StringComparison.Ordinal);
    }
}
