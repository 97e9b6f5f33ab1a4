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
    private Exception? _failure;

    public ChunkPipeline(BackupRepository repository, ConcurrentDictionary<ChunkId, byte> known, BufferPool pool, int sealers, int uploaders, string entryHash, CancellationToken cancellationToken)
    {
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
        _packs = new PackWriter(repository, uploaders, _cancel.Token);
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
            throw _failure;
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
    /// Hashes the new bytes in order and gives each new entry the hash of its bytes. An entry's end
    /// always arrives before any chunk with bytes after it (the assembler sends it right after the
    /// entry's last byte), so the hash is cut exactly there.
    /// </summary>
    private async Task HashAsync()
    {
        using var hash = EntryHash.Create(_entryHash);
        var pending = new Queue<EntryEnd>();
        long hashed = 0;
        await foreach (var item in _input.Reader.ReadAllAsync(_cancel.Token))
        {
            switch (item)
            {
                case EntryEnd end when end.End == hashed:
                    end.Entry.Hash = EntryHash.Finish(hash);
                    break;
                case EntryEnd end when end.End > hashed:
                    pending.Enqueue(end);
                    break;
                case EntryEnd end:
                    throw new InvalidOperationException($"Entry {end.Entry.Path} ended at new byte {end.End}, behind the hasher ({hashed}).");
                case DataChunk data:
                    int at = 0;
                    while (pending.Count > 0 && pending.Peek().End <= hashed + (data.Length - at))
                    {
                        var end = pending.Dequeue();
                        int n = (int)(end.End - hashed);
                        hash.AppendData(data.Buffer, at, n);
                        at += n;
                        hashed += n;
                        end.Entry.Hash = EntryHash.Finish(hash);
                    }
                    hash.AppendData(data.Buffer, at, data.Length - at);
                    hashed += data.Length - at;
                    await _toSeal.Writer.WriteAsync(data, _cancel.Token);
                    break;
            }
        }
        if (pending.Count > 0)
        {
            throw new InvalidOperationException($"Entry {pending.Peek().Entry.Path} never got all its bytes.");
        }
    }

    private async Task SealAsync()
    {
        var idKey = _repository.Key.ChunkIdKey;
        await foreach (var data in _toSeal.Reader.ReadAllAsync(_cancel.Token))
        {
            var id = ChunkId.Compute(idKey, data.Buffer.AsSpan(0, data.Length));
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
                continue;
            }
            var sealedBuffer = _pool.Rent();
            int length;
            try
            {
                length = _repository.Sealer.Seal(data.Buffer.AsSpan(0, data.Length), ObjectNames.ChunkAad(id), sealedBuffer);
            }
            finally
            {
                _pool.Return(data.Buffer);
            }
            await _toUpload.Writer.WriteAsync((sealedBuffer, length, id), _cancel.Token);
        }
    }

    /// <summary>Gathers the sealed chunks into packs (one stage, in arrival order); the pack writer stores them in parallel.</summary>
    private async Task PackAsync()
    {
        await foreach (var (buffer, length, id) in _toUpload.Reader.ReadAllAsync(_cancel.Token))
        {
            try
            {
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
