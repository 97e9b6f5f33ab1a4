using BackupOrchestrator.Repository.Chunking;
using BackupOrchestrator.Repository.Format;
using BackupOrchestrator.Repository.Restore;
using BackupOrchestrator.Repository.Snapshots;

namespace BackupOrchestrator.Repository.Maintenance;

/// <summary>
/// Re-reads chunks (all, or a random sample) and checks each: named by an index, in a pack on the
/// target, GCM tag valid, plaintext HMAC equal to its name. Every manifest is opened and checked for consistency. For each bad or
/// missing chunk the report names the snapshots and files it affects.
/// </summary>
public sealed class Verifier(BackupRepository repository)
{
    private const int MaxFilesPerSnapshot = 20;

    /// <param name="sample">Fraction of chunks to read (0..1]; null reads all. Missing chunks are always found (from the listing).</param>
    public async Task<VerifyReport> VerifyAsync(double? sample = null, int parallelism = 4, Action<string>? progress = null, CancellationToken cancellationToken = default)
    {
        // Under a read lock: a prune waits to sweep until the verify is done, so no pack goes missing halfway.
        await using var reading = await RepositoryLock.ForReadingAsync(repository, null, cancellationToken);
        var report = new VerifyReport();
        var store = new SnapshotStore(repository);
        var names = await store.ListNamesAsync(cancellationToken);
        report.Snapshots = names.Count;
        // One manifest at a time: memory holds who uses which chunk, not every snapshot's file index.
        var users = new Dictionary<ChunkId, List<(string Snapshot, int Index)>>();
        foreach (var name in names)
        {
            SnapshotManifest snapshot;
            try
            {
                snapshot = await store.LoadAsync(name, cancellationToken);
            }
            catch (RepositoryException e)
            {
                if (await repository.Target.ExistsAsync(ObjectNames.Snapshot(name), cancellationToken))
                {
                    report.DamagedSnapshots.Add(e.Message);
                }
                else
                {
                    report.Snapshots--; // forgotten by a prune's retention since the listing: not damage
                }
                continue;
            }
            var problem = CheckManifest(snapshot);
            if (problem is not null)
            {
                report.DamagedSnapshots.Add(problem);
            }
            for (int i = 0; i < snapshot.Chunks.Count; i++)
            {
                var id = ChunkId.Parse(snapshot.Chunks[i].Id);
                if (!users.TryGetValue(id, out var list))
                {
                    users[id] = list = [];
                }
                if (list.Count == 0 || list[^1].Snapshot != name)
                {
                    list.Add((name, i));
                }
            }
        }
        var index = await repository.LoadIndexAsync(cancellationToken);
        report.DamagedIndexes.AddRange(index.Errors);
        var toRead = new List<ChunkId>();
        foreach (var id in users.Keys)
        {
            if (!index.Contains(id))
            {
                var why = index.TryLocate(id, out var at) ? $"its pack {at.Pack} is not on the target" : "no index on the target names it";
                report.Problems.Add(await DescribeAsync(store, id, "missing", why, users[id], cancellationToken));
            }
            else
            {
                toRead.Add(id);
            }
        }
        if (sample is double fraction && fraction < 1)
        {
            int count = Math.Max(1, (int)Math.Ceiling(toRead.Count * fraction));
            toRead = toRead.OrderBy(_ => Random.Shared.Next()).Take(count).ToList();
        }
        int done = 0;
        var damaged = new List<(ChunkId Id, string Failure)>();
        await Parallel.ForEachAsync(toRead, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (id, ct) =>
        {
            var (snapshot, index) = users[id][0];
            string? failure = null;
            try
            {
                var where = $"Chunk {id.ToString()[..16]}… (piece #{index} of snapshot {snapshot}) on {repository.Target.Description}";
                var (buffer, length) = await ChunkFetcher.OpenChunkAsync(repository, id.ToString(), where, ct);
                if (repository.ChunkIds.Compute(buffer.AsSpan(0, length)) != id)
                {
                    failure = "its content does not hash to its name";
                }
                repository.ChunkBuffers.Return(buffer);
            }
            catch (IntegrityException e)
            {
                failure = e.Message;
            }
            if (failure is not null)
            {
                lock (damaged)
                {
                    damaged.Add((id, failure));
                }
            }
            if (Interlocked.Increment(ref done) % 64 == 0)
            {
                progress?.Invoke($"{done}/{toRead.Count} chunks checked");
            }
        });
        foreach (var (id, failure) in damaged)
        {
            report.Problems.Add(await DescribeAsync(store, id, "damaged", failure, users[id], cancellationToken));
        }
        report.ChunksChecked = toRead.Count;
        report.ChunksReferenced = users.Count;
        return report;
    }

    private static string? CheckManifest(SnapshotManifest s)
    {
        long sum = s.Chunks.Sum(c => (long)c.Length);
        if (sum != s.StreamLength)
        {
            return $"Snapshot {s.Name} ({s.Service}): its chunks add up to {sum} bytes, its stream to {s.StreamLength}.";
        }
        long offset = 0;
        foreach (var entry in s.Entries)
        {
            if (entry.HeaderOffset != offset || entry.Hash is not { Length: EntryHash.Length })
            {
                return $"Snapshot {s.Name} ({s.Service}): entry {entry.Path} at {entry.HeaderOffset} does not follow the previous one ({offset}) or has no hash.";
            }
            offset = entry.EndOffset;
        }
        if (offset + StreamHash.EndMarkerLength != s.StreamLength || StreamHash.Compute(s.Entries, s.StreamLength, s.EntryHash) != s.StreamHash)
        {
            return $"Snapshot {s.Name} ({s.Service}): its file index does not match its stream hash.";
        }
        return null;
    }

    /// <summary>Which snapshots and files the chunk breaks: every piece of it in each snapshot that uses it (manifests reloaded one at a time).</summary>
    private static async Task<ChunkProblem> DescribeAsync(SnapshotStore store, ChunkId id, string kind, string message, List<(string Snapshot, int Index)> users, CancellationToken cancellationToken)
    {
        var affected = new List<AffectedSnapshot>();
        var chunk = id.ToString();
        foreach (var (name, _) in users)
        {
            var snapshot = await store.LoadAsync(name, cancellationToken);
            var offsets = ChunkFetcher.ComputeOffsets(snapshot);
            var files = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int index = 0; index < snapshot.Chunks.Count; index++)
            {
                if (snapshot.Chunks[index].Id != chunk)
                {
                    continue;
                }
                long start = offsets[index], end = offsets[index + 1];
                foreach (var e in snapshot.Entries.Where(e => e.HeaderOffset < end && e.EndOffset > start))
                {
                    if (seen.Add(e.PartOf ?? e.Path))
                    {
                        files.Add(e.PartOf ?? e.Path);
                    }
                }
            }
            affected.Add(new AffectedSnapshot(snapshot.Name, snapshot.Service, files.Take(MaxFilesPerSnapshot).ToList(), files.Count));
        }
        return new ChunkProblem(id.ToString(), kind, message, affected);
    }
}

public sealed class VerifyReport
{
    public int Snapshots { get; set; }
    public int ChunksReferenced { get; set; }
    public int ChunksChecked { get; set; }
    public List<string> DamagedSnapshots { get; } = [];
    /// <summary>Index objects that could not be read: the chunks they list count as missing.</summary>
    public List<string> DamagedIndexes { get; } = [];
    public List<ChunkProblem> Problems { get; } = [];
    public bool Ok => DamagedSnapshots.Count == 0 && DamagedIndexes.Count == 0 && Problems.Count == 0;
}

/// <summary>A bad or missing chunk and what it breaks.</summary>
public sealed record ChunkProblem(string ChunkId, string Kind, string Message, IReadOnlyList<AffectedSnapshot> Affected);

/// <summary>A snapshot that needs a bad chunk, and (up to 20 of) its files that lie in it.</summary>
public sealed record AffectedSnapshot(string Snapshot, string Service, IReadOnlyList<string> Files, int FileCount);
