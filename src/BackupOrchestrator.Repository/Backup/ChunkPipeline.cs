using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Threading.Channels;
using BackupOrchestrator.Repository.Chunking;
using BackupOrchestrator.Repository.Format;
using BackupOrchestrator.Repository.Packs;
using BackupOrchestrator.Repository.Snapshots;

namespace BackupOrchestrator.Repository.Backup;

/// <summary>
/// The stages after the assembler, joined by bounded channels (back-pressure keeps memory flat):
/// one hasher in stream order (each new entry's hash), parallel sealers (chunk id, dedup,
/// compress, encrypt), one packer that gathers sealed chunks into packs, stored in parallel (create-only writes). The first failure cancels all stages and
/// is what <see cref="Completion"/> throws.
/// </summary>
internal sealed class ChunkPipeline
{
    private readonly BackupRepository _repository;
    private readonly ConcurrentDictionary<ChunkId, byte> _known;
    private readonly BufferPool _pool;
    private readonly CancellationTokenSource _cancel;
    private readonly Channel<PipelineItem> _input;
    private readonly Channel<DataChunk> _toSeal;
    private readonly Channel<(byte[] Buffer, int Length, ChunkId Id)> _toUpload;
    private readonly List<string?> _chunks = [];
    private readonly PackWriter _packs;
    private readonly string _entryHash;
    private readonly StageClock _clock;
    private Exception? _failure;

    public ChunkPipeline(BackupRepository repository, ConcurrentDictionary<ChunkId, byte> known, BufferPool pool, int sealers, int uploaders, string entryHash, StageClock clock, CancellationToken cancellationToken)
    {
        _clock = clock;
        _entryHash = entryHash;
        _repository = repository;
        _known = known;
        _pool = pool;
        _cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _input = Channel.CreateBounded<PipelineItem>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });
        _toSeal = Channel.CreateBounded<DataChunk>(new BoundedChannelOptions(sealers) { SingleWriter = true });
        var hasher = Task.Run(() => FailFast(HashAsync), CancellationToken.None);
        _toUpload = Channel.CreateBounded<(byte[], int, ChunkId)>(new BoundedChannelOptions(Math.Min(uploaders, 2)));
        var sealing = Task.WhenAll(Enumerable.Range(0, sealers).Select(_ => Task.Run(() => FailFast(SealAsync), CancellationToken.None)));
        _packs = new PackWriter(repository, uploaders, _cancel.Token, clock: clock);
        var uploading = Task.Run(() => FailFast(PackAsync), CancellationToken.None);
        Completion = FinishAsync(hasher, sealing, uploading);
    }

    public ChannelWriter<PipelineItem> Input => _input.Writer;
    public CancellationToken Token => _cancel.Token;
    public Task Completion { get; }
    /// <summary>Sealed bytes stored so far (packs with their headers).</summary>
    public long BytesStored => _packs.BytesStored;
    public int ChunksNew => _packs.ChunksStored;
    /// <summary>The packs this run stored, once <see cref="Completion"/> has finished; they need an index before a manifest may name them.</summary>
    public IReadOnlyList<PackRecord> Packs { get; private set; } = [];
    /// <summary>The manifest's chunk list: the assembler's pieces, new chunks named by their ids.</summary>
    public List<ChunkRecord> Chunks(IReadOnlyList<StreamAssembler.Piece> pieces)
    {
        lock (_chunks)
        {
            return pieces.Select(p => new ChunkRecord(
                p.Id ?? (p.Fresh < _chunks.Count ? _chunks[p.Fresh] : null) ?? throw new InvalidOperationException($"New chunk {p.Fresh} was never stored."),
                p.Length, p.Skip)).ToList();
        }
    }

    /// <summary>Stops every stage; <see cref="Completion"/> then throws <paramref name="reason"/>.</summary>
    public void Fail(Exception reason)
    {
        Interlocked.CompareExchange(ref _failure, reason, null);
        _cancel.Cancel();
    }

    private async Task FinishAsync(Task hasher, Task sealing, Task uploading)
    {
        try
        {
            await Guard(hasher);
            _toSeal.Writer.TryComplete();
            await Guard(sealing);
            _toUpload.Writer.TryComplete();
            await Guard(uploading);
        }
        finally
        {
            _toSeal.Writer.TryComplete();
            _toUpload.Writer.TryComplete();
            // Return what is still queued after a failure.
            while (_input.Reader.TryRead(out var item))
            {
                if (item is DataChunk d)
                {
                    _pool.Return(d.Buffer);
                }
            }
            while (_toSeal.Reader.TryRead(out var d))
            {
                _pool.Return(d.Buffer);
            }
            while (_toUpload.Reader.TryRead(out var u))
            {
                _pool.Return(u.Buffer);
            }
        }
        if (_failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_failure);
        }
        _cancel.Token.ThrowIfCancellationRequested();
    }

    /// <summary>
    /// Runs one stage and, the moment it throws, cancels all the others. Without this a failed
    /// uploader (disk full) is noticed only after the hasher and sealers finish, and they never do:
    /// they wait on a bounded channel that nobody drains any more.
    /// </summary>
    private async Task FailFast(Func<Task> stage)
    {
        try
        {
            await stage();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Fail(e);
            throw;
        }
    }

    private async Task Guard(Task stage)
    {
        try
        {
            await stage;
        }
        catch (OperationCanceledException) when (_failure is not null)
        {
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Fail(e);
        }
    }

    /// <summary>
    /// Hashes the new bytes in order and gives each new entry the hash of its bytes. A chunk brings
    /// the ends of the entries whose bytes end inside it (or at its start), so the hash is cut exactly there.
    /// </summary>
    private async Task HashAsync()
    {
        using var hash = EntryHash.Create(_entryHash);
        long hashed = 0;
        await foreach (var item in Timed(_input.Reader, StageClock.Stage.Hash))
        {
            long working = StageClock.Now();
            switch (item)
            {
                case DataChunk data:
                    int at = 0;
                    foreach (var end in data.Ends)
                    {
                        long n = end.End - hashed;
                        if (n < 0 || n > data.Length - at)
                        {
                            throw new InvalidOperationException($"Entry {end.Entry.Path} ends at new byte {end.End}, outside chunk {data.Index} ({hashed - at}..{hashed - at + data.Length}).");
                        }
                        hash.AppendData(data.Buffer, at, (int)n);
                        at += (int)n;
                        hashed += n;
                        end.Entry.Hash = EntryHash.Finish(hash);
                    }
                    hash.AppendData(data.Buffer, at, data.Length - at);
                    hashed += data.Length - at;
                    _clock.Work(StageClock.Stage.Hash, working);
                    long handing = StageClock.Now();
                    await _toSeal.Writer.WriteAsync(data, _cancel.Token);
                    _clock.Blocked(StageClock.Stage.Hash, handing);
                    break;
                case TrailingEnds trailing:
                    foreach (var end in trailing.Ends)
                    {
                        if (end.End != hashed)
                        {
                            throw new InvalidOperationException($"Entry {end.Entry.Path} ends at new byte {end.End}, but the stream's new bytes end at {hashed}.");
                        }
                        end.Entry.Hash = EntryHash.Finish(hash);
                    }
                    break;
            }
        }
    }

    private async Task SealAsync()
    {
        var ids = _repository.ChunkIds;
        await foreach (var data in Timed(_toSeal.Reader, StageClock.Stage.Seal))
        {
            long working = StageClock.Now();
            var id = ids.Compute(data.Buffer.AsSpan(0, data.Length));
            lock (_chunks)
            {
                while (_chunks.Count <= data.Index)
                {
                    _chunks.Add(null);
                }
                _chunks[data.Index] = id.ToString();
            }
            if (!_known.TryAdd(id, 0))
            {
                _pool.Return(data.Buffer);
                _clock.Work(StageClock.Stage.Seal, working);
                continue;
            }
            // Sealed where it lies: the chunk keeps its one pooled buffer to the end of the pipeline.
            int length;
            try
            {
                length = _repository.Sealer.SealInPlace(data.Buffer, data.Length, ObjectNames.ChunkAad(id));
            }
            catch
            {
                _pool.Return(data.Buffer);
                throw;
            }
            _clock.Work(StageClock.Stage.Seal, working);
            long handing = StageClock.Now();
            await _toUpload.Writer.WriteAsync((data.Buffer, length, id), _cancel.Token);
            _clock.Blocked(StageClock.Stage.Seal, handing);
        }
    }

    /// <summary>Reads a channel to its end, counting the time spent waiting for items as the stage's starved time.</summary>
    private async IAsyncEnumerable<T> Timed<T>(ChannelReader<T> reader, StageClock.Stage stage)
    {
        while (true)
        {
            long waiting = StageClock.Now();
            bool more = await reader.WaitToReadAsync(_cancel.Token);
            _clock.Starved(stage, waiting);
            if (!more)
            {
                yield break;
            }
            while (reader.TryRead(out var item))
            {
                _clock.Item(stage);
                yield return item;
            }
        }
    }

    /// <summary>Gathers the sealed chunks into packs (one stage, in arrival order); the pack writer stores them in parallel.</summary>
    private async Task PackAsync()
    {
        await foreach (var (buffer, length, id) in Timed(_toUpload.Reader, StageClock.Stage.Pack))
        {
            try
            {
                // The pack writer counts its own work and its waits for a free store.
                await _packs.AddAsync(id, buffer.AsMemory(0, length));
            }
            finally
            {
                _pool.Return(buffer);
            }
        }
        Packs = await _packs.CompleteAsync();
    }
}
