using BackupOrchestrator.Repository.Chunking;
using BackupOrchestrator.Repository.Format;
using BackupOrchestrator.Repository.Snapshots;
using BackupOrchestrator.Repository.Targets;

namespace BackupOrchestrator.Repository.Maintenance;

/// <summary>
/// Copies snapshots to another target (3-2-1): chunks the destination lacks, as sealed bytes, then
/// the manifest. The destination must hold the same key id; an empty one is initialised like the source.
/// </summary>
public sealed class Copier(BackupRepository source)
{
    /// <param name="snapshotNames">Snapshots to copy; null copies all the destination lacks.</param>
    public async Task<CopyReport> CopyAsync(IRepositoryTarget destination, IReadOnlyCollection<string>? snapshotNames = null, int parallelism = 4, CancellationToken cancellationToken = default)
    {
        var target = await BackupRepository.InitLikeAsync(destination, source, cancellationToken);
        await using var held = await RepositoryLock.AcquireAsync(target, RepositoryLock.KindBackup, TimeSpan.FromMinutes(30), cancellationToken);
        var report = new CopyReport();
        var sourceStore = new SnapshotStore(source);
        var existing = new HashSet<string>(await new SnapshotStore(target).ListNamesAsync(cancellationToken), StringComparer.Ordinal);
        var names = snapshotNames ?? await sourceStore.ListNamesAsync(cancellationToken);
        var present = await target.ListChunksAsync(cancellationToken);
        foreach (var name in names)
        {
            if (existing.Contains(name))
            {
                report.SnapshotsAlreadyThere++;
                continue;
            }
            var manifest = await sourceStore.LoadAsync(name, cancellationToken);
            var needed = manifest.Chunks.Select(c => ChunkId.Parse(c.Id)).Distinct().ToList();
            var missing = needed.Where(id => !present.Contains(id)).ToList();
            await Parallel.ForEachAsync(missing, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (id, ct) =>
            {
                var objectName = ObjectNames.Chunk(id);
                var bytes = await source.Target.GetAsync(objectName, ct)
                    ?? throw new IntegrityException($"Chunk {id} of snapshot {name} is missing on {source.Target.Description}; the copy stops before writing that snapshot. Run 'backupctl verify' on the source.");
                // Check the seal before copying, so a damaged chunk is not spread to the other copy.
                source.Sealer.Open(bytes, ObjectNames.ChunkAad(id), $"Chunk {id} on {source.Target.Description}", source.Config.ChunkMax);
                await destination.PutIfAbsentAsync(objectName, bytes, ct);
                lock (report)
                {
                    report.ChunksCopied++;
                    report.BytesCopied += bytes.Length;
                }
            });
            foreach (var id in missing)
            {
                present.Add(id);
            }
            report.ChunksAlreadyThere += needed.Count - missing.Count;
            await destination.FlushAsync(cancellationToken);
            var sealedManifest = await source.Target.GetAsync(ObjectNames.Snapshot(name), cancellationToken)
                ?? throw new RepositoryException($"Snapshot {name} vanished from {source.Target.Description} during the copy.");
            await destination.PutIfAbsentAsync(ObjectNames.Snapshot(name), sealedManifest, cancellationToken);
            report.SnapshotsCopied++;
        }
        return report;
    }
}

public sealed class CopyReport
{
    public int SnapshotsCopied { get; set; }
    public int SnapshotsAlreadyThere { get; set; }
    public int ChunksCopied { get; set; }
    public int ChunksAlreadyThere { get; set; }
    public long BytesCopied { get; set; }
}
