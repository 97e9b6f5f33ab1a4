namespace BackupOrchestrator.Domain.Catalogs;

/// <summary>
/// A tier and its nightly window: services of the tier are released at
/// <see cref="Start"/> + their offset; a backup still running after <see cref="End"/> overflows.
/// RPO/RTO given here apply to every service of the tier that does not set its own.
/// </summary>
public sealed record TierWindow(string Name, TimeOnly Start, TimeSpan Length, TimeSpan? Rpo, TimeSpan? Rto)
{
    public Validation.SourceLocation Location { get; init; } = Validation.SourceLocation.InFile("");

    public TimeSpan End => Start.ToTimeSpan() + Length;

    /// <summary>The six-field cron at which the window's timer trigger fires every day.</summary>
    public string TriggerCron => $"0 {Start.Minute} {Start.Hour} * * *";
}
