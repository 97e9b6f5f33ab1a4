using BackupOrchestrator.Domain.Retention;
using BackupOrchestrator.Repository.Chunking;
using BackupOrchestrator.Repository.Format;
using BackupOrchestrator.Repository.Snapshots;
using BackupOrchestrator.Repository.Targets;

namespace BackupOrchestrator.Repository.Maintenance;

/// <summary>
/// Retention (the Domain's GFS policy, per service) plus mark-and-sweep garbage collection with a
/// grace period, under a prune lock (docs/repository-format.md, "Locks and garbage collection").
/// With a backup running, snapshots are still forgotten but the sweep is deferred, so no chunk a
/// backup in progress needs is ever deleted.
/// </summary>
public sealed class Pruner(BackupRepository repository)
{
    public static readonly TimeSpan DefaultGracePeriod = TimeSpan.FromHours(24);

    public async Task<PruneReport> PruneAsync(Func<string, RetentionRule> ruleForService, bool dryRun, TimeSpan? gracePeriod = null, CancellationToken cancellationToken = default)
    {
        var grace = gracePeriod ?? DefaultGracePeriod;
        var report = new PruneReport { DryRun = dryRun };
        await using var held = dryRun ? null : await RepositoryLock.AcquireAsync(repository, RepositoryLock.KindPrune, TimeSpan.Zero, cancellationToken);
        var now = repository.Time.GetUtcNow();
        var store = new SnapshotStore(repository);
        var (snapshots, errors) = await store.LoadSummariesAsync(cancellationToken);
        report.Errors.AddRange(errors);

        var keep = new List<SnapshotSummary>();
        foreach (var group in snapshots.GroupBy(s => s.Service).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var byName = group.ToDictionary(s => s.Name);
            var decisions = RetentionPolicy.Apply(group.Select(s => new SnapshotInfo(s.Name, s.Time)).ToList(), ruleForService(group.Key), now);
            foreach (var decision in decisions)
            {
                var snapshot = byName[decision.Snapshot.Id];
                report.Decisions.Add(new PruneDecision(snapshot.Service, snapshot.Name, snapshot.Time, decision.Keep, decision.Reasons));
                if (decision.Keep)
                {
                    keep.Add(snapshot);
                }
                else if (!dryRun)
                {
                    await repository.Target.DeleteAsync(ObjectNames.Snapshot(snapshot.Name), cancellationToken);
                }
            }
        }

        if (errors.Count > 0)
        {
            report.SweepSkipped = $"{errors.Count} snapshot manifest(s) could not be read; their chunks cannot be marked, so nothing is swept. Run 'backupctl verify'.";
            return report;
        }
        var backups = (await RepositoryLock.ListLiveAsync(repository, cancellationToken)).Where(l => l.Info.Kind == RepositoryLock.KindBackup).ToList();
        if (backups.Count > 0)
        {
            report.SweepSkipped = $"{backups.Count} backup(s) in progress (e.g. host {backups[0].Info.Host}, pid {backups[0].Info.Pid}); unreferenced chunks are swept by the next prune.";
            return report;
        }

        // Mark: one manifest at a time, so memory holds chunk ids, not every snapshot's file index.
        var marked = new HashSet<ChunkId>();
        foreach (var kept in keep)
        {
            SnapshotManifest manifest;
            try
            {
                manifest = await store.LoadAsync(kept.Name, cancellationToken);
            }
            catch (RepositoryException e)
            {
                report.Errors.Add(e.Message);
                report.SweepSkipped = $"Snapshot {kept.Name} could not be read while marking; nothing is swept. Run 'backupctl verify'.";
                return report;
            }
            foreach (var piece in manifest.Chunks)
            {
                marked.Add(ChunkId.Parse(piece.Id));
            }
        }
        report.ChunksReferenced = marked.Count;
        await foreach (var item in repository.Target.ListAsync(ObjectNames.ChunksPrefix, cancellationToken))
        {
            if (!ObjectNames.TryParseChunk(item.Name, out var id) || marked.Contains(id))
            {
                continue;
            }
            if (now - item.LastModified < grace)
            {
                report.ChunksInGrace++;
                continue;
            }
            report.ChunksDeleted++;
            report.BytesDeleted += item.Size;
            if (!dryRun)
            {
                await repository.Target.DeleteAsync(item.Name, cancellationToken);
            }
        }
        if (!dryRun && repository.Target is DirectoryTarget directory)
        {
            directory.RemoveStaleTempFiles(now - grace);
        }
        return report;
    }
}

public sealed class PruneReport
{
    public bool DryRun { get; set; }
    public List<PruneDecision> Decisions { get; } = [];
    public List<string> Errors { get; } = [];
    /// <summary>Why the sweep did not run, or null when it did.</summary>
    public string? SweepSkipped { get; set; }
    public int ChunksReferenced { get; set; }
    public int ChunksDeleted { get; set; }
    public long BytesDeleted { get; set; }
    /// <summary>Unreferenced chunks younger than the grace period, left for a later prune.</summary>
    public int ChunksInGrace { get; set; }
}

public sealed record PruneDecision(string Service, string Snapshot, DateTimeOffset Time, bool Keep, IReadOnlyList<string> Reasons);
