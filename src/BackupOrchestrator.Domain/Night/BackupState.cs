namespace BackupOrchestrator.Domain.Night;

/// <summary>
/// Where one service's backup of one night is (DESIGN.md, "The night"). The waiting states come
/// in this order; the last five are final.
/// </summary>
// Written as its name wherever it is serialized (custom status, orchestration inputs and outputs, either host's
// HTTP output): the attribute travels with the type, where a host's JSON options may not reach. Numbers written
// by earlier builds still read.
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<BackupState>))]
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
