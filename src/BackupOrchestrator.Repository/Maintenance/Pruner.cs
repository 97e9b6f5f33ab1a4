using BackupOrchestrator.Domain.Retention;
using BackupOrchestrator.Repository.Chunking;
using BackupOrchestrator.Repository.Format;
using BackupOrchestrator.Repository.Packs;
using BackupOrchestrator.Repository.Snapshots;
using BackupOrchestrator.Repository.Targets;

namespace BackupOrchestrator.Repository.Maintenance;

/// <summary>
/// Retention (the Domain's GFS policy, per service) plus mark-and-sweep garbage collection with a
/// grace period, under a prune lock (docs/repository-format.md, "Locks and garbage collection").
/// With a backup or a read (restore, verify, copy) running, snapshots are still forgotten but the sweep
/// is deferred, so no chunk a backup or a read in progress needs is ever deleted.
/// </summary>
public sealed class Pruner(BackupRepository repository)
{
    public static readonly TimeSpan DefaultGracePeriod = TimeSpan.FromHours(24);

    /// <summary>With this many index objects (one per backup), a prune merges them into one even when it deletes nothing.</summary>
    internal const int ConsolidateIndexesFrom = 16;

    /// <summary>
    /// When set, the retention judges only these services' snapshots (the night prunes each service after its
    /// backup); the others are kept as they are, and their chunks marked, so the sweep still sees the whole target.
    /// </summary>
    public IReadOnlyCollection<string>? OnlyServices { get; init; }

    /// <summary>
    /// False: apply the retention and stop, leaving the packs for a later sweep (the night sweeps each target once,
    /// after its last backup, rather than once per service). <see cref="PruneReport.SweepSkipped"/> says so.
    /// </summary>
    public bool Sweep { get; init; } = true;

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
            if (OnlyServices is { } only && !only.Contains(group.Key))
            {
                keep.AddRange(group);
                continue;
            }

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

        if (!Sweep)
        {
            report.SweepSkipped = "deferred: this prune applied the retention only";
            return report;
        }

        if (errors.Count > 0)
        {
            report.SweepSkipped = $"{errors.Count} snapshot manifest(s) could not be read; their chunks cannot be marked, so nothing is swept. Run 'backupctl verify'.";
            return report;
        }
        var live = (await RepositoryLock.ListLiveAsync(repository, cancellationToken)).Where(l => l.Info.Kind is RepositoryLock.KindBackup or RepositoryLock.KindRead).ToList();
        if (live.Count > 0)
        {
            var backups = live.Count(l => l.Info.Kind == RepositoryLock.KindBackup);
            var reads = live.Count - backups;
            var what = (backups, reads) switch
            {
                (_, 0) => $"{backups} backup(s)",
                (0, _) => $"{reads} read(s) (restore, verify or copy)",
                _ => $"{backups} backup(s) and {reads} read(s) (restore, verify or copy)",
            };
            report.SweepSkipped = $"{what} in progress (e.g. host {live[0].Info.Host}, pid {live[0].Info.Pid}); unreferenced chunks are swept by the next prune.";
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
        await SweepAsync(marked, now, grace, dryRun, report, cancellationToken);
        if (!dryRun && repository.Target is DirectoryTarget directory)
        {
            directory.RemoveStaleTempFiles(now - grace);
        }
        return report;
    }

    /// <summary>
    /// Deletes packs none of whose chunks a kept snapshot uses (packs are never rewritten: a pack with
    /// one chunk in use stays whole), once they are older than the grace period. Order, so that no
    /// chunk is unknown at any moment: first one new index naming every pack that stays, then the
    /// old indexes, then the packs. A crash in between leaves duplicate index entries or unindexed
    /// packs, both harmless and cleaned by the next prune.
    /// </summary>
    private async Task SweepAsync(HashSet<ChunkId> marked, DateTimeOffset now, TimeSpan grace, bool dryRun, PruneReport report, CancellationToken cancellationToken)
    {
        var index = await repository.LoadIndexAsync(cancellationToken);
        if (index.Errors.Count > 0)
        {
            report.Errors.AddRange(index.Errors);
            report.SweepSkipped = $"{index.Errors.Count} index object(s) could not be read; the packs they name cannot be judged, so nothing is swept. Run 'backupctl verify'.";
            return;
        }
        var staying = new List<PackRecord>();
        var doomed = new List<string>();
        foreach (var (name, item) in index.PackObjects)
        {
            var chunks = index.ChunksOf(name);
            if (chunks.Any(c => marked.Contains(c.Id)))
            {
                staying.Add(new PackRecord(name, chunks));
                foreach (var unused in chunks.Where(c => !marked.Contains(c.Id)))
                {
                    report.ChunksUnusedInKeptPacks++;
                    report.BytesUnusedInKeptPacks += unused.Length;
                }
            }
            else if (now - item.LastModified < grace)
            {
                report.ChunksInGrace += chunks.Count;
                report.PacksInGrace++;
                if (chunks.Count > 0)
                {
                    staying.Add(new PackRecord(name, chunks));
                }
            }
            else
            {
                report.PacksDeleted++;
                report.ChunksDeleted += chunks.Count;
                report.BytesDeleted += item.Size;
                doomed.Add(name);
            }
        }
        bool dropsEntries = index.IndexedPacks.Any(p => !index.PackObjects.ContainsKey(p.Name));
        if (dryRun || (doomed.Count == 0 && !dropsEntries && index.IndexObjects.Count < ConsolidateIndexesFrom))
        {
            return;
        }
        await PackWriter.WriteIndexAsync(repository, staying, cancellationToken);
        foreach (var old in index.IndexObjects)
        {
            await repository.Target.DeleteAsync(old, cancellationToken);
        }
        foreach (var pack in doomed)
        {
            await repository.Target.DeleteAsync(pack, cancellationToken);
        }
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
    /// <summary>Packs deleted (none of their chunks in use), the chunks they held, and their bytes.</summary>
    public int PacksDeleted { get; set; }
    public int ChunksDeleted { get; set; }
    public long BytesDeleted { get; set; }
    /// <summary>Unused packs younger than the grace period, and their chunks, left for a later prune.</summary>
    public int PacksInGrace { get; set; }
    public int ChunksInGrace { get; set; }
    /// <summary>Chunks no snapshot uses that stay because their pack holds a chunk in use (packs are not rewritten).</summary>
    public int ChunksUnusedInKeptPacks { get; set; }
    public long BytesUnusedInKeptPacks { get; set; }
}

public sealed record PruneDecision(string Service, string Snapshot, DateTimeOffset Time, bool Keep, IReadOnlyList<string> Reasons);
