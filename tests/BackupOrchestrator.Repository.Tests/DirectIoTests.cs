using BackupOrchestrator.Repository.Targets;

namespace BackupOrchestrator.Repository.Tests;

/// <summary>Packs written to a folder and read from it past the page cache (O_DIRECT), and the buffered way where the file system refuses it.</summary>
public sealed class DirectIoTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("direct-io-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static byte[] Random(int length, int seed)
    {
        var bytes = new byte[length];
        new System.Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>Bytes of the file in the page cache, as util-linux's fincore counts them.</summary>
    private static async Task<long> CachedBytesAsync(string path)
    {
        var (exit, stdout, stderr) = await RoundTripTests.RunAsync("fincore", "--bytes", "--noheadings", "--output", "RES", path);
        Assert.True(exit == 0, "fincore (util-linux) failed: " + stderr);
        return long.Parse(stdout.Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>An ext4 of <paramref name="megabytes"/> MiB on a loop device, mounted under the test's folder (needs root).</summary>
    private async Task<string> MountExt4Async(string name, int megabytes)
    {
        var image = Path.Combine(_root, name + ".img");
        var mount = Path.Combine(_root, name);
        Directory.CreateDirectory(mount);
        using (var file = File.Create(image))
        {
            file.SetLength(megabytes << 20);
        }
        var (exit, _, stderr) = await RoundTripTests.RunAsync("mkfs.ext4", "-q", "-F", image);
        Assert.True(exit == 0, "mkfs.ext4 failed: " + stderr);
        (exit, _, stderr) = await RoundTripTests.RunAsync("mount", "-o", "loop", image, mount);
        Assert.True(exit == 0, "this test needs root to mount a loop device: " + stderr);
        return mount;
    }

    /// <summary>Runs <paramref name="test"/> on a fresh ext4 of <paramref name="megabytes"/> MiB, unmounted after it.</summary>
    private async Task OnExt4Async(string name, int megabytes, Func<string, Task> test) =>
        await UnmountAfterAsync(await MountExt4Async(name, megabytes), test);

    private static async Task UnmountAfterAsync(string mount, Func<string, Task> test)
    {
        try
        {
            await test(mount);
        }
        finally
        {
            await RoundTripTests.RunAsync("umount", "-l", mount);
        }
    }

    [Fact]
    public async Task Pack_OnExt4_IsStoredWholeToTheByte_AndLeavesNothingInThePageCache()
    {
        await OnExt4Async("disk", 64, async mount =>
        {
            var target = new DirectoryTarget(mount);
            // Two whole blocks and a tail that is not a multiple of the 4 KiB alignment.
            var pack = Random(2 * DirectIo.BlockSize + 4096 * 3 + 123, seed: 1);

            Assert.True(await target.PutIfAbsentAsync("packs/ab/ab01", pack, default));

            var path = Path.Combine(mount, "packs/ab/ab01");
            Assert.Equal(0, await CachedBytesAsync(path));
            Assert.False(target.DirectWritesRefused);
            Assert.Equal(pack.Length, new FileInfo(path).Length);
            Assert.Equal(pack, await target.GetAsync("packs/ab/ab01", default));
            // Small objects (a manifest, an index) still go the buffered way, and land whole too.
            var small = Random(1000, seed: 2);
            Assert.True(await target.PutIfAbsentAsync("index/i1", small, default));
            Assert.Equal(small, await target.GetAsync("index/i1", default));
            Assert.Empty(Directory.GetFiles(mount, DirectoryTarget.TempPrefix + "*", SearchOption.AllDirectories));
        });
    }

    [Fact]
    public async Task RangesOfAPackOnExt4_AreReadExactly_PastThePageCache_ToTheFilesEnd()
    {
        await OnExt4Async("reads", 64, async mount =>
        {
            var target = new DirectoryTarget(mount);
            var pack = Random(3 * 1024 * 1024 + 777, seed: 6);
            Assert.True(await target.PutIfAbsentAsync("packs/ab/ab02", pack, default));
            var path = Path.Combine(mount, "packs/ab/ab02");

            // Offsets and lengths on no 4 KiB boundary, one range running past the end of the file.
            foreach (var (offset, length) in new[] { (0L, 300_000), (4095L, 1_048_577), (123_457L, 2_500_000), (pack.Length - 300_000L, 400_000) })
            {
                var into = new byte[length];
                int read = await target.ReadRangeAsync("packs/ab/ab02", offset, into, default);
                int expected = (int)Math.Min(length, pack.Length - offset);
                Assert.Equal(expected, read);
                Assert.Equal(pack.AsSpan((int)offset, expected).ToArray(), into.AsSpan(0, read).ToArray());
            }
            Assert.False(target.DirectReadsRefused);
            Assert.Equal(0, await CachedBytesAsync(path));
            Assert.Equal(-1, await target.ReadRangeAsync("packs/ab/missing", 0, new byte[300_000], default));
        });
    }

    [Fact]
    public async Task Pack_OnRamfs_WhichRefusesODirect_IsWrittenTheBufferedWayAndWhole()
    {
        // ramfs has no O_DIRECT (tmpfs has had it since Linux 6.6).
        var mount = Path.Combine(_root, "ramfs");
        Directory.CreateDirectory(mount);
        var (exit, _, stderr) = await RoundTripTests.RunAsync("mount", "-t", "ramfs", "ramfs", mount);
        Assert.True(exit == 0, "this test needs root to mount a ramfs: " + stderr);
        await UnmountAfterAsync(mount, async _ =>
        {
            var target = new DirectoryTarget(mount);
            var pack = Random(3 * 1024 * 1024 + 5, seed: 3);

            Assert.True(await target.PutIfAbsentAsync("packs/cd/cd01", pack, default));

            Assert.True(target.DirectWritesRefused);
            Assert.Equal(pack, await target.GetAsync("packs/cd/cd01", default));
            var range = new byte[1_000_000];
            Assert.Equal(range.Length, await target.ReadRangeAsync("packs/cd/cd01", 4097, range, default));
            Assert.True(target.DirectReadsRefused);
            Assert.Equal(pack.AsSpan(4097, range.Length).ToArray(), range);
            Assert.Empty(Directory.GetFiles(mount, DirectoryTarget.TempPrefix + "*", SearchOption.AllDirectories));
        });
    }

    [Fact]
    public async Task Pack_LargerThanTheSpaceLeftOnExt4_SaysTheTargetIsFull_AndLeavesNoPartialFile()
    {
        await OnExt4Async("small", 8, async mount =>
        {
            var target = new DirectoryTarget(mount);
            var pack = Random(12 * 1024 * 1024, seed: 4);

            var full = await Assert.ThrowsAsync<TargetFullException>(() => target.PutIfAbsentAsync("packs/ef/ef01", pack, default));

            Assert.Contains("is full", full.Message, StringComparison.Ordinal);
            Assert.Contains("packs/ef/ef01", full.Message, StringComparison.Ordinal);
            Assert.False(target.DirectWritesRefused);
            Assert.DoesNotContain(Directory.GetFiles(mount, "*", SearchOption.AllDirectories), f => !f.Contains("lost+found", StringComparison.Ordinal));
            // What fits still goes in, past the page cache.
            var fits = Random(2 * 1024 * 1024, seed: 5);
            Assert.True(await target.PutIfAbsentAsync("packs/ef/ef02", fits, default));
            Assert.Equal(fits, await target.GetAsync("packs/ef/ef02", default));
        });
    }
}
