using System.Collections.Concurrent;

namespace BackupOrchestrator.Repository.Backup;

/// <summary>
/// Fixed-size byte arrays reused across chunks. A bounded pool never has more than
/// <see cref="Capacity"/> arrays out at once: <see cref="RentAsync"/> waits until one comes back, so
/// what the pool holds is at most <see cref="MaxBytes"/>, however many cores or workers the
/// pipeline runs. Every array taken must be given back with <see cref="Return"/> exactly once.
/// </summary>
internal sealed class BufferPool
{
    private readonly ConcurrentBag<byte[]> _free = [];
    private readonly SemaphoreSlim? _slots;
    private int _out;
    private int _highWater;
    private int _allocated;

    /// <param name="size">Length of every array.</param>
    /// <param name="capacity">Arrays out at once; 0 for no bound (then <see cref="RentAsync"/> never waits).</param>
    public BufferPool(int size, int capacity = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Size = size;
        Capacity = capacity;
        _slots = capacity > 0 ? new SemaphoreSlim(capacity, capacity) : null;
    }

    public int Size { get; }

    /// <summary>Arrays out at once at most; 0 when unbounded.</summary>
    public int Capacity { get; }

    /// <summary>The bound on the bytes this pool holds (0 when unbounded).</summary>
    public long MaxBytes => (long)Capacity * Size;

    /// <summary>The most arrays that were out at the same time.</summary>
    public int HighWater => Volatile.Read(ref _highWater);

    /// <summary>Arrays this pool ever allocated (what it costs in memory, until <see cref="Clear"/>).</summary>
    public int Allocated => Volatile.Read(ref _allocated);

    /// <summary>Takes an array; on a bounded pool, waits (blocking this thread) while <see cref="Capacity"/> are out.</summary>
    public byte[] Rent()
    {
        _slots?.Wait();
        return Take();
    }

    /// <summary>Takes an array; on a bounded pool, waits while <see cref="Capacity"/> are out.</summary>
    public async ValueTask<byte[]> RentAsync(CancellationToken cancellationToken)
    {
        if (_slots is not null && !_slots.Wait(0, CancellationToken.None))
        {
            await _slots.WaitAsync(cancellationToken);
        }
        return Take();
    }

    /// <summary>Drops the pooled arrays (when the pipeline is done), so the collector can take them back.</summary>
    public void Clear() => _free.Clear();

    public void Return(byte[] buffer)
    {
        if (buffer.Length != Size)
        {
            return;
        }
        _free.Add(buffer);
        Interlocked.Decrement(ref _out);
        _slots?.Release();
    }

    private byte[] Take()
    {
        int now = Interlocked.Increment(ref _out);
        int high = Volatile.Read(ref _highWater);
        while (now > high && Interlocked.CompareExchange(ref _highWater, now, high) != high)
        {
            high = Volatile.Read(ref _highWater);
        }
        if (_free.TryTake(out var buffer))
        {
            return buffer;
        }
        Interlocked.Increment(ref _allocated);
        return GC.AllocateUninitializedArray<byte>(Size);
    }
}
