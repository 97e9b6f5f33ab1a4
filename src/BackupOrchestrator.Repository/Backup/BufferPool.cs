using System.Collections.Concurrent;

namespace BackupOrchestrator.Repository.Backup;

/// <summary>Fixed-size byte arrays reused across chunks; holds at most what the bounded pipeline has in flight.</summary>
internal sealed class BufferPool(int size)
{
    private readonly ConcurrentBag<byte[]> _free = [];

    public int Size => size;

    public byte[] Rent() => _free.TryTake(out var buffer) ? buffer : GC.AllocateUninitializedArray<byte>(size);

    /// <summary>Drops the pooled arrays (when the pipeline is done), so the collector can take them back.</summary>
    public void Clear() => _free.Clear();

    public void Return(byte[] buffer)
    {
        if (buffer.Length == size)
        {
            _free.Add(buffer);
        }
    }
}
