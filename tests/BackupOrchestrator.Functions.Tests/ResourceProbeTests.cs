using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Functions.Services;

namespace BackupOrchestrator.Functions.Tests;

public sealed class ResourceProbeTests
{
    // user nice system idle iowait irq softirq steal
    private const string StatIdle = "cpu  1000 0 1000 8000 0 0 0 0 0 0\ncpu0 1000 0 1000 8000 0 0 0 0 0 0\n";
    private const string StatBusy = "cpu  1900 0 1900 8200 0 0 0 0 0 0\ncpu0 1900 0 1900 8200 0 0 0 0 0 0\n";

    [Fact]
    public async Task CheckAsync_CpuDeltaOverThreshold_IsOverAndLogged()
    {
        using var box = new TestBox();
        box.WriteProc("stat", StatIdle);
        var first = await box.Probe.CheckAsync(Thresholds.Default, null, "svc", CancellationToken.None);
        Assert.Equal(0, first.Reading.Cpu);

        box.WriteProc("stat", StatBusy); // +1800 busy, +200 idle ticks since the last reading: 90%
        var second = await box.Probe.CheckAsync(Thresholds.Default, null, "svc", CancellationToken.None);

        Assert.Equal(90, second.Reading.Cpu!.Value, 3);
        Assert.Equal(["cpu 90% > 80%"], second.Over);
        Assert.Contains("svc: cpu 90%", box.Log(NightLogFiles.ResourceMonitorLog), StringComparison.Ordinal);
        Assert.Contains("over: cpu 90% > 80%", box.Log(NightLogFiles.ResourceMonitorLog), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_MeminfoAndPressure_MemoryInUseAndIoSomeAvg10()
    {
        using var box = new TestBox();
        box.WriteProc("meminfo", "MemTotal:       1000000 kB\nMemFree:          50000 kB\nMemAvailable:     150000 kB\n");
        box.WriteProc("pressure/io", "some avg10=85.50 avg60=40.00 avg300=10.00 total=123456\nfull avg10=20.00 avg60=1.00 avg300=0.00 total=1000\n");
        var reading = await box.Probe.ReadAsync(null, CancellationToken.None);
        Assert.Equal(85, reading.Memory!.Value, 3);
        Assert.Equal(85.5, reading.Io!.Value, 3);
        Assert.Equal(["memory 85% > 80%", "io 85.5% > 80%"], reading.Over(Thresholds.Default));
    }

    [Fact]
    public async Task ReadAsync_NoProcFiles_NothingMeasuredAndNothingOver()
    {
        using var box = new TestBox();
        var reading = await box.Probe.ReadAsync(null, CancellationToken.None);
        Assert.Equal(new Domain.Night.ResourceReading(null, null, null, null), reading);
        Assert.Empty(reading.Over(Thresholds.Default));
    }

    [Fact]
    public async Task ReadAsync_DirectoryTargetNotCreatedYet_DiskOfTheNearestExistingFolder()
    {
        using var box = new TestBox();
        var reading = await box.Probe.ReadAsync(Path.Combine(box.Data, "not", "yet"), CancellationToken.None);
        var expected = new DriveInfo(box.Data);
        var used = expected.TotalSize - expected.TotalFreeSpace;
        Assert.Equal(100.0 * used / (used + expected.AvailableFreeSpace), reading.Disk!.Value, 0);
    }
}
