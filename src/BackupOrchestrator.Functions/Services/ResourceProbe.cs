using System.Globalization;
using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Domain.Night;
using BackupOrchestrator.Functions.Configuration;
using Microsoft.Extensions.Options;

namespace BackupOrchestrator.Functions.Services;

/// <summary>What the resource gate saw: the reading, what is over the thresholds (empty: the gate may open).</summary>
public sealed record ResourceVerdict(ResourceReading Reading, IReadOnlyList<string> Over, DateTimeOffset At)
{
    public bool Ok => Over.Count == 0;
}

/// <summary>
/// Reads the machine as seed 000's resource_monitor.sh does: CPU busy from /proc/stat deltas, less what our own
/// process tree used in the same time (<see cref="OwnProcessTree"/>, <see cref="CpuTimes.Between"/>), memory in use
/// from /proc/meminfo (MemTotal - MemAvailable), the target folder's disk in use by statvfs (as df counts it)
/// and I/O pressure from /proc/pressure/io (PSI "some avg10"). I/O pressure stays the machine's, ours included:
/// a stall share is not a sum over processes that ours could be taken out of (per-process byte counts measure
/// throughput, not contention), and a disk our backup saturates does slow the server's other work. The /proc root is
/// <see cref="NightOptions.ProcRoot"/>, so tests feed fake readings. A file that is missing (no PSI in the
/// kernel, a blob target without a local disk) gives no reading, which never holds the gate.
/// Each reading is appended to resource_monitor.log.
/// </summary>
public sealed class ResourceProbe(IOptions<NightOptions> options, TimeProvider time, NightLogFiles logs)
{
    /// <summary>An earlier CPU sample younger than this is the start of the next delta (as top does).</summary>
    private static readonly TimeSpan SampleReuse = TimeSpan.FromMinutes(5);

    private readonly string _proc = options.Value.ProcRoot;
    private readonly Lock _gate = new();
    private (CpuTimes Times, long Timestamp)? _last;

    /// <summary>Reads the machine and checks it against <paramref name="thresholds"/>; <paramref name="diskPath"/> is a directory target's folder (or null).</summary>
    public async Task<ResourceVerdict> CheckAsync(Thresholds thresholds, string? diskPath, string? service, CancellationToken cancellationToken)
    {
        var reading = await ReadAsync(diskPath, cancellationToken);
        var verdict = new ResourceVerdict(reading, reading.Over(thresholds), time.GetUtcNow());
        var limits = $"thresholds cpu {thresholds.Cpu}%, memory {thresholds.Memory}%, disk {thresholds.Disk}%, io {thresholds.Io}%";
        logs.Append(NightLogFiles.ResourceMonitorLog,
            $"{(service is null ? "" : service + ": ")}{reading} ({limits}): {(verdict.Ok ? "ok" : "over: " + string.Join(", ", verdict.Over))}");
        return verdict;
    }

    public async Task<ResourceReading> ReadAsync(string? diskPath, CancellationToken cancellationToken)
    {
        var cpu = await CpuAsync(cancellationToken);
        return new ResourceReading(cpu?.Others, Memory(), Disk(diskPath), Io(), cpu?.Own);
    }

    private async Task<(double Others, double Own)?> CpuAsync(CancellationToken cancellationToken)
    {
        if (ReadCpu() is not { } now)
        {
            return null;
        }

        (CpuTimes Times, long Timestamp)? previous;
        lock (_gate)
        {
            previous = _last is { } l && time.GetElapsedTime(l.Timestamp) <= SampleReuse ? l : null;
        }

        if (previous is null)
        {
            await Task.Delay(options.Value.CpuSample, time, cancellationToken);
            previous = (now, 0);
            now = ReadCpu() ?? now;
        }

        lock (_gate)
        {
            _last = (now, time.GetTimestamp());
        }

        return CpuTimes.Between(previous.Value.Times, now);
    }

    private CpuTimes? ReadCpu()
    {
        // "cpu  user nice system idle iowait irq softirq steal guest guest_nice" (USER_HZ ticks; guest is inside user).
        var line = ReadLines("stat")?.FirstOrDefault(l => l.StartsWith("cpu ", StringComparison.Ordinal));
        if (line is null)
        {
            return null;
        }

        var ticks = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8)
            .Select(f => long.TryParse(f, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0).ToArray();
        if (ticks.Length < 4)
        {
            return null;
        }

        var idle = ticks[3] + (ticks.Length > 4 ? ticks[4] : 0);
        // Both files count USER_HZ ticks. Without our own stat (a fake /proc of the tests), nothing is ours.
        return new CpuTimes(ticks.Sum(), idle, OwnProcessTree.Ticks(_proc, Environment.ProcessId) ?? 0);
    }

    private double? Memory()
    {
        var fields = (ReadLines("meminfo") ?? [])
            .Select(l => l.Split(':', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim(), p => long.TryParse(p[1].Trim().Split(' ')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb : -1, StringComparer.Ordinal);
        if (!fields.TryGetValue("MemTotal", out var total) || total <= 0 || !fields.TryGetValue("MemAvailable", out var available) || available < 0)
        {
            return null;
        }

        return Math.Clamp(100.0 * (total - available) / total, 0, 100);
    }

    private double? Io()
    {
        // "some avg10=1.23 avg60=0.50 avg300=0.10 total=12345": the share of the last 10 s some task waited on I/O.
        var some = ReadLines(Path.Combine("pressure", "io"))?.FirstOrDefault(l => l.StartsWith("some ", StringComparison.Ordinal));
        var avg10 = some?.Split(' ').FirstOrDefault(f => f.StartsWith("avg10=", StringComparison.Ordinal));
        return avg10 is not null && double.TryParse(avg10["avg10=".Length..], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    private static double? Disk(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        // A target folder that does not exist yet is measured on the nearest folder that does.
        var existing = Path.GetFullPath(path);
        while (!Directory.Exists(existing) && Path.GetDirectoryName(existing) is { } parent)
        {
            existing = parent;
        }

        try
        {
            // DriveInfo on Linux is statvfs(3) of the path: blocks, free blocks, blocks available to us.
            var drive = new DriveInfo(existing);
            var used = drive.TotalSize - drive.TotalFreeSpace;
            var usable = used + drive.AvailableFreeSpace;
            return usable <= 0 ? null : 100.0 * used / usable;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    private string[]? ReadLines(string relative)
    {
        try
        {
            return File.ReadAllLines(Path.Combine(_proc, relative));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
