namespace BackupOrchestrator.Functions.Configuration;

/// <summary>
/// The app's settings, bound from the <c>Backup</c> section: app settings <c>Backup__Catalog</c>,
/// <c>Backup__KeyFile</c>, <c>Backup__LogDirectory</c>, <c>Backup__TimeCompression</c>, … (local.settings.json's
/// Values, or the environment). Relative paths resolve against the host's working directory; <c>~</c> is the home folder.
/// </summary>
public sealed class NightOptions
{
    public const string Section = "Backup";

    /// <summary>The catalog file (YAML, docs/catalog.md). A night uses the text loaded when its first window fired.</summary>
    public string Catalog { get; set; } = "infra/catalog/demo.yaml";

    /// <summary>The repository key file (<c>backupctl key init</c>); when unset, the catalog's <c>encryption.key_file</c>.</summary>
    public string? KeyFile { get; set; }

    /// <summary>Where orchestrator.log, {service}_backup.log and resource_monitor.log go (seed 000's layout).</summary>
    public string LogDirectory { get; set; } = "logs";

    /// <summary>
    /// Night seconds per real second: 1 runs the night on the real clock; 60 maps each night hour onto a minute
    /// (the demo). Compresses releases, dependency waits and resource re-checks, not how long real work may take.
    /// </summary>
    public double TimeCompression { get; set; } = 1;

    /// <summary>The /proc the resource probe reads (tests point it at a folder of fake readings).</summary>
    public string ProcRoot { get; set; } = "/proc";

    /// <summary>Each pre or post hook's longest run; the catalog has no per-hook timeout.</summary>
    public TimeSpan HookTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long, in night time, the resource gate waits before it looks again while a reading is over.</summary>
    public TimeSpan ResourceRecheck { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Between the two /proc/stat samples of a CPU reading when there is no recent earlier one.</summary>
    public TimeSpan CpuSample { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often (real time) the limit looks for holders that ended without releasing, while someone waits.</summary>
    public TimeSpan SlotReclaimInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often a running backup's progress reaches its status.</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Attempts of a backup that fails transiently (storage or I/O errors), with exponential backoff.</summary>
    public int RetryAttempts { get; set; } = 3;

    public TimeSpan RetryFirstInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A prune deletes unused packs only once they are this old (the repository's grace period: it protects what
    /// locks cannot, such as a backup of another machine whose lock went stale). Tests set it to zero.
    /// </summary>
    public TimeSpan PruneGracePeriod { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// When true, every POST of the HTTP API (retry, run, restore, …) refuses with 403 (<c>ReadOnlyGuard</c>): a
    /// host anyone may look at but nobody may start work on. The timers still run the nights.
    /// </summary>
    public bool ReadOnly { get; set; }

    /// <summary>A path setting made absolute: <c>~</c> expanded, relative to the working directory.</summary>
    public static string Resolve(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (path == "~" || path.StartsWith("~/", StringComparison.Ordinal))
        {
            path = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path.TrimStart('~').TrimStart('/'));
        }

        return Path.GetFullPath(path);
    }
}
