using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace BackupOrchestrator.Repository.Chunking;

/// <summary>
/// Content-defined chunking after FastCDC (Xia et al., 2016) with normalized chunking: a gear
/// rolling hash, no cut before <see cref="MinSize"/>, a stricter mask until <see cref="AverageSize"/>,
/// a looser one after it, a forced cut at <see cref="MaxSize"/>. Works incrementally over spans
/// (the bytes of one chunk may arrive in several calls) and allocates nothing per byte.
/// </summary>
internal sealed class FastCdcChunker
{
    public const int DefaultMin = 256 * 1024;
    public const int DefaultAverage = 1024 * 1024;
    public const int DefaultMax = 4 * 1024 * 1024;

    private readonly ulong[] _gear;
    private readonly ulong _maskStrict;
    private readonly ulong _maskLoose;
    private ulong _hash;
    private int _position;

    public FastCdcChunker(ulong[] gear, int minSize = DefaultMin, int averageSize = DefaultAverage, int maxSize = DefaultMax)
    {
        if (gear.Length != 256 || minSize <= 0 || averageSize <= minSize || maxSize <= averageSize)
        {
            throw new ArgumentException("Need a 256-entry gear table and 0 < min < average < max.");
        }
        _gear = gear;
        MinSize = minSize;
        AverageSize = averageSize;
        MaxSize = maxSize;
        int bits = 63 - System.Numerics.BitOperations.LeadingZeroCount((ulong)averageSize);
        // The high bits of a gear hash depend on the most recent 64 bytes; test those.
        _maskStrict = ~0UL << (64 - (bits + 2));
        _maskLoose = ~0UL << (64 - (bits - 2));
    }

    public int MinSize { get; }
    public int AverageSize { get; }
    public int MaxSize { get; }

    /// <summary>Bytes of the current chunk scanned so far.</summary>
    public int Position => _position;

    /// <summary>Starts a new chunk (after a cut, or at a forced boundary).</summary>
    public void Reset()
    {
        _hash = 0;
        _position = 0;
    }

    /// <summary>
    /// Scans <paramref name="data"/>, the bytes that follow what this chunk has seen so far.
    /// Returns the number of bytes of <paramref name="data"/> that end the chunk (the cut is after
    /// them; the chunker is then reset), or -1 when the chunk goes on past <paramref name="data"/>.
    /// </summary>
    public int FindCut(ReadOnlySpan<byte> data)
    {
        int i = 0;
        int n = data.Length;
        if (_position < MinSize)
        {
            int skip = Math.Min(MinSize - _position, n);
            _position += skip;
            i = skip;
            if (_position < MinSize)
            {
                return -1;
            }
        }
        ulong hash = _hash;
        ref ulong gear = ref MemoryMarshal.GetArrayDataReference(_gear);
        ref byte bytes = ref MemoryMarshal.GetReference(data);
        if (_position < AverageSize)
        {
            int end = Math.Min(n, i + (AverageSize - _position));
            int cut = Scan(ref bytes, ref gear, i, end, ref hash, _maskStrict);
            if (cut >= 0)
            {
                return Cut(cut);
            }
            _position += end - i;
            i = end;
        }
        if (_position >= AverageSize)
        {
            int end = Math.Min(n, i + (MaxSize - _position));
            int cut = Scan(ref bytes, ref gear, i, end, ref hash, _maskLoose);
            if (cut >= 0)
            {
                return Cut(cut);
            }
            _position += end - i;
            if (_position >= MaxSize)
            {
                return Cut(end);
            }
        }
        _hash = hash;
        return -1;
    }

    /// <summary>
    /// Rolls the gear hash over bytes [start, end) and returns the index after the first byte whose hash
    /// passes <paramref name="mask"/>, or -1 (then <paramref name="hash"/> is the hash after the last byte).
    /// This loop is the chunker's whole cost. Rolled one byte at a time, each hash waits for the one before
    /// it (a shift and an add). Four bytes a step, each hash is computed from the
    /// one two bytes back, h[k] = (h[k-2] &lt;&lt; 2) + (gear[b[k-1]] &lt;&lt; 1) + gear[b[k]], so two chains of
    /// half the length run side by side and the CPU overlaps them; every byte is still tested, so the cuts
    /// are exactly the byte-at-a-time definition's (ChunkerTests). Measured with `Repository.Bench chunker`
    /// (best of 5 over 256 MiB of random bytes, 2-core EPYC): 2.6-2.8 GB/s of stream against 1.8-2.1 for the
    /// byte-at-a-time loop. Refs instead of indexers: a bounds check
    /// per byte would cost about as much as the hash.
    /// </summary>
    private static int Scan(ref byte bytes, ref ulong gear, int start, int end, ref ulong hash, ulong mask)
    {
        ulong h = hash;
        int i = start;
        for (; i + 4 <= end; i += 4)
        {
            ulong g0 = Unsafe.Add(ref gear, Unsafe.Add(ref bytes, i));
            ulong g1 = Unsafe.Add(ref gear, Unsafe.Add(ref bytes, i + 1));
            ulong g2 = Unsafe.Add(ref gear, Unsafe.Add(ref bytes, i + 2));
            ulong g3 = Unsafe.Add(ref gear, Unsafe.Add(ref bytes, i + 3));
            // The pairs first, in locals of their own: written inline, the JIT adds them to the shifted hash
            // one by one, and the chains grow long again.
            ulong t1 = (g0 << 1) + g1;
            ulong t2 = (g1 << 1) + g2;
            ulong t3 = (g2 << 1) + g3;
            ulong h0 = (h << 1) + g0;
            ulong h1 = (h << 2) + t1;
            ulong h2 = (h0 << 2) + t2;
            ulong h3 = (h1 << 2) + t3;
            if ((h0 & mask) == 0)
            {
                return i + 1;
            }
            if ((h1 & mask) == 0)
            {
                return i + 2;
            }
            if ((h2 & mask) == 0)
            {
                return i + 3;
            }
            if ((h3 & mask) == 0)
            {
                return i + 4;
            }
            h = h3;
        }
        for (; i < end; i++)
        {
            h = (h << 1) + Unsafe.Add(ref gear, Unsafe.Add(ref bytes, i));
            if ((h & mask) == 0)
            {
                return i + 1;
            }
        }
        hash = h;
        return -1;
    }

    private int Cut(int length)
    {
        Reset();
        return length;
    }

    /// <summary>The gear table: 256 pseudo-random words derived from the key's gear seed.</summary>
    public static ulong[] GearTable(ReadOnlySpan<byte> seed)
    {
        var table = new ulong[256];
        Span<byte> input = stackalloc byte[seed.Length + 4];
        seed.CopyTo(input);
        Span<byte> digest = stackalloc byte[32];
        for (int block = 0; block < 64; block++)
        {
            BinaryPrimitives.WriteInt32BigEndian(input[seed.Length..], block);
            SHA256.HashData(input, digest);
            for (int j = 0; j < 4; j++)
            {
                table[block * 4 + j] = BinaryPrimitives.ReadUInt64BigEndian(digest[(j * 8)..]);
            }
        }
        return table;
    }
}
