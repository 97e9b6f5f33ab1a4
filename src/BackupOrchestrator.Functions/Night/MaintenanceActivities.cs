using BackupOrchestrator.Functions.Integrity;
using BackupOrchestrator.Functions.Services;
using Microsoft.Azure.Functions.Worker;

namespace BackupOrchestrator.Functions.Night;

/// <summary>The activities of the steps after a backup (copy, prune) and of the integrity check: the repository's I/O.</summary>
public sealed class MaintenanceActivities(TargetMaintenance maintenance, TimeProvider time)
{
    [Function(nameof(CopySnapshot))]
    public Task<CopyResult> CopySnapshot([ActivityTrigger] CopyJob job, CancellationToken cancellationToken)
        => maintenance.CopyAsync(job, cancellationToken);

    [Function(nameof(PruneTarget))]
    public Task<PruneResult> PruneTarget([ActivityTrigger] PruneJob job, CancellationToken cancellationToken)
        => maintenance.PruneAsync(job, cancellationToken);

    [Function(nameof(SweepTarget))]
    public Task<SweepResult> SweepTarget([ActivityTrigger] SweepJob job, CancellationToken cancellationToken)
        => maintenance.SweepAsync(job, cancellationToken);

    [Function(nameof(VerifyTarget))]
    public Task<TargetIntegrity> VerifyTarget([ActivityTrigger] VerifyJob job, CancellationToken cancellationToken)
        => maintenance.VerifyAsync(job.Target, job.Sample, job.KeyFile, time.GetUtcNow(), cancellationToken);
}
