using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using BackupOrchestrator.Repository.Sources;

namespace BackupOrchestrator.Repository.Targets;

/// <summary>
/// Reads and writes large objects (packs, the chunks read from them) with O_DIRECT: between an aligned buffer and
/// the disk, not through the page cache. Why: a backup writes gigabytes of packs that nobody reads soon, and a
/// restore reads them once. Written the buffered way, every byte was first copied into page-cache pages taken for
/// it (on the benchmark's 2.25 GB first backup, 1.2 GB of packs, the kernel's copy alone was an eighth of the
/// backup's CPU), then written back by the fsync, and it pushed the services' own cached files out of memory on
/// the one box that runs both. Read the buffered way from a cold cache, each chunk took fresh cache pages and a
/// second copy out of them: a restore of the same set from uncached packs spent 9-15 s of system time against
/// 3.4 s with its packs cached.
/// </summary>
/// <remarks>
/// O_DIRECT wants the buffer's address, each transfer's offset and its length aligned to the device's logical
/// block; <see cref="Alignment"/> (4 KiB) covers 512-byte and 4 KiB disks. A write copies the object into pooled
/// aligned buffers of <see cref="BlockSize"/>, pads the last block with zeros and cuts the file back to the object's
/// length; a read takes the aligned blocks around the range asked for and copies the range out. A file system that
/// refuses O_DIRECT (ramfs, tmpfs before Linux 6.6, some network file systems) says so at the open or at the first
/// transfer; <see cref="TryWrite"/> and <see cref="TryRead"/> then say so and the caller goes the buffered way.
/// </remarks>
internal static unsafe class DirectIo
{
    public const int Alignment = 4096;
    /// <summary>4 MiB and 64 KiB: a chunk of the largest size (4 MiB), sealed, with the alignment around it, is one read.</summary>
    public const int BlockSize = (4 << 20) + (64 << 10);

    /// <summary>Aligned native buffers of <see cref="BlockSize"/>, one per transfer running at once (a target's uploaders, a restore's reads in flight), kept for the process's life.</summary>
    private static readonly ConcurrentBag<nint> Buffers = [];

    /// <summary>True when the aligned blocks around <paramref name="length"/> bytes at <paramref name="offset"/> fit one pooled block.</summary>
    public static bool FitsOneBlock(long offset, int length) =>
        (offset + length + Alignment - 1) / Alignment * Alignment - offset / Alignment * Alignment <= BlockSize;

    private static nint RentBlock() => Buffers.TryTake(out var pooled) ? pooled : (nint)NativeMemory.AlignedAlloc(BlockSize, Alignment);

    private static void ReturnBlock(nint block) => Buffers.Add(block);

    private static bool IsRefusal(IOException e) => (e.HResult & 0xFFFF) == PosixCalls.InvalidArgument;

    /// <summary>
    /// Writes <paramref name="data"/> to the new file <paramref name="path"/> and syncs it; false (and no file left)
    /// when the file system does not take O_DIRECT. Other failures throw an <see cref="IOException"/> whose HResult
    /// is the errno (ENOSPC for a full disk), the file left for the caller to delete.
    /// </summary>
    public static bool TryWrite(string path, ReadOnlySpan<byte> data)
    {
        using var file = PosixCalls.TryCreateForDirectWrite(path);
        if (file is null)
        {
            return false;
        }
        var buffer = RentBlock();
        try
        {
            var block = new Span<byte>((void*)buffer, BlockSize);
            for (int offset = 0; offset < data.Length; offset += BlockSize)
            {
                int length = Math.Min(BlockSize, data.Length - offset);
                int padded = (length + Alignment - 1) / Alignment * Alignment;
                data.Slice(offset, length).CopyTo(block);
                block[length..padded].Clear();
                try
                {
                    RandomAccess.Write(file, block[..padded], offset);
                }
                catch (IOException e) when (offset == 0 && IsRefusal(e))
                {
                    // Opened with O_DIRECT, yet the write is refused (a device whose blocks are larger than 4 KiB,
                    // a file system that checks only here): the buffered way it is.
                    file.Dispose();
                    File.Delete(path);
                    return false;
                }
            }
        }
        finally
        {
            ReturnBlock(buffer);
        }
        if (data.Length % Alignment != 0)
        {
            RandomAccess.SetLength(file, data.Length);
        }
        int errno = PosixCalls.Fsync(file);
        if (errno != 0)
        {
            throw new IOException($"Syncing {path} to disk failed: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno}).", errno);
        }
        return true;
    }

    /// <summary>
    /// Reads up to <paramref name="destination"/>'s length at <paramref name="offset"/> of <paramref name="path"/>
    /// past the page cache (the range must <see cref="FitsOneBlock"/>). The bytes read (fewer at the file's end), -1
    /// when the file does not exist, or null when this file system refuses O_DIRECT (the caller reads the buffered way).
    /// </summary>
    public static int? TryRead(string path, long offset, Span<byte> destination)
    {
        if (!FitsOneBlock(offset, destination.Length))
        {
            throw new ArgumentOutOfRangeException(nameof(destination), "The range and its alignment exceed one block.");
        }
        long start = offset / Alignment * Alignment;
        long end = (offset + destination.Length + Alignment - 1) / Alignment * Alignment;
        using var file = PosixCalls.TryOpenForDirectRead(path, out bool missing);
        if (missing)
        {
            return -1;
        }
        if (file is null)
        {
            return null;
        }
        var buffer = RentBlock();
        try
        {
            var block = new Span<byte>((void*)buffer, (int)(end - start));
            int read = 0;
            while (read < block.Length)
            {
                int n;
                try
                {
                    n = RandomAccess.Read(file, block[read..], start + read);
                }
                catch (IOException e) when (read == 0 && IsRefusal(e))
                {
                    return null;
                }
                if (n == 0)
                {
                    break;
                }
                read += n;
                if (n % Alignment != 0)
                {
                    // Short of an aligned length: the file's end.
                    break;
                }
            }
            int skip = (int)(offset - start);
            int available = Math.Clamp(read - skip, 0, destination.Length);
            block.Slice(skip, available).CopyTo(destination);
            return available;
        }
        finally
        {
            ReturnBlock(buffer);
        }
    }
}
