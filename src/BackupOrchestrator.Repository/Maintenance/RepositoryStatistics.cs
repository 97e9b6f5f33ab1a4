using BackupOrchestrator.Repository.Chunking;
using BackupOrchestrator.Repository.Format;
using BackupOrchestrator.Repository.Snapshots;

namespace BackupOrchestrator.Repository.Maintenance;

/// <summary>Sizes of a repository: what the snapshots hold, what is unique, what the target stores.</summary>
public sealed record RepositoryStatistics(
    string Target,
    int Snapshots,
    int Services,
    long LogicalBytes,
    long UniqueBytes,
    long StoredBytes,
    int Chunks,
    int UnreferencedChunks,
    long UnreferencedBytes,
    IReadOnlyList<ServiceStatistics> PerService,
    IReadOnlyList<string> Errors)
{
    /// <summary>Logical bytes over unique plaintext bytes (how much dedup saves).</summary>
    public double DedupRatio => UniqueBytes == 0 ? 1 : (double)LogicalBytes / UniqueBytes;

    /// <summary>Unique plaintext bytes over stored (sealed) bytes of referenced chunks.</summary>
    public double CompressionRatio => StoredBytes - UnreferencedBytes <= 0 ? 1 : (double)UniqueBytes / (StoredBytes - UnreferencedBytes);

    public static async Task<RepositoryStatistics> ComputeAsync(BackupRepository repository, CancellationToken cancellationToken = default)
    {
        var store = new SnapshotStore(repository);
        var (snapshots, errors) = await store.LoadSummariesAsync(cancellationToken);
        var unique = new Dictionary<ChunkId, int>();
        foreach (var summary in snapshots)
        {
            // One manifest at a time: memory holds chunk ids, not every snapshot's file index.
            SnapshotManifest manifest;
            try
            {
                manifest = await store.LoadAsync(summary.Name, cancellationToken);
            }
            catch (RepositoryException e)
            {
                errors.Add(e.Message);
                continue;
            }
            foreach (var piece in manifest.Chunks)
            {
                // A chunk's plaintext length is where its furthest piece ends (the snapshot that wrote it uses all of it).
                var id = ChunkId.Parse(piece.Id);
                unique[id] = Math.Max(unique.GetValueOrDefault(id), piece.Skip + piece.Length);
            }
        }
        var index = await repository.LoadIndexAsync(cancellationToken);
        errors.AddRange(index.Errors);
        long stored = index.PackObjects.Values.Sum(p => p.Size), unreferencedBytes = 0;
        int chunks = 0, unreferenced = 0;
        foreach (var pack in index.PackObjects.Keys)
        {
            foreach (var chunk in index.ChunksOf(pack))
            {
                chunks++;
                if (!unique.ContainsKey(chunk.Id))
                {
                    unreferenced++;
                    unreferencedBytes += chunk.Length;
                }
            }
        }
        var perService = snapshots.GroupBy(s => s.Service).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ServiceStatistics(g.Key, g.Count(), g.Sum(s => s.StreamLength), g.MaxBy(s => s.Time)!.StreamLength, g.Max(s => s.Time)))
            .ToList();
        return new RepositoryStatistics(repository.Target.Description, snapshots.Count, perService.Count, snapshots.Sum(s => s.StreamLength),
            unique.Values.Sum(v => (long)v), stored, chunks, unreferenced, unreferencedBytes, perService, errors);
    }
}

public sealed record ServiceStatistics(string Service, int Snapshots, long LogicalBytes, long LatestBytes, DateTimeOffset Latest);
