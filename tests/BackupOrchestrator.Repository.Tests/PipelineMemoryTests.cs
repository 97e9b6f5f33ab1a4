using System.Text;
using BackupOrchestrator.Repository.Backup;
using BackupOrchestrator.Repository.Restore;
using BackupOrchestrator.Repository.Sources;

namespace BackupOrchestrator.Repository.Tests;

/// <summary>
/// A backup's chunk memory is a constant: the pipeline's buffers are bounded by a fixed count that
/// does not grow with the number of sealers (cores), so the CLI's heap limit holds on any machine.
/// </summary>
public sealed class PipelineMemoryTests : IDisposable
{
    private readonly TestRepository _t = new();

    public void Dispose() => _t.Dispose();

    [Fact]
    public async Task Backup_WithSixteenSealersAndUploaders_AllocatesNoMoreChunkBuffersThanTheFixedBound()
    {
        // Text keeps the sealers busy compressing (so chunks queue up behind them); random files add chunks fast.
        var words = new[] { "backup", "chunk", "seal", "restore", "pack", "index", "snapshot", "tar", "zstd", "key", "verify", "prune" };
        var random = new Random(7);
        for (int i = 0; i < 8; i++)
        {
            var text = new StringBuilder(4 << 20);
            while (text.Length < 4 << 20)
            {
                text.Append(words[random.Next(words.Length)]).Append(random.Next(1000)).Append(i % 3 == 0 ? '\n' : ' ');
            }
            _t.Write($"text-{i}.txt", text.ToString());
            _t.WriteRandom($"random-{i}.bin", 4 << 20, seed: i);
        }
        var repository = await _t.OpenAsync();
        var runner = new BackupRunner(repository, new BackupOptions { Sealers = 16, Uploaders = 16 });

        var result = await runner.RunAsync(new BackupRequest("svc", [new PathSource(_t.Source)]));

        var pool = runner.LastPool!;
        Assert.Equal(BackupRunner.PipelineBuffers, pool.Capacity);
        Assert.True(result.Snapshot.Stats.ChunksNew > pool.Capacity, $"only {result.Snapshot.Stats.ChunksNew} chunks: the test needs more than the pool holds");
        Assert.InRange(pool.HighWater, 1, pool.Capacity);
        Assert.InRange(pool.Allocated, 1, pool.Capacity);
        var restoreRoot = _t.RestorePath();
        var restored = await new Restorer(repository).ToDirectoryAsync(result.Snapshot, restoreRoot);
        Assert.Empty(restored.Errors);
        TreeAssert.Equal(_t.Source, _t.Restored(restoreRoot, _t.Source));
    }

    [Fact]
    public async Task RentAsync_WhenAllBuffersAreOut_WaitsUntilOneIsReturned()
    {
        var pool = new BufferPool(16, capacity: 2);
        var first = await pool.RentAsync(CancellationToken.None);
        var second = await pool.RentAsync(CancellationToken.None);

        var third = pool.RentAsync(CancellationToken.None);
        Assert.False(third.IsCompleted);
        pool.Return(first);
        var reused = await third;

        Assert.Same(first, reused);
        Assert.Equal(2, pool.Allocated);
        Assert.Equal(2, pool.HighWater);
        pool.Return(second);
        pool.Return(reused);
    }

    [Fact]
    public async Task RentAsync_WhenCancelledWhileWaiting_Throws()
    {
        var pool = new BufferPool(16, capacity: 1);
        _ = await pool.RentAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = pool.RentAsync(cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await waiting);
    }
}
