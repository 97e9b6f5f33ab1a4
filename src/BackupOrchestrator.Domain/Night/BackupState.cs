namespace BackupOrchestrator.Domain.Night;

/// <summary>
/// Where one service's backup of one night is (DESIGN.md, "The night"). The waiting states come
/// in this order; the last five are final.
/// </summary>
public enum BackupState
{
    WaitingForSchedule,
    WaitingForDependencies,
    WaitingForResources,
    WaitingForSlot,
    Running,
    Succeeded,
    Failed,
    Skipped,
    TimedOut,
    Cancelled,
}

public static class BackupStates
{
    public static bool IsFinal(this BackupState state) => state >= BackupState.Succeeded;
}
