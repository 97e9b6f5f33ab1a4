using System.Diagnostics;
using System.Globalization;
using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Functions.Services;

namespace BackupOrchestrator.Functions.Tests;

/// <summary>
/// The resource gate's CPU figure leaves out our own process tree. The gate decisions are shown on a fake /proc
/// (the box is shared and loaded, so a real figure cannot be pinned to a threshold); which processes are ours,
/// and that a foreign process's load is seen, on the real /proc with real burning processes.
/// </summary>
public sealed class OwnCpuTests
{
    private static readonly int Self = Environment.ProcessId;

    // user nice system idle iowait irq softirq steal: 100 total ticks apart, 90 of them busy.
    private const string StatBefore = "cpu  1000 0 1000 8000 0 0 0 0 0 0\n";
    private const string StatAfter = "cpu  1045 0 1045 8010 0 0 0 0 0 0\n";

    [Fact]
    public async Task CheckAsync_BusyTimeIsOurProcessChildAndGrandchild_GateStaysOpen()
    {
        using var box = new TestBox();
        box.WriteProc("stat", StatBefore);
        WriteStat(box, Self, 1, utime: 100, stime: 0);
        WriteStat(box, 7001, Self, utime: 50, stime: 0);     // a hook we started
        WriteStat(box, 7002, 7001, utime: 10, stime: 0);     // a process the hook started
        await box.Probe.CheckAsync(Thresholds.Default, null, "svc", CancellationToken.None);

        box.WriteProc("stat", StatAfter);
        WriteStat(box, Self, 1, utime: 130, stime: 10);      // +40 in our own threads
        WriteStat(box, 7001, Self, utime: 70, stime: 5);     // +25
        WriteStat(box, 7002, 7001, utime: 25, stime: 5);     // +20: 85 of the 90 busy ticks are ours
        var verdict = await box.Probe.CheckAsync(Thresholds.Default, null, "svc", CancellationToken.None);

        Assert.True(verdict.Ok, string.Join(", ", verdict.Over));
        Assert.Equal(5, verdict.Reading.Cpu!.Value, 3);
        Assert.Equal(85, verdict.Reading.OwnCpu!.Value, 3);
        Assert.Contains("svc: cpu 5% (ours 85% besides)", box.Log(NightLogFiles.ResourceMonitorLog), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_SameBusyTimeInAProcessThatIsNotOurs_GateCloses()
    {
        using var box = new TestBox();
        box.WriteProc("stat", StatBefore);
        WriteStat(box, Self, 1, utime: 100, stime: 0);
        WriteStat(box, 7001, 1, utime: 50, stime: 0);        // re-parented to init: detached, not ours
        WriteStat(box, 7002, 7001, utime: 10, stime: 0);     // its child: not ours either
        await box.Probe.CheckAsync(Thresholds.Default, null, "svc", CancellationToken.None);

        box.WriteProc("stat", StatAfter);
        WriteStat(box, Self, 1, utime: 100, stime: 0);
        WriteStat(box, 7001, 1, utime: 95, stime: 0);
        WriteStat(box, 7002, 7001, utime: 55, stime: 0);
        var verdict = await box.Probe.CheckAsync(Thresholds.Default, null, "svc", CancellationToken.None);

        Assert.Equal(["cpu 90% > 80%"], verdict.Over);
        Assert.Equal(0, verdict.Reading.OwnCpu!.Value, 3);
    }

    [Fact]
    public async Task CheckAsync_ChildrenReapedBetweenSamples_TheirTimeStaysOurs()
    {
        using var box = new TestBox();
        box.WriteProc("stat", StatBefore);
        WriteStat(box, Self, 1, utime: 100, stime: 0);
        await box.Probe.CheckAsync(Thresholds.Default, null, "svc", CancellationToken.None);

        // A hook started and ended between the samples: gone from /proc, its 80 ticks are in our cutime and cstime.
        box.WriteProc("stat", StatAfter);
        WriteStat(box, Self, 1, utime: 105, stime: 5, cutime: 60, cstime: 20);
        var verdict = await box.Probe.CheckAsync(Thresholds.Default, null, "svc", CancellationToken.None);

        Assert.True(verdict.Ok, string.Join(", ", verdict.Over));
        Assert.Equal(0, verdict.Reading.Cpu!.Value, 3);
        Assert.Equal(90, verdict.Reading.OwnCpu!.Value, 3);
    }

    [Fact]
    public async Task ReadAsync_RealProc_ThreadsAndAChildBurningInOurTree_AreCountedAsOurs()
    {
        using var box = new TestBox(o =>
        {
            o.ProcRoot = "/proc";
            o.CpuSample = TimeSpan.FromSeconds(1);
        });
        using var child = Burner("while :; do :; done");
        using var stop = new CancellationTokenSource();
        var spinner = Task.Factory.StartNew(() => Spin(stop.Token), TaskCreationOptions.LongRunning);
        try
        {
            Assert.Contains(child.Id, OwnProcessTree.Pids("/proc", Self));
            var before = Ticks(Self) + Ticks(child.Id);
            var started = Stopwatch.GetTimestamp();
            var reading = await box.Probe.ReadAsync(null, CancellationToken.None);
            var elapsed = Stopwatch.GetElapsedTime(started);
            var burned = Ticks(Self) + Ticks(child.Id) - before;

            // Our burn, as a share of the machine's CPU time over the (slightly longer) window the test timed.
            var share = 100.0 * burned / (elapsed.TotalSeconds * 100 * Environment.ProcessorCount);
            Assert.True(share > 5, $"the burners hardly ran ({share:0.#}%): nothing to measure");
            Assert.True(reading.OwnCpu >= 0.7 * share, $"ours {reading.OwnCpu:0.#}% < 70% of the {share:0.#}% our tree burned");
            Assert.True(reading.Cpu <= 100 - 0.7 * share, $"cpu {reading.Cpu:0.#}% still holds our {share:0.#}%");
        }
        finally
        {
            await stop.CancelAsync();
            await spinner;
            child.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public async Task ReadAsync_RealProc_ABurnerThatDetachedFromUs_IsNotOursAndItsLoadIsSeen()
    {
        using var box = new TestBox(o =>
        {
            o.ProcRoot = "/proc";
            o.CpuSample = TimeSpan.FromSeconds(1);
        });
        // The shell starts the loop in the background and exits: the loop is re-parented to init (or a subreaper
        // above us), as a daemon a post hook starts would be. It is the server's load now, not ours.
        using var launcher = Burner("(while :; do :; done) >/dev/null 2>&1 & echo $!", redirect: true);
        var detached = int.Parse(launcher.StandardOutput.ReadLine()!, CultureInfo.InvariantCulture);
        await launcher.WaitForExitAsync();
        try
        {
            Assert.DoesNotContain(detached, OwnProcessTree.Pids("/proc", Self));
            var before = Ticks(detached);
            var started = Stopwatch.GetTimestamp();
            var reading = await box.Probe.ReadAsync(null, CancellationToken.None);
            var elapsed = Stopwatch.GetElapsedTime(started);
            var share = 100.0 * (Ticks(detached) - before) / (elapsed.TotalSeconds * 100 * Environment.ProcessorCount);

            Assert.True(share > 5, $"the burner hardly ran ({share:0.#}%): nothing to measure");
            Assert.True(reading.Cpu >= 0.7 * share, $"cpu {reading.Cpu:0.#}% misses the {share:0.#}% the detached burner used");
        }
        finally
        {
            Process.GetProcessById(detached).Kill();
        }
    }

    private static Process Burner(string script, bool redirect = false)
    {
        var info = new ProcessStartInfo("/bin/sh", ["-c", script]) { RedirectStandardOutput = redirect, UseShellExecute = false };
        return Process.Start(info)!;
    }

    private static void Spin(CancellationToken stop)
    {
        var x = 0UL;
        while (!stop.IsCancellationRequested)
        {
            x = unchecked(x * 6364136223846793005UL + 1);
        }

        GC.KeepAlive(x);
    }

    /// <summary>utime + stime of one process from its own stat (the test's reading, apart from the probe's).</summary>
    private static long Ticks(int pid)
    {
        var text = File.ReadAllText($"/proc/{pid}/stat");
        var fields = text[(text.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }

    private static void WriteStat(TestBox box, int pid, int parent, long utime, long stime, long cutime = 0, long cstime = 0) =>
        box.WriteProc($"{pid}/stat", FormattableString.Invariant(
            $"{pid} (a (b) c) S {parent} {pid} {pid} 0 -1 4194304 100 0 0 0 {utime} {stime} {cutime} {cstime} 20 0 1 0 100 1000 10\n"));
}
