namespace BackupOrchestrator.Domain.Catalogs;

/// <summary>
/// When the night maintains its targets (docs/catalog.md, <c>maintenance</c>): the weekdays on which a service's
/// retention runs after its backup succeeded (<see cref="PruneDays"/>, every day by default), and the weekly
/// integrity check's day and the share of chunks it reads (seed 004: "weekly backup integrity checks").
/// </summary>
public sealed record MaintenanceSettings(IReadOnlyList<DayOfWeek> PruneDays, DayOfWeek IntegrityDay, double IntegritySample)
{
    public static IReadOnlyList<DayOfWeek> EveryDay { get; } = Enum.GetValues<DayOfWeek>();

    public static MaintenanceSettings Default { get; } = new(EveryDay, DayOfWeek.Sunday, 0.1);

    /// <summary>Whether the night of <paramref name="day"/> applies the retention.</summary>
    public bool PrunesOn(DateOnly day) => PruneDays.Contains(day.DayOfWeek);

    /// <summary>Whether <paramref name="day"/> (in the catalog's time zone) is the integrity check's day.</summary>
    public bool ChecksOn(DateOnly day) => day.DayOfWeek == IntegrityDay;
}
