using BackupOrchestrator.Domain.Retention;
using BackupOrchestrator.Domain.Scheduling;
using BackupOrchestrator.Domain.Validation;

namespace BackupOrchestrator.Domain.Catalogs;

/// <summary>
/// One service to back up. Scheduled either by <see cref="Offset"/> into its tier's window
/// (seed 000's stagger; default 0) or by a six-field <see cref="Cron"/>; the catalog's
/// <c>backup_schedules</c> map overrides both. RPO/RTO default to the tier's.
/// Hooks are argv arrays run before/after the backup (never through a shell).
/// </summary>
public sealed record ServiceDefinition
{
    public required string Name { get; init; }

    public required string Tier { get; init; }

    public TimeSpan? Offset { get; init; }

    public CronSchedule? Cron { get; init; }

    public IReadOnlyList<string> DependsOn { get; init; } = [];

    public TimeSpan? Rpo { get; init; }

    public TimeSpan? Rto { get; init; }

    /// <summary>Expected size of one full backup in bytes (raw, before dedup and compression).</summary>
    public long? ExpectedSize { get; init; }

    public string? Node { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<SourceSpec> Sources { get; init; } = [];

    public IReadOnlyList<IReadOnlyList<string>> PreHooks { get; init; } = [];

    public IReadOnlyList<IReadOnlyList<string>> PostHooks { get; init; } = [];

    /// <summary>Overrides the catalog's retention for this service.</summary>
    public RetentionRule? Retention { get; init; }

    /// <summary>Where the service's <c>name</c> is written.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.InFile("");

    /// <summary>Where each key of the service's mapping has its value (e.g. <c>offset</c>, <c>depends_on</c>).</summary>
    public IReadOnlyDictionary<string, SourceLocation> KeyLocations { get; init; } = new Dictionary<string, SourceLocation>();

    /// <summary>Location of <paramref name="key"/>'s value, or of the service when the key is absent.</summary>
    public SourceLocation LocationOf(string key) => KeyLocations.TryGetValue(key, out var l) ? l : Location;

    public IEnumerable<PathSource> PathSources => Sources.OfType<PathSource>();

    public IEnumerable<CommandSource> CommandSources => Sources.OfType<CommandSource>();
}
