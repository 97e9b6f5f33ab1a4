using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using BackupOrchestrator.Repository.Format;

namespace BackupOrchestrator.Repository.Packs;

/// <summary>
/// Gathers sealed chunks into pack objects of about <see cref="DefaultTargetSize"/> and stores them,
/// several at a time, under fresh random names (docs/repository-format.md, "Packs and indexes").
/// One caller adds chunks; stores run in the background. The packs become part of the repository
/// only when an index that names them is written (<see cref="WriteIndexAsync"/>), which the caller
/// does after <see cref="CompleteAsync"/> and before any manifest that needs them.
/// </summary>
internal sealed class PackWriter
{
    /// <summary>
    /// 8 MiB: a blob target then takes one request per ~6 chunks, the price a small object pays
    /// per request (Azurite ~1-3 ms of CPU, real accounts a transaction) stops mattering, and the
    /// buffers in flight stay small: (parallel stores + 1) x this.
    /// </summary>
    public const int DefaultTargetSize = 8 << 20;

    private readonly BackupRepository _repository;
    private readonly int _bufferSize;
    private readonly int _targetSize;
    private readonly int _parallelStores;
    private readonly ConcurrentBag<byte[]> _free = [];
    private readonly List<Task> _stores = [];
    private readonly List<Task> _storing = [];
    private readonly List<PackRecord> _written = [];
    private readonly CancellationToken _cancellationToken;
    private readonly Backup.StageClock _clock;
    private byte[]? _buffer;
    private int _filled;
    private List<PackedChunk> _chunks = [];
    private Exception? _failure;
    private long _bytesStored;
    private int _chunksStored;

    /// <param name="parallelStores">Packs stored at once (each holds one pack buffer).</param>
    /// <param name="targetSize">Pack size to aim at; a pack is closed before a chunk would take it past this.</param>
    public PackWriter(BackupRepository repository, int parallelStores, CancellationToken cancellationToken, int targetSize = DefaultTargetSize, Backup.StageClock? clock = null)
    {
        _clock = clock ?? new Backup.StageClock();
        _repository = repository;
        // Room for the largest sealed chunk on its own, with its header and trailer.
        _bufferSize = Math.Max(targetSize, repository.Config.ChunkMax + ObjectSealer.Overhead) + 64 * 1024;
        _targetSize = targetSize;
        _parallelStores = Math.Max(1, parallelStores);
        _cancellationToken = cancellationToken;
    }

    /// <summary>Sealed bytes (packs, headers included) stored so far.</summary>
    public long BytesStored => Interlocked.Read(ref _bytesStored);

    public int ChunksStored => Volatile.Read(ref _chunksStored);

    /// <summary>Adds one sealed chunk (copied; the caller keeps its buffer).</summary>
    public async ValueTask AddAsync(Chunking.ChunkId id, ReadOnlyMemory<byte> sealedChunk)
    {
        ThrowIfFailed();
        int after = _filled + sealedChunk.Length;
        if (_chunks.Count > 0 && (after > _targetSize || after + TailLength(_chunks.Count + 1) > _bufferSize))
        {
            await CloseAsync();
        }
        long working = Backup.StageClock.Now();
        _buffer ??= _free.TryTake(out var reused) ? reused : GC.AllocateUninitializedArray<byte>(_bufferSize);
        sealedChunk.Span.CopyTo(_buffer.AsSpan(_filled));
        _chunks.Add(new PackedChunk(id, _filled, sealedChunk.Length));
        _filled += sealedChunk.Length;
        _clock.Work(Backup.StageClock.Stage.Pack, working);
    }

    /// <summary>Stores the last pack, waits for every store, and returns the packs written (throws the first store's failure).</summary>
    public async Task<IReadOnlyList<PackRecord>> CompleteAsync()
    {
        await CloseAsync();
        await Task.WhenAll(_stores);
        ThrowIfFailed();
        _free.Clear();
        lock (_written)
        {
            return [.. _written];
        }
    }

    /// <summary>Writes an index object naming <paramref name="packs"/> (nothing when empty); returns its name.</summary>
    public static async Task<string?> WriteIndexAsync(BackupRepository repository, IReadOnlyCollection<PackRecord> packs, CancellationToken cancellationToken)
    {
        if (packs.Count == 0)
        {
            return null;
        }
        var name = ObjectNames.Index(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(ObjectNames.IdHexLength / 2)));
        var sealedIndex = repository.Sealer.Seal(IndexCodec.EncodeIndex(packs), ObjectNames.IndexAad(name), tryCompress: false);
        await repository.Target.PutIfAbsentAsync(name, sealedIndex, cancellationToken);
        return name;
    }

    /// <summary>Bytes after the chunks: the sealed header listing <paramref name="count"/> chunks, then its u32 length.</summary>
    private static int TailLength(int count) => IndexCodec.EncodedEntriesLength(count) + ObjectSealer.Overhead + 4;

    private async Task CloseAsync()
    {
        if (_chunks.Count == 0)
        {
            return;
        }
        var name = ObjectNames.Pack(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(ObjectNames.IdHexLength / 2)));
        var header = new byte[IndexCodec.EncodedEntriesLength(_chunks.Count)];
        IndexCodec.EncodeEntries(_chunks, header);
        var buffer = _buffer!;
        int headerLength = _repository.Sealer.Seal(header, ObjectNames.PackHeaderAad(name), buffer.AsSpan(_filled), tryCompress: false);
        BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(_filled + headerLength), headerLength);
        int length = _filled + headerLength + 4;
        var record = new PackRecord(name, _chunks);
        _buffer = null;
        _filled = 0;
        _chunks = [];
        _storing.RemoveAll(t => t.IsCompleted);
        long waiting = Backup.StageClock.Now();
        while (_storing.Count >= _parallelStores)
        {
            await Task.WhenAny(_storing);
            _storing.RemoveAll(t => t.IsCompleted);
        }
        _clock.Blocked(Backup.StageClock.Stage.Pack, waiting);
        var store = Task.Run(() => StoreAsync(record, buffer, length), CancellationToken.None);
        _stores.Add(store);
        _storing.Add(store);
    }

    private async Task StoreAsync(PackRecord record, byte[] buffer, int length)
    {
        long working = Backup.StageClock.Now();
        try
        {
            // A fresh random name: the create-only write always creates.
            await _repository.Target.PutIfAbsentAsync(record.Name, buffer.AsMemory(0, length), _cancellationToken);
            _clock.Work(Backup.StageClock.Stage.Store, working);
            _clock.Item(Backup.StageClock.Stage.Store);
            lock (_written)
            {
                _written.Add(record);
            }
            Interlocked.Add(ref _bytesStored, length);
            Interlocked.Add(ref _chunksStored, record.Chunks.Count);
        }
        catch (Exception e)
        {
            Interlocked.CompareExchange(ref _failure, e, null);
        }
        finally
        {
            _free.Add(buffer);
        }
    }

    private void ThrowIfFailed()
    {
        if (Volatile.Read(ref _failure) is { } failure)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
    }
}
