using BackupOrchestrator.Domain.Night;

namespace BackupOrchestrator.Domain.Tests.Night;

public class TargetLockTableTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);

    private static TargetRequest Backup(string holder) => new(holder, holder + "-t", TargetUse.Shared, "backup of " + holder);

    private static TargetRequest Prune(string holder) => new(holder, holder + "-t", TargetUse.Exclusive, "retention of " + holder);

    [Fact]
    public void Acquire_SharedUses_AreGrantedTogether()
    {
        var table = new TargetLockTable();

        Assert.Single(table.Acquire(Backup("a"), Now));
        Assert.Single(table.Acquire(Backup("b"), Now));
        Assert.Equal(2, table.Holders.Count);
    }

    [Fact]
    public void Acquire_PruneBesideARunningBackup_WaitsUntilItIsReleased()
    {
        var table = new TargetLockTable();
        table.Acquire(Backup("a"), Now);

        Assert.Empty(table.Acquire(Prune("p"), Now));
        var granted = table.Release("a", "a-t", Now);

        Assert.Equal("p", Assert.Single(granted).Holder);
    }

    [Fact]
    public void Acquire_BackupBehindAWaitingPrune_WaitsForThePruneToo()
    {
        var table = new TargetLockTable();
        table.Acquire(Backup("a"), Now);
        table.Acquire(Prune("p"), Now);

        Assert.Empty(table.Acquire(Backup("b"), Now));
        Assert.Equal(["p"], table.Release("a", "a-t", Now).Select(g => g.Holder));
        Assert.Equal(["b"], table.Release("p", "p-t", Now).Select(g => g.Holder));
    }

    [Fact]
    public void Release_UnknownToken_ChangesNothing()
    {
        var table = new TargetLockTable();
        table.Acquire(Prune("p"), Now);

        Assert.Empty(table.Release("p", "old", Now));
        Assert.Single(table.Holders);
    }

    [Fact]
    public void Acquire_SameInstanceWithANewToken_DropsItsStaleHold()
    {
        var table = new TargetLockTable();
        table.Acquire(Prune("p"), Now);

        var granted = table.Acquire(new TargetRequest("p", "second-run", TargetUse.Shared, "backup"), Now);

        Assert.Equal("second-run", Assert.Single(granted).Token);
        Assert.Equal("second-run", Assert.Single(table.Holders).Token);
    }

    [Fact]
    public void Reclaim_EndedHolder_GrantsTheNext()
    {
        var table = new TargetLockTable();
        table.Acquire(Backup("gone"), Now);
        table.Acquire(Prune("p"), Now);

        Assert.Equal(["p"], table.Reclaim(["gone"], Now).Select(g => g.Holder));
    }
}
