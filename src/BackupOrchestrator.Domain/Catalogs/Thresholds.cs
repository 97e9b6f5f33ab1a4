namespace BackupOrchestrator.Domain.Catalogs;

/// <summary>Machine load, in percent, above which new backups wait (seed 000: 80/80/90/80).</summary>
public sealed record Thresholds(int Cpu, int Memory, int Disk, int Io)
{
    public static Thresholds Default { get; } = new(80, 80, 90, 80);
}
