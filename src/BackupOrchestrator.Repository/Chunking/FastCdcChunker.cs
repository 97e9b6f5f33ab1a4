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
        // Refs instead of indexers: the loops below are the chunker's whole cost, one shift, one add
        // and one test per byte, and a bounds check per byte would cost about as much again.
        ref ulong gear = ref MemoryMarshal.GetArrayDataReference(_gear);
        ref byte bytes = ref MemoryMarshal.GetReference(data);
        if (_position < AverageSize)
        {
            int end = Math.Min(n, i + (AverageSize - _position));
            int start = i;
            ulong mask = _maskStrict;
            for (; i < end; i++)
            {
                hash = (hash << 1) + Unsafe.Add(ref gear, Unsafe.Add(ref bytes, i));
                if ((hash & mask) == 0)
                {
                    return Cut(i + 1);
                }
            }
            _position += end - start;
        }
        if (_position >= AverageSize)
        {
            int end = Math.Min(n, i + (MaxSize - _position));
            int start = i;
            ulong mask = _maskLoose;
            for (; i < end; i++)
            {
                hash = (hash << 1) + Unsafe.Add(ref gear, Unsafe.Add(ref bytes, i));
                if ((hash & mask) == 0)
                {
                    return Cut(i + 1);
                }
            }
            _position += end - start;
            if (_position >= MaxSize)
            {
                return Cut(i);
            }
        }
        _hash = hash;
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
