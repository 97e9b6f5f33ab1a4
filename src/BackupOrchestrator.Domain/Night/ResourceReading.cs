using BackupOrchestrator.Domain.Catalogs;

namespace BackupOrchestrator.Domain.Night;

/// <summary>
/// One look at the machine, in percent: CPU busy with work other than ours (<see cref="CpuTimes.Between"/>),
/// memory in use, the target's disk in use and I/O pressure. Null means "not measurable here" (a blob target has
/// no local disk, a kernel without PSI has no I/O pressure) and is never counted as over. <see cref="OwnCpu"/> is
/// the share our own process tree used (shown, never compared: the gate leaves our backups out).
/// </summary>
public sealed record ResourceReading(double? Cpu, double? Memory, double? Disk, double? Io, double? OwnCpu = null)
{
    /// <summary>Each reading above its threshold, as "cpu 93% > 80%"; empty when the gate may open.</summary>
    public IReadOnlyList<string> Over(Thresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        var over = new List<string>();
        void Check(string name, double? value, int limit)
        {
            if (value is { } v && v > limit)
            {
                over.Add(FormattableString.Invariant($"{name} {v:0.#}% > {limit}%"));
            }
        }

        Check("cpu", Cpu, thresholds.Cpu);
        Check("memory", Memory, thresholds.Memory);
        Check("disk", Disk, thresholds.Disk);
        Check("io", Io, thresholds.Io);
        return over;
    }

    public override string ToString() =>
        FormattableString.Invariant($"cpu {Show(Cpu)}{(OwnCpu is { } own ? FormattableString.Invariant($" (ours {own:0.#}% besides)") : "")}, memory {Show(Memory)}, disk {Show(Disk)}, io {Show(Io)}");

    private static string Show(double? v) => v is { } x ? FormattableString.Invariant($"{x:0.#}%") : "n/a";
}
