using BackupOrchestrator.Domain.Night;

namespace BackupOrchestrator.Domain.Tests.Night;

public sealed class SlotLimiterTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Acquire_FourRequestsLimitThree_GrantsThreeThenTheFourthOnRelease()
    {
        var limiter = new SlotLimiter();
        for (var i = 0; i < 3; i++)
        {
            Assert.Single(limiter.Acquire(new SlotRequest($"b{i}", $"t{i}", 3), Now));
        }

        Assert.Empty(limiter.Acquire(new SlotRequest("b3", "t3", 3), Now));
        Assert.Equal(3, limiter.Holders.Count);
        var granted = Assert.Single(limiter.Release("b1", "t1", Now));
        Assert.Equal("b3", granted.Holder);
    }

    [Fact]
    public void Release_StaleToken_DoesNotFreeTheCurrentHold()
    {
        var limiter = new SlotLimiter { Limit = 1 };
        limiter.Acquire(new SlotRequest("b", "first", 1), Now);
        limiter.Acquire(new SlotRequest("b", "second", 1), Now);
        limiter.Acquire(new SlotRequest("c", "c1", 1), Now);
        Assert.Empty(limiter.Release("b", "first", Now));
        Assert.Equal("second", Assert.Single(limiter.Holders).Token);
    }

    [Fact]
    public void Acquire_RepeatedRequest_GrantedAgainWithoutTakingASecondSlot()
    {
        var limiter = new SlotLimiter();
        limiter.Acquire(new SlotRequest("b", "t", 3), Now);
        Assert.Single(limiter.Acquire(new SlotRequest("b", "t", 3), Now));
        Assert.Single(limiter.Holders);
    }

    [Fact]
    public void Reclaim_EndedHolder_GivesItsSlotToTheNextWaiter()
    {
        var limiter = new SlotLimiter { Limit = 1 };
        limiter.Acquire(new SlotRequest("terminated", "t", 1), Now);
        limiter.Acquire(new SlotRequest("next", "n", 1), Now);
        var granted = Assert.Single(limiter.Reclaim(["terminated"], Now));
        Assert.Equal("next", granted.Holder);
    }
}
