using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Domain.Quantities;
using BackupOrchestrator.Functions.Configuration;
using BackupOrchestrator.Functions.Integrity;
using BackupOrchestrator.Functions.Night;
using BackupOrchestrator.Repository;
using BackupOrchestrator.Repository.Maintenance;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackupOrchestrator.Functions.Services;

/// <summary>
/// The repository work after a backup and in the weekly check: copy a snapshot to another target (3-2-1), apply a
/// service's retention on a target, verify a target. Each writes what it did to the service's log (the check to
/// orchestrator.log's neighbour, integrity.log). Failures are thrown, with a message a person can act on, so the
/// orchestration's retry policy can run them again and then show the reason.
/// </summary>
public sealed class TargetMaintenance(RepositoryTargets targets, NightLogFiles logs, IOptions<NightOptions> options, ILogger<TargetMaintenance> logger)
{
    public const string IntegrityLog = "integrity.log";

    public async Task<CopyResult> CopyAsync(CopyJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var log = NightLogFiles.ServiceLog(job.Service);
        logs.Append(log, $"copy of snapshot {job.SnapshotName} to targets.{job.To.Role} starts");
        try
        {
            var source = await targets.OpenAsync(job.From, Key(job.KeyFile), cancellationToken);
            var report = await new Copier(source).CopyAsync(targets.TargetOf(job.To), [job.SnapshotName], cancellationToken: cancellationToken);
            var result = new CopyResult(report.ChunksCopied, report.ChunksAlreadyThere, report.BytesCopied, report.SnapshotsAlreadyThere > 0);
            logs.Append(log, $"copy to targets.{job.To.Role} done: {ByteSize.Format(result.BytesCopied)} in {result.ChunksCopied} chunks sent, {result.ChunksAlreadyThere} already there{(result.WasThere ? " (the snapshot was there already)" : "")}");
            logger.Copied(job.Service, job.SnapshotName, job.To.Role, result.BytesCopied);
            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logs.Append(log, $"copy to targets.{job.To.Role} failed: {e.Message}");
            throw new InvalidOperationException($"targets.{job.To.Role} ({Where(job.To)}): {e.Message}", e);
        }
    }

    public async Task<PruneResult> PruneAsync(PruneJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var log = NightLogFiles.ServiceLog(job.Service);
        logs.Append(log, $"retention ({job.Rule}) of {job.Service} on targets.{job.Target.Role} starts");
        try
        {
            var repository = await targets.OpenAsync(job.Target, Key(job.KeyFile), cancellationToken);
            var report = await new Pruner(repository) { OnlyServices = [job.Service], Sweep = job.Sweep }
                .PruneAsync(_ => job.Rule, dryRun: false, options.Value.PruneGracePeriod, cancellationToken);
            var removed = report.Decisions.Count(d => !d.Keep);
            var result = new PruneResult(removed, report.Decisions.Count - removed, report.BytesDeleted, report.PacksDeleted, report.SweepSkipped, report.Errors);
            logs.Append(log, $"retention on targets.{job.Target.Role} done: {removed} snapshot(s) removed, {result.Kept} kept, {ByteSize.Format(result.BytesFreed)} freed in {result.PacksDeleted} pack(s)" +
                (result.SweepSkipped is null ? "" : $"; sweep skipped: {result.SweepSkipped}"));
            foreach (var removedSnapshot in report.Decisions.Where(d => !d.Keep))
            {
                logs.Append(log, $"  removed {removedSnapshot.Snapshot} ({removedSnapshot.Time:u})");
            }

            logger.Pruned(job.Service, job.Target.Role, removed, result.BytesFreed);
            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logs.Append(log, $"retention on targets.{job.Target.Role} failed: {e.Message}");
            throw new InvalidOperationException($"targets.{job.Target.Role} ({Where(job.Target)}): {e.Message}", e);
        }
    }

    /// <summary>
    /// The night's one sweep of a target (after its last backup): deletes the packs no snapshot uses any more, once
    /// past the grace period. It judges no service's snapshots (each service's prune step did), so it keeps them all
    /// and marks what they use. Written to orchestrator.log.
    /// </summary>
    public async Task<SweepResult> SweepAsync(SweepJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        logs.Append(NightLogFiles.OrchestratorLog, $"sweep of targets.{job.Target.Role} for the night of {job.Day} starts");
        try
        {
            var repository = await targets.OpenAsync(job.Target, Key(job.KeyFile), cancellationToken);
            var report = await new Pruner(repository) { OnlyServices = [] }
                .PruneAsync(_ => Domain.Retention.RetentionRule.SevenOneOne, dryRun: false, options.Value.PruneGracePeriod, cancellationToken);
            var result = new SweepResult(report.BytesDeleted, report.PacksDeleted, report.SweepSkipped, report.Errors);
            logs.Append(NightLogFiles.OrchestratorLog, $"sweep of targets.{job.Target.Role} done: {ByteSize.Format(result.BytesFreed)} freed in {result.PacksDeleted} pack(s)" +
                (result.SweepSkipped is null ? "" : $"; skipped: {result.SweepSkipped}"));
            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logs.Append(NightLogFiles.OrchestratorLog, $"sweep of targets.{job.Target.Role} failed: {e.Message}");
            throw new InvalidOperationException($"targets.{job.Target.Role} ({Where(job.Target)}): {e.Message}", e);
        }
    }

    /// <summary>Verifies a target: every manifest, a <paramref name="sample"/> share of its chunks read back; never throws for what it finds.</summary>
    public async Task<TargetIntegrity> VerifyAsync(TargetSpec target, double sample, string? catalogKeyFile, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var result = new TargetIntegrity { Target = target.Role, Where = Where(target), LockId = NightIds.Target(target), Checked = now, Sample = sample };
        logs.Append(IntegrityLog, $"targets.{target.Role} ({result.Where}): verify with {sample:P0} of the chunks read back starts");
        try
        {
            var keyFile = targets.KeyFileFor(catalogKeyFile);
            if (RepositoryTargets.KeyProblem(keyFile) is { } noKey)
            {
                return Logged(result with { Error = noKey });
            }

            var repository = await targets.OpenAsync(target, keyFile!, cancellationToken);
            var report = await new Verifier(repository).VerifyAsync(sample, cancellationToken: cancellationToken);
            return Logged(result with
            {
                Ok = report.Ok,
                Snapshots = report.Snapshots,
                ChunksReferenced = report.ChunksReferenced,
                ChunksChecked = report.ChunksChecked,
                Problems = report.Problems,
                DamagedSnapshots = report.DamagedSnapshots,
                DamagedIndexes = report.DamagedIndexes,
            });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Logged(result with { Error = e.Message });
        }
    }

    private TargetIntegrity Logged(TargetIntegrity result)
    {
        var line = result.Error is { } error ? $"could not be checked: {error}"
            : result.Ok ? $"ok: {result.Snapshots} snapshot(s), {result.ChunksChecked} of {result.ChunksReferenced} chunks read back"
            : $"DAMAGED: {result.Problems.Count} bad chunk(s), {result.DamagedSnapshots.Count} damaged manifest(s), {result.DamagedIndexes.Count} unreadable index(es)";
        logs.Append(IntegrityLog, $"targets.{result.Target} ({result.Where}): {line}");
        foreach (var problem in result.Problems)
        {
            foreach (var affected in problem.Affected)
            {
                logs.Append(IntegrityLog, $"  chunk {problem.ChunkId[..16]}… {problem.Kind}: snapshot {affected.Snapshot} ({affected.Service}): {string.Join(", ", affected.Files)}");
            }
        }

        logger.Verified(result.Target, result.Ok, result.Error ?? "");
        return result;
    }

    private string Key(string? catalogKeyFile)
    {
        var keyFile = targets.KeyFileFor(catalogKeyFile);
        return RepositoryTargets.KeyProblem(keyFile) is { } noKey ? throw new RepositoryException(noKey) : keyFile!;
    }

    /// <summary>Where a target is, for a person (never a connection string).</summary>
    public static string Where(TargetSpec target) => target.Kind == TargetKind.Directory
        ? $"directory {target.Path}"
        : $"container {target.Container}{(target.ConnectionSetting is { } setting ? $" of setting {setting}" : "")}";
}
