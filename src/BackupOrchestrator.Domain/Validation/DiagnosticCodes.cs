namespace BackupOrchestrator.Domain.Validation;

/// <summary>Stable codes of every catalog diagnostic. Documented in docs/catalog.md.</summary>
public static class DiagnosticCodes
{
    // Errors: the catalog cannot be used.
    public const string FileNotFound = "file-not-found";
    public const string YamlSyntax = "yaml-syntax";
    public const string UnknownKey = "unknown-key";
    public const string MissingKey = "missing-key";
    public const string BadValue = "bad-value";
    public const string DuplicateService = "duplicate-service";
    public const string DuplicateWindow = "duplicate-window";
    public const string UnknownTier = "unknown-tier";
    public const string UnknownDependency = "unknown-dependency";
    public const string DependencyCycle = "dependency-cycle";
    public const string BadCron = "bad-cron";
    public const string BadOffset = "bad-offset";
    public const string OffsetOutsideWindow = "offset-outside-window";
    public const string NonPositiveLimit = "non-positive-limit";
    public const string NoSource = "no-source";
    public const string UnknownScheduleService = "unknown-schedule-service";

    // Warnings: the catalog works, but a night will not go as written.
    public const string DependencyLater = "dependency-later";
    public const string DependencySkipped = "dependency-skipped";
    public const string RpoUnmeetable = "rpo-unmeetable";
    public const string WindowOverflow = "window-overflow";
    public const string CapacityExceeded = "capacity-exceeded";
    public const string TimeoutExceeded = "timeout-exceeded";
    public const string SizeExceeded = "size-exceeded";
    public const string NoTargets = "no-targets";
}
