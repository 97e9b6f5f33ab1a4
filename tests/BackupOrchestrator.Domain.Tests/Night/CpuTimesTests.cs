using BackupOrchestrator.Domain.Night;

namespace BackupOrchestrator.Domain.Tests.Night;

public class CpuTimesTests
{
    [Fact]
    public void Between_PartOfTheBusyTimeIsOurs_OnlyTheRestCounts()
    {
        var (others, own) = CpuTimes.Between(new CpuTimes(1000, 800, 50), new CpuTimes(1200, 820, 150));
        Assert.Equal(40, others, 3); // 180 busy ticks of 200, 100 of them ours
        Assert.Equal(50, own, 3);
    }

    [Fact]
    public void Between_OursReadATickAfterTheMachine_NeverBelowZero()
    {
        var (others, own) = CpuTimes.Between(new CpuTimes(1000, 900, 0), new CpuTimes(1100, 950, 52));
        Assert.Equal(0, others, 3);
        Assert.Equal(50, own, 3);
    }

    [Fact]
    public void Between_OurTreeLostTicks_CountsNoneOfOurs()
    {
        // A grandchild re-parented away from us takes its ticks with it: ours went down, nothing is ours this time.
        var (others, own) = CpuTimes.Between(new CpuTimes(1000, 900, 300), new CpuTimes(1100, 950, 250));
        Assert.Equal(50, others, 3);
        Assert.Equal(0, own, 3);
    }

    [Fact]
    public void Between_NoTimePassed_Zero() =>
        Assert.Equal((0.0, 0.0), CpuTimes.Between(new CpuTimes(1000, 900, 10), new CpuTimes(1000, 900, 10)));
}
