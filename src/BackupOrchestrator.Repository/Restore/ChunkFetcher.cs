using System.Threading.Channels;
using BackupOrchestrator.Repository.Chunking;
using BackupOrchestrator.Repository.Format;
using BackupOrchestrator.Repository.Snapshots;

namespace BackupOrchestrator.Repository.Restore;

/// <summary>
/// Fetches the pieces of a snapshot's stream and hands them back in stream order. Each chunk is
/// fetched and opened once (GCM tag checked, decompressed), several at a time, and kept while
/// nearby pieces still need it: a snapshot that took unchanged files over from its parent
/// alternates between pieces of old chunks and of its own new chunks.
/// </summary>
/// <remarks>
/// Memory: at most <see cref="Slots"/> opened chunks exist at once (as many as before pieces existed:
/// the fetches in flight plus what the consumer holds). The consumer holds at most
/// <see cref="ConsumerHold"/> pieces, and the producer trims the recently used cache to fewer than
/// <see cref="CacheSize"/> before it waits for a slot; as CacheSize - 1 + ConsumerHold &lt; Slots, a
/// slot is always freed by the consumer's progress, so the producer never waits forever.
/// </remarks>
internal sealed class ChunkFetcher(BackupRepository repository, SnapshotManifest snapshot, int parallelism = 4)
{
    private const int CacheSize = 3;
    /// <summary>Pieces a consumer may hold while it waits for the next (VerifyingStream: one being hashed, two queued, one being read).</summary>
    private const int ConsumerHold = 4;
    private const int QueuedPieces = 32;

    private int Slots => Math.Max(parallelism, CacheSize) + ConsumerHold;

    /// <summary>One piece of the stream: its index, its stream offset and its bytes (give it back with <see cref="Release"/>).</summary>
    public sealed class Fetched(int index, long offset, OpenedChunk chunk, int skip, int length)
    {
        public int Index => index;
        public long Offset => offset;
        public int Length => length;
        public ReadOnlySpan<byte> Data => chunk.Buffer.AsSpan(skip, length);
        internal OpenedChunk Chunk => chunk;
    }

    /// <summary>A chunk being fetched or opened; its plaintext buffer goes back to the pool when the last piece using it is released.</summary>
    public sealed class OpenedChunk(string id, Task<(byte[] Buffer, int Length)> opening, Action<byte[]?> dispose)
    {
        private int _references = 1;

        public string Id => id;
        public Task<(byte[] Buffer, int Length)> Opening => opening;
        public byte[] Buffer => opening.Result.Buffer;

        public void AddReference()
        {
            lock (this)
            {
                _references++;
            }
        }

        public void Release()
        {
            lock (this)
            {
                if (--_references > 0)
                {
                    return;
                }
            }
            _ = opening.ContinueWith(t => dispose(t.IsCompletedSuccessfully ? t.Result.Buffer : null), TaskScheduler.Default);
        }
    }

    public void Release(Fetched fetched) => fetched.Chunk.Release();

    public long[] Offsets { get; } = ComputeOffsets(snapshot);

    /// <summary>Stream offsets of the snapshot's pieces (one more than pieces: the last is the stream's length).</summary>
    public static long[] ComputeOffsets(SnapshotManifest snapshot)
    {
        var offsets = new long[snapshot.Chunks.Count + 1];
        for (int i = 0; i < snapshot.Chunks.Count; i++)
        {
            offsets[i + 1] = offsets[i] + snapshot.Chunks[i].Length;
        }
        return offsets;
    }

    /// <summary>The pieces at <paramref name="indices"/> (ascending), in that order.</summary>
    public async IAsyncEnumerable<Fetched> FetchAsync(IEnumerable<int> indices, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var queue = Channel.CreateBounded<Task<Fetched>>(QueuedPieces);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var slots = new SemaphoreSlim(Slots);
        var order = indices as IReadOnlyList<int> ?? [.. indices];
        var spans = new SpanReads(repository, repository.Target.ReadSpan);
        // The chunk of each piece, in the order the pieces come: what the span planner looks ahead in.
        var ids = spans.Enabled ? order.Select(i => ChunkId.Parse(snapshot.Chunks[i].Id)).ToList() : [];
        var producer = Task.Run(async () =>
        {
            var recent = new List<OpenedChunk>(CacheSize + 1);
            try
            {
                for (int position = 0; position < order.Count; position++)
                {
                    int index = order[position];
                    var piece = snapshot.Chunks[index];
                    var chunk = recent.Find(c => c.Id == piece.Id);
                    if (chunk is not null)
                    {
                        recent.Remove(chunk);
                    }
                    else
                    {
                        while (recent.Count >= CacheSize)
                        {
                            recent[0].Release();
                            recent.RemoveAt(0);
                        }
                        await slots.WaitAsync(cancel.Token);
                        var token = cancel.Token;
                        if (spans.Enabled)
                        {
                            // Chunks held in the recent cache are not read again, so they join no span.
                            await spans.PlanAsync(ids, position, id => recent.Exists(c => c.Id == id.ToString()), token);
                        }
                        chunk = new OpenedChunk(piece.Id, Task.Run(() => OpenChunkAsync(repository, piece.Id, Where(index), token, spans), token), buffer =>
                        {
                            if (buffer is not null)
                            {
                                repository.ChunkBuffers.Return(buffer);
                            }
                            ReleaseSlot(slots);
                        });
                    }
                    recent.Add(chunk);
                    chunk.AddReference();
                    await queue.Writer.WriteAsync(PieceAsync(chunk, index, piece), cancel.Token);
                }
                queue.Writer.Complete();
            }
            catch (Exception e)
            {
                queue.Writer.TryComplete(e);
            }
            finally
            {
                foreach (var chunk in recent)
                {
                    chunk.Release();
                }
            }
        }, CancellationToken.None);
        try
        {
            await foreach (var task in queue.Reader.ReadAllAsync(cancellationToken))
            {
                yield return await task;
            }
        }
        finally
        {
            cancel.Cancel();
            try
            {
                await producer;
            }
            catch (OperationCanceledException)
            {
            }
            while (queue.Reader.TryRead(out var pending))
            {
                _ = pending.ContinueWith(t =>
                {
                    if (t.IsCompletedSuccessfully)
                    {
                        Release(t.Result);
                    }
                    return t.Exception;
                }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>The piece at <paramref name="index"/> alone (fetches its chunk).</summary>
    public async Task<Fetched> OpenAsync(int index, CancellationToken cancellationToken)
    {
        var piece = snapshot.Chunks[index];
        var chunk = new OpenedChunk(piece.Id, OpenChunkAsync(piece.Id, Where(index), cancellationToken), buffer =>
        {
            if (buffer is not null)
            {
                repository.ChunkBuffers.Return(buffer);
            }
        });
        return await PieceAsync(chunk, index, piece);
    }

    /// <summary>Fetches and opens a whole chunk into a pooled buffer (give it back to <see cref="BackupRepository.ChunkBuffers"/>).</summary>
    public Task<(byte[] Buffer, int Length)> OpenChunkAsync(string chunkId, string where, CancellationToken cancellationToken) =>
        OpenChunkAsync(repository, chunkId, where, cancellationToken);

    /// <summary>Fetches and opens a whole chunk into a pooled buffer (give it back to <see cref="BackupRepository.ChunkBuffers"/>).</summary>
    public static async Task<(byte[] Buffer, int Length)> OpenChunkAsync(BackupRepository repository, string chunkId, string where, CancellationToken cancellationToken, SpanReads? spans = null)
    {
        var id = ChunkId.Parse(chunkId);
        var sealedBuffer = repository.ChunkBuffers.Rent();
        try
        {
            int sealedLength = spans is null ? -1 : await spans.TryReadAsync(id, sealedBuffer, where);
            if (sealedLength < 0)
            {
                sealedLength = await repository.ReadSealedChunkAsync(id, where, sealedBuffer, cancellationToken);
            }
            if (sealedLength < 0)
            {
                throw new IntegrityException($"{where} is missing. Run 'backupctl verify' to see every snapshot and file it affects; restore from another copy of the repository.");
            }
            var buffer = repository.ChunkBuffers.Rent();
            try
            {
                int length = repository.Sealer.OpenInto(sealedBuffer.AsSpan(0, sealedLength), ObjectNames.ChunkAad(id), where, buffer);
                return (buffer, length);
            }
            catch
            {
                repository.ChunkBuffers.Return(buffer);
                throw;
            }
        }
        finally
        {
            repository.ChunkBuffers.Return(sealedBuffer);
        }
    }

    public string Where(int index) =>
        $"Chunk {snapshot.Chunks[index].Id[..16]}… (piece #{index} of snapshot {snapshot.ShortId}, {snapshot.Service}) on {repository.Target.Description}";

    private async Task<Fetched> PieceAsync(OpenedChunk chunk, int index, ChunkRecord piece)
    {
        try
        {
            var (_, length) = await chunk.Opening;
            if (piece.Skip < 0 || piece.Length <= 0 || (long)piece.Skip + piece.Length > length)
            {
                throw new IntegrityException($"{Where(index)} holds {length} bytes, but the manifest needs bytes {piece.Skip}..{(long)piece.Skip + piece.Length} of it.");
            }
            return new Fetched(index, Offsets[index], chunk, piece.Skip, piece.Length);
        }
        catch
        {
            chunk.Release();
            throw;
        }
    }

    private static void ReleaseSlot(SemaphoreSlim slots)
    {
        try
        {
            slots.Release();
        }
        catch (ObjectDisposedException)
        {
            // The fetch loop is over; nobody waits for slots any more.
        }
    }
}
