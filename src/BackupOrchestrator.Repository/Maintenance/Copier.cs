using BackupOrchestrator.Repository.Chunking;
using BackupOrchestrator.Repository.Format;
using BackupOrchestrator.Repository.Packs;
using BackupOrchestrator.Repository.Snapshots;
using BackupOrchestrator.Repository.Targets;

namespace BackupOrchestrator.Repository.Maintenance;

/// <summary>
/// Copies snapshots to another target (3-2-1): chunks the destination lacks, as sealed bytes gathered
/// into new packs, then their index, then the manifest. The destination must hold the same key id; an empty one is initialised like the source.
/// </summary>
public sealed class Copier(BackupRepository source)
{
    /// <param name="snapshotNames">Snapshots to copy; null copies all the destination lacks.</param>
    public async Task<CopyReport> CopyAsync(IRepositoryTarget destination, IReadOnlyCollection<string>? snapshotNames = null, int parallelism = 4, CancellationToken cancellationToken = default)
    {
        var target = await BackupRepository.InitLikeAsync(destination, source, cancellationToken);
        if (target.Config.ChunkIds != source.Config.ChunkIds)
        {
            // Chunks are copied under their names; names made another way would never dedup there, and
            // the destination's verify would find that they do not hash to their names.
            throw new RepositoryException($"Cannot copy into {destination.Description}: it names chunks with {target.Config.ChunkIds} (format {target.Config.Version}), {source.Target.Description} with {source.Config.ChunkIds} (format {source.Config.Version}). Copy into a new, empty destination (another directory or container).");
        }
        await using var held = await RepositoryLock.AcquireAsync(target, RepositoryLock.KindBackup, TimeSpan.FromMinutes(30), cancellationToken);
        // The source is read under a read lock: a prune there waits to sweep until the copy is done.
        await using var reading = await RepositoryLock.ForReadingAsync(source, null, cancellationToken);
        var report = new CopyReport();
        var sourceStore = new SnapshotStore(source);
        var existing = new HashSet<string>(await new SnapshotStore(target).ListNamesAsync(cancellationToken), StringComparer.Ordinal);
        var names = snapshotNames ?? await sourceStore.ListNamesAsync(cancellationToken);
        var present = (await target.LoadIndexAsync(cancellationToken)).Present.ToHashSet();
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
            // Fetch a batch in parallel, then add it to the destination's packs in order (one writer).
            var packs = new PackWriter(target, parallelism, cancellationToken);
            foreach (var batch in missing.Chunk(Math.Max(1, parallelism) * 2))
            {
                var fetched = await Task.WhenAll(batch.Select(id => FetchCheckedAsync(id, name, cancellationToken)));
                for (int i = 0; i < batch.Length; i++)
                {
                    await packs.AddAsync(batch[i], fetched[i]);
                    report.ChunksCopied++;
                    report.BytesCopied += fetched[i].Length;
                }
            }
            var written = await packs.CompleteAsync();
            await destination.FlushAsync(cancellationToken);
            await PackWriter.WriteIndexAsync(target, written, cancellationToken);
            present.UnionWith(missing);
            report.ChunksAlreadyThere += needed.Count - missing.Count;
            var sealedManifest = await source.Target.GetAsync(ObjectNames.Snapshot(name), cancellationToken)
                ?? throw new RepositoryException($"Snapshot {name} vanished from {source.Target.Description} during the copy.");
            await destination.PutIfAbsentAsync(ObjectNames.Snapshot(name), sealedManifest, cancellationToken);
            report.SnapshotsCopied++;
        }
        return report;
    }

    /// <summary>A chunk's sealed bytes from the source, its seal checked, so a damaged chunk is not spread to the other copy.</summary>
    private async Task<byte[]> FetchCheckedAsync(ChunkId id, string snapshot, CancellationToken cancellationToken)
    {
        var where = $"Chunk {id} on {source.Target.Description}";
        var bytes = await source.ReadSealedChunkAsync(id, where, cancellationToken)
            ?? throw new IntegrityException($"Chunk {id} of snapshot {snapshot} is missing on {source.Target.Description}; the copy stops before writing that snapshot. Run 'backupctl verify' on the source.");
        source.Sealer.Open(bytes, ObjectNames.ChunkAad(id), where, source.Config.ChunkMax);
        return bytes;
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
