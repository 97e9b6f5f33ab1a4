using System.Threading.Channels;
using BackupOrchestrator.Repository.Chunking;
using BackupOrchestrator.Repository.Format;
using BackupOrchestrator.Repository.Snapshots;

namespace BackupOrchestrator.Repository.Restore;

/// <summary>
/// Fetches chunks of a snapshot and opens them (GCM tag checked, decompressed), several at a time,
/// and hands them back in stream order. At most <c>parallelism</c> chunks are in flight or waiting.
/// </summary>
internal sealed class ChunkFetcher(BackupRepository repository, SnapshotManifest snapshot, int parallelism = 4)
{
    /// <summary>One opened chunk: its index, its stream offset and its plaintext (a pooled buffer: give it back with <see cref="Release"/>).</summary>
    public sealed record Fetched(int Index, long Offset, byte[] Buffer, int Length)
    {
        public ReadOnlySpan<byte> Data => Buffer.AsSpan(0, Length);
    }

    public void Release(Fetched fetched) => repository.ChunkBuffers.Return(fetched.Buffer);

    public long[] Offsets { get; } = ComputeOffsets(snapshot);

    public static long[] ComputeOffsets(SnapshotManifest snapshot)
    {
        var offsets = new long[snapshot.Chunks.Count + 1];
        for (int i = 0; i < snapshot.Chunks.Count; i++)
        {
            offsets[i + 1] = offsets[i] + snapshot.Chunks[i].Length;
        }
        return offsets;
    }

    /// <summary>The chunks at <paramref name="indices"/> (ascending), in that order.</summary>
    public async IAsyncEnumerable<Fetched> FetchAsync(IEnumerable<int> indices, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var queue = Channel.CreateBounded<Task<Fetched>>(parallelism);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var index in indices)
                {
                    var task = Task.Run(() => OpenAsync(index, cancel.Token), cancel.Token);
                    await queue.Writer.WriteAsync(task, cancel.Token);
                }
                queue.Writer.Complete();
            }
            catch (Exception e)
            {
                queue.Writer.TryComplete(e);
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

    public async Task<Fetched> OpenAsync(int index, CancellationToken cancellationToken)
    {
        var record = snapshot.Chunks[index];
        var id = ChunkId.Parse(record.Id);
        var name = ObjectNames.Chunk(id);
        var where = $"Chunk {record.Id[..16]}… (#{index} of snapshot {snapshot.ShortId}, {snapshot.Service}) on {repository.Target.Description}";
        var sealedBytes = await repository.Target.GetAsync(name, cancellationToken)
            ?? throw new IntegrityException($"{where} is missing. Run 'backupctl verify' to see every snapshot and file it affects; restore from another copy of the repository.");
        var buffer = repository.ChunkBuffers.Rent();
        try
        {
            int length = repository.Sealer.OpenInto(sealedBytes, ObjectNames.ChunkAad(id), where, buffer);
            if (length != record.Length)
            {
                throw new IntegrityException($"{where} holds {length} bytes, the manifest says {record.Length}.");
            }
            return new Fetched(index, Offsets[index], buffer, length);
        }
        catch
        {
            repository.ChunkBuffers.Return(buffer);
            throw;
        }
    }
}
