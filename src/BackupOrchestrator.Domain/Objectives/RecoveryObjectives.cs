using BackupOrchestrator.Domain.Catalogs;

namespace BackupOrchestrator.Domain.Objectives;

public enum ObjectiveStatus
{
    /// <summary>Within the objective.</summary>
    Met,

    /// <summary>Outside the objective.</summary>
    Breached,

    /// <summary>There is no good backup at all (RPO) - as bad as breached, and said so.</summary>
    NoBackup,

    /// <summary>The service has no objective of this kind.</summary>
    NoObjective,
}

/// <summary>RPO: the age of the last good backup against the objective.</summary>
public sealed record RpoEvaluation(string Service, TimeSpan? Objective, DateTimeOffset? LastGood, TimeSpan? Age, ObjectiveStatus Status);

/// <summary>RTO: the estimated restore time (size / restore rate) against the objective.</summary>
public sealed record RtoEvaluation(string Service, TimeSpan? Objective, long Size, long RestoreRate, TimeSpan EstimatedRestore, ObjectiveStatus Status);

/// <summary>RPO/RTO evaluation of a catalog's services. Pure: the caller supplies "now", the last good backup and the measured restore rate.</summary>
public static class RecoveryObjectives
{
    /// <summary>Is the newest good backup (<paramref name="lastGood"/>) younger than the service's RPO at <paramref name="now"/>?</summary>
    public static RpoEvaluation EvaluateRpo(Catalog catalog, ServiceDefinition service, DateTimeOffset? lastGood, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(service);
        var rpo = catalog.RpoOf(service);
        var age = lastGood is { } t ? now - t : (TimeSpan?)null;
        var status = (rpo, age) switch
        {
            (null, _) => ObjectiveStatus.NoObjective,
            (_, null) => ObjectiveStatus.NoBackup,
            var (r, a) => a <= r ? ObjectiveStatus.Met : ObjectiveStatus.Breached,
        };
        return new RpoEvaluation(service.Name, rpo, lastGood, age, status);
    }

    /// <summary>
    /// Can the service be restored within its RTO? Size is the measured size of its last backup
    /// when known (else the expected size); the rate is a measured restore rate in bytes/s when
    /// known (else the catalog's <c>planning.restore_rate</c>).
    /// </summary>
    public static RtoEvaluation EvaluateRto(Catalog catalog, ServiceDefinition service, long? size = null, long? measuredRestoreRate = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(service);
        if (measuredRestoreRate is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(measuredRestoreRate), measuredRestoreRate, "a restore rate must be above 0 bytes/s.");
        }

        var rto = catalog.RtoOf(service);
        var bytes = size ?? catalog.SizeOf(service);
        var rate = measuredRestoreRate ?? catalog.Planning.RestoreRate;
        var estimate = catalog.Planning.RestoreDuration(bytes, rate);
        var status = rto is { } r ? (estimate <= r ? ObjectiveStatus.Met : ObjectiveStatus.Breached) : ObjectiveStatus.NoObjective;
        return new RtoEvaluation(service.Name, rto, bytes, rate, estimate, status);
    }
}
