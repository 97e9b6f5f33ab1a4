using BackupOrchestrator.Domain.Retention;
using BackupOrchestrator.Domain.Scheduling;
using BackupOrchestrator.Domain.Validation;

namespace BackupOrchestrator.Domain.Catalogs;

/// <summary>
/// A loaded catalog: everything the orchestrator knows about what to back up, when, where
/// and how long to keep it. Immutable. Built by <see cref="CatalogLoader"/>; documented
/// key by key in docs/catalog.md.
/// </summary>
public sealed record Catalog
{
    /// <summary>The catalog file as given to the loader (used in diagnostics).</summary>
    public required string FilePath { get; init; }

    /// <summary>
    /// Absolute directory that relative source paths, directory targets and the key file
    /// resolve against, and the working directory of commands and hooks. The catalog's
    /// <c>data_root</c>, itself relative to the catalog file's folder; default that folder.
    /// </summary>
    public required string DataRoot { get; init; }

    public string? Name { get; init; }

    /// <summary>IANA time zone of the window times (informational for the planner, used by the host). Default UTC.</summary>
    public string TimeZone { get; init; } = "UTC";

    public IReadOnlyList<TierWindow> Windows { get; init; } = [];

    public IReadOnlyList<ServiceDefinition> Services { get; init; } = [];

    /// <summary>Per-service cron overrides (seed 000's <c>backup_schedules</c>).</summary>
    public IReadOnlyDictionary<string, CronSchedule> BackupSchedules { get; init; } = new Dictionary<string, CronSchedule>();

    /// <summary>Where each <c>backup_schedules</c> entry is written.</summary>
    public IReadOnlyDictionary<string, SourceLocation> BackupScheduleLocations { get; init; } = new Dictionary<string, SourceLocation>();

    public Limits Limits { get; init; } = Limits.Default;

    /// <summary>Where top-level settings are written, by dotted path (e.g. <c>limits.max_concurrent</c>, <c>targets.primary</c>).</summary>
    public IReadOnlyDictionary<string, SourceLocation> KeyLocations { get; init; } = new Dictionary<string, SourceLocation>();

    /// <summary>Location of a setting by dotted path, or just the file when it is not written (a default).</summary>
    public SourceLocation LocationOf(string path) =>
        KeyLocations.TryGetValue(path, out var l) ? l : SourceLocation.InFile(FilePath);

    public Thresholds Thresholds { get; init; } = Thresholds.Default;

    public Targets Targets { get; init; } = Targets.None;

    public RetentionRule Retention { get; init; } = RetentionRule.SevenOneOne;

    /// <summary>Absolute path of the encryption key file (resolved against <see cref="DataRoot"/>), or null.</summary>
    public string? EncryptionKeyFile { get; init; }

    public Notifications Notifications { get; init; } = Notifications.Default;

    /// <summary>Prune days and the weekly integrity check (<c>maintenance</c>).</summary>
    public MaintenanceSettings Maintenance { get; init; } = MaintenanceSettings.Default;

    public PlanningSettings Planning { get; init; } = PlanningSettings.Default;

    public CapacitySettings Capacity { get; init; } = CapacitySettings.Default;

    public ServiceDefinition? FindService(string name) =>
        Services.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));

    public TierWindow? FindWindow(string name) =>
        Windows.FirstOrDefault(w => string.Equals(w.Name, name, StringComparison.Ordinal));

    /// <summary>The service's RPO, else its tier's.</summary>
    public TimeSpan? RpoOf(ServiceDefinition service) => service.Rpo ?? FindWindow(service.Tier)?.Rpo;

    /// <summary>The service's RTO, else its tier's.</summary>
    public TimeSpan? RtoOf(ServiceDefinition service) => service.Rto ?? FindWindow(service.Tier)?.Rto;

    /// <summary>The service's retention override, else the catalog's.</summary>
    public RetentionRule RetentionOf(ServiceDefinition service) => service.Retention ?? Retention;

    /// <summary>The service's expected size, else the planning default.</summary>
    public long SizeOf(ServiceDefinition service) => service.ExpectedSize ?? Planning.DefaultSize;

    /// <summary>How the service is scheduled (override, own cron, or window + offset).</summary>
    public ServiceSchedule ScheduleOf(ServiceDefinition service)
    {
        if (BackupSchedules.TryGetValue(service.Name, out var overridden))
        {
            return ServiceSchedule.FromCron(overridden, ScheduleSource.BackupSchedules);
        }

        if (service.Cron is not null)
        {
            return ServiceSchedule.FromCron(service.Cron, ScheduleSource.ServiceCron);
        }

        var window = FindWindow(service.Tier);
        return ServiceSchedule.FromWindow(window?.Start ?? TimeOnly.MinValue, service.Offset ?? TimeSpan.Zero);
    }
}
