using BackupOrchestrator.Repository.Restore;

namespace BackupOrchestrator.Repository.Tests;

public sealed class WriteBackPacerTests
{
    [Fact]
    public async Task Wrote_SyncsOnceEveryStepOfBytes_AndNeverTwoAtOnce()
    {
        int started = 0, running = 0, overlapped = 0;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var pacer = new WriteBackPacer("/unused", step: 1000, sync: () =>
        {
            if (Interlocked.Increment(ref running) > 1)
            {
                Interlocked.Increment(ref overlapped);
            }
            Interlocked.Increment(ref started);
            release.Task.Wait();
            Interlocked.Decrement(ref running);
            return 0;
        });

        pacer.Wrote(999);
        Assert.Equal(0, Volatile.Read(ref started));
        pacer.Wrote(1);
        await WaitForAsync(() => Volatile.Read(ref started) == 1);
        // While that sync runs, three more steps' worth of bytes start nothing more.
        pacer.Wrote(3000);
        await Task.Delay(100);
        Assert.Equal(1, Volatile.Read(ref started));

        release.SetResult();
        await pacer.Running;
        pacer.Wrote(1000);
        await pacer.Running;

        Assert.Equal(2, Volatile.Read(ref started));
        Assert.Equal(0, overlapped);
    }

    [Fact]
    public async Task Running_WithoutASync_IsAlreadyDone()
    {
        var pacer = new WriteBackPacer("/unused", step: 1 << 20, sync: () => throw new InvalidOperationException("no sync expected"));

        pacer.Wrote(10);

        Assert.True(pacer.Running.IsCompletedSuccessfully);
        await pacer.Running;
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, "the sync did not start");
            await Task.Delay(10);
        }
    }
}
