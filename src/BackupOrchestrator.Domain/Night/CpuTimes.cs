namespace BackupOrchestrator.Domain.Night;

/// <summary>
/// One sample of the machine's CPU clock (ticks since boot, as /proc/stat counts them): all of it, the idle part,
/// and the part this app's own process tree used (itself, the hooks and command sources it started, and their
/// children). Two samples give the CPU figure the resource gate compares with its threshold.
/// </summary>
public readonly record struct CpuTimes(long Total, long Idle, long Own)
{
    /// <summary>
    /// The share of the machine's CPU time between <paramref name="before"/> and <paramref name="after"/> that was
    /// busy with anything but our own process tree (the gate's figure), and the share our tree used, in percent.
    /// Why ours is left out: the gate protects the server's other work from the backups, not the backups from each
    /// other (the slot limit does that); counted in, three running backups on two cores hold the fourth.
    /// </summary>
    public static (double Others, double Own) Between(CpuTimes before, CpuTimes after)
    {
        var total = after.Total - before.Total;
        if (total <= 0)
        {
            return (0, 0);
        }

        var busy = total - (after.Idle - before.Idle);
        // The samples of the machine and of our processes are read a moment apart, so ours may exceed the busy time by a tick.
        var own = Math.Clamp(after.Own - before.Own, 0, Math.Max(0, busy));
        return (Math.Clamp(100.0 * (busy - own) / total, 0, 100), Math.Clamp(100.0 * own / total, 0, 100));
    }
}
