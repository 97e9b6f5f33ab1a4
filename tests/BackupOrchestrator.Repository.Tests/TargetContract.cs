using BackupOrchestrator.Repository.Targets;

namespace BackupOrchestrator.Repository.Tests;

/// <summary>Checks every <see cref="IRepositoryTarget"/> must pass, run against each kind of target.</summary>
internal static class TargetContract
{
    /// <summary>A ranged read returns the range, fewer bytes at the end of the object, nothing past it, null for a missing object.</summary>
    public static async Task GetRangeAsync(IRepositoryTarget target)
    {
        var data = Enumerable.Range(0, 1000).Select(i => (byte)i).ToArray();
        await target.PutIfAbsentAsync("packs/ab/x", data, default);

        Assert.Equal(data[100..150], await target.GetRangeAsync("packs/ab/x", 100, 50, default));
        Assert.Equal(data[990..], await target.GetRangeAsync("packs/ab/x", 990, 50, default));
        Assert.Empty((await target.GetRangeAsync("packs/ab/x", 2000, 50, default))!);
        Assert.Null(await target.GetRangeAsync("packs/ab/none", 0, 50, default));
    }

    /// <summary>A ranged read into a caller's buffer fills it with the range, fewer bytes at the end of the object, 0 past it, -1 for a missing object.</summary>
    public static async Task ReadRangeAsync(IRepositoryTarget target)
    {
        var data = Enumerable.Range(0, 1000).Select(i => (byte)(i * 7)).ToArray();
        await target.PutIfAbsentAsync("packs/cd/y", data, default);
        var buffer = new byte[64];

        Assert.Equal(50, await target.ReadRangeAsync("packs/cd/y", 100, buffer.AsMemory(0, 50), default));
        Assert.Equal(data[100..150], buffer[..50]);
        Assert.Equal(10, await target.ReadRangeAsync("packs/cd/y", 990, buffer.AsMemory(0, 50), default));
        Assert.Equal(data[990..], buffer[..10]);
        Assert.Equal(0, await target.ReadRangeAsync("packs/cd/y", 2000, buffer.AsMemory(0, 50), default));
        Assert.Equal(-1, await target.ReadRangeAsync("packs/cd/none", 0, buffer.AsMemory(0, 50), default));
    }
}
