using BackupOrchestrator.Repository.Chunking;
using BackupOrchestrator.Repository.Format;
using BackupOrchestrator.Repository.Targets;

namespace BackupOrchestrator.Repository.Packs;

/// <summary>
/// What the target holds: every index object read, and the pack objects listed, joined into one map
/// from chunk id to where its sealed bytes are. A chunk counts as present only when its pack is on
/// the target too (docs/repository-format.md, "Packs and indexes").
/// </summary>
internal sealed class ChunkIndex
{
    private readonly Dictionary<ChunkId, ChunkLocation> _locations = [];
    private readonly Dictionary<string, List<PackedChunk>> _packChunks = new(StringComparer.Ordinal);

    private ChunkIndex()
    {
    }

    /// <summary>Pack objects on the target (listed), with size and last modification.</summary>
    public Dictionary<string, TargetObject> PackObjects { get; } = new(StringComparer.Ordinal);

    /// <summary>Names of the index objects that were read.</summary>
    public List<string> IndexObjects { get; } = [];

    /// <summary>Index objects that could not be read (damaged, wrong key): chunks they list are unknown.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Chunks whose pack is on the target.</summary>
    public IEnumerable<ChunkId> Present => _locations.Where(p => PackObjects.ContainsKey(p.Value.Pack)).Select(p => p.Key);

    public bool Contains(ChunkId id) => _locations.TryGetValue(id, out var at) && PackObjects.ContainsKey(at.Pack);

    /// <summary>Where the chunk is, if an index names it (its pack may still be missing).</summary>
    public bool TryLocate(ChunkId id, out ChunkLocation location) => _locations.TryGetValue(id, out location);

    /// <summary>Every pack some index names, with its chunks (a pack may be missing from the target).</summary>
    public IEnumerable<PackRecord> IndexedPacks => _packChunks.Select(p => new PackRecord(p.Key, p.Value));

    /// <summary>The chunks an index lists for <paramref name="pack"/> (empty for a pack no index names).</summary>
    public IReadOnlyList<PackedChunk> ChunksOf(string pack) => _packChunks.TryGetValue(pack, out var list) ? list : [];

    /// <summary>Adds packs this process wrote (before their index is stored).</summary>
    public void Add(PackRecord pack, long size, DateTimeOffset written)
    {
        PackObjects[pack.Name] = new TargetObject(pack.Name, size, written);
        AddIndexed(pack);
    }

    public static async Task<ChunkIndex> LoadAsync(BackupRepository repository, CancellationToken cancellationToken)
    {
        var index = new ChunkIndex();
        var listing = Task.Run(async () =>
        {
            await foreach (var item in repository.Target.ListAsync(ObjectNames.PacksPrefix, cancellationToken))
            {
                if (ObjectNames.IsPack(item.Name))
                {
                    index.PackObjects[item.Name] = item;
                }
            }
        }, cancellationToken);
        var names = new List<string>();
        await foreach (var item in repository.Target.ListAsync(ObjectNames.IndexPrefix, cancellationToken))
        {
            if (ObjectNames.IsIndex(item.Name))
            {
                names.Add(item.Name);
            }
        }
        names.Sort(StringComparer.Ordinal);
        var loaded = new List<PackRecord>?[names.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, names.Count), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var where = $"Index {names[i]} on {repository.Target.Description}";
            try
            {
                var bytes = await repository.Target.GetAsync(names[i], ct);
                if (bytes is null)
                {
                    return; // removed by a prune since the listing; its packs are in the prune's new index
                }
                var plain = repository.Sealer.Open(bytes, ObjectNames.IndexAad(names[i]), where, int.MaxValue);
                loaded[i] = IndexCodec.DecodeIndex(plain, where);
            }
            catch (IntegrityException e)
            {
                lock (index.Errors)
                {
                    index.Errors.Add(e.Message);
                }
            }
        });
        await listing;
        for (int i = 0; i < names.Count; i++)
        {
            if (loaded[i] is { } packs)
            {
                index.IndexObjects.Add(names[i]);
                foreach (var pack in packs)
                {
                    index.AddIndexed(pack);
                }
            }
        }
        return index;
    }

    private void AddIndexed(PackRecord pack)
    {
        // A pack's content never changes, so every index that names it lists the same chunks.
        _packChunks.TryAdd(pack.Name, [.. pack.Chunks]);
        foreach (var chunk in pack.Chunks)
        {
            // A chunk stored twice (two backups racing on it) keeps its first location that is present.
            if (!_locations.TryGetValue(chunk.Id, out var existing) || !PackObjects.ContainsKey(existing.Pack))
            {
                _locations[chunk.Id] = new ChunkLocation(pack.Name, chunk.Offset, chunk.Length);
            }
        }
    }
}
