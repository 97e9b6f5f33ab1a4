using System.Globalization;

namespace BackupOrchestrator.Functions.Night;

/// <summary>
/// Deterministic instance ids, so a second start is a no-op and anyone can find a run
/// (DESIGN.md, "The night"): <c>night:2026-12-01</c>, <c>window:2026-12-01:critical</c>,
/// <c>backup:2026-12-01:postgresql</c>, runs on request <c>manual:postgresql:RUNID</c>, and the one global limit <c>limit:backups</c>.
/// </summary>
public static class NightIds
{
    public const string Limit = "limit:backups";

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Night(string day) => $"night:{day}";

    public static string Window(string day, string window) => $"window:{day}:{window}";

    public static string Backup(string day, string service) => $"backup:{day}:{service}";

    /// <summary>The one sweep of a target on a prune night (<c>sweep:2026-12-06:primary</c>), after its last backup.</summary>
    public static string Sweep(string day, Domain.Catalogs.TargetSpec target) => $"sweep:{day}:{target.Role}";

    /// <summary>
    /// A target's lock (<c>target:dir-…</c>, <c>target:blob-…</c>): one per place backups are written, whatever
    /// catalog or role names it. A hash of <see cref="Services.RepositoryTargets.Identity"/>, since instance ids
    /// may not hold the slashes of a path.
    /// </summary>
    public static string Target(Domain.Catalogs.TargetSpec target)
    {
        var identity = Services.RepositoryTargets.Identity(target);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(identity)))[..16];
        return $"target:{(target.Kind == Domain.Catalogs.TargetKind.Directory ? "dir" : "blob-" + target.Container)}-{hash}";
    }

    /// <summary>The integrity check of a day (<c>integrity:2026-12-06</c>): the timer's, or the latest run on request.</summary>
    public static string Integrity(string day) => $"{IntegrityPrefix}{day}";

    public const string IntegrityPrefix = "integrity:";

    /// <summary>A run on request of one service, outside the nights; the same run id is the same run (idempotent).</summary>
    public static string Manual(string service, string runId) => $"manual:{service}:{runId}";
}

/// <summary>The external events of the night (one name per receiver, so a receiver never has two waiters of one name).</summary>
public static class NightEvents
{
    /// <summary>To the night's ledger: a subscription or an outcome (<see cref="LedgerMessage"/>).</summary>
    public const string Ledger = "Ledger";

    /// <summary>From the ledger to a waiting dependent: the gate's decision.</summary>
    public const string Gate = "Gate";

    /// <summary>To the global limit: acquire or release (<see cref="LimitMessage"/>).</summary>
    public const string Limit = "Limit";

    /// <summary>From the limit to a waiting backup: its slot.</summary>
    public const string SlotGranted = "SlotGranted";

    /// <summary>From the running backup activity to its orchestration: bytes, rate, ETA.</summary>
    public const string Progress = "Progress";

    /// <summary>To a target's lock: acquire or release (<see cref="TargetLockMessage"/>).</summary>
    public const string TargetLock = "TargetLock";

    /// <summary>From a target's lock to a waiting step: its use of the target (<see cref="TargetGrant"/>).</summary>
    public const string TargetGranted = "TargetGranted";

    /// <summary>To a night's sweep of a target (<see cref="NightIds.Sweep"/>): the service named has ended, after-steps included.</summary>
    public const string BackupEnded = "BackupEnded";
}
