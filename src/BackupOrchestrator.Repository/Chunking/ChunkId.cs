using System.Buffers.Binary;

namespace BackupOrchestrator.Repository.Chunking;

/// <summary>A chunk's name: 256 bits of a keyed hash of its plaintext (the repository's <see cref="ChunkIdHash"/>).</summary>
public readonly struct ChunkId : IEquatable<ChunkId>
{
    private readonly ulong _a, _b, _c, _d;

    public ChunkId(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != 32)
        {
            throw new ArgumentException("A chunk id has 32 bytes.", nameof(bytes));
        }
        _a = BinaryPrimitives.ReadUInt64BigEndian(bytes);
        _b = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);
        _c = BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]);
        _d = BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]);
    }

    public static bool TryParse(ReadOnlySpan<char> hex, out ChunkId id)
    {
        id = default;
        if (hex.Length != 64)
        {
            return false;
        }
        Span<byte> bytes = stackalloc byte[32];
        if (Convert.FromHexString(hex, bytes, out _, out var written) != System.Buffers.OperationStatus.Done || written != 32)
        {
            return false;
        }
        id = new ChunkId(bytes);
        return true;
    }

    public static ChunkId Parse(string hex) =>
        TryParse(hex, out var id) ? id : throw new FormatException($"'{hex}' is not a chunk id (64 hex digits).");

    public void WriteTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64BigEndian(destination, _a);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], _b);
        BinaryPrimitives.WriteUInt64BigEndian(destination[16..], _c);
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..], _d);
    }

    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[32];
        WriteTo(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    public bool Equals(ChunkId other) => _a == other._a && _b == other._b && _c == other._c && _d == other._d;
    public override bool Equals(object? obj) => obj is ChunkId other && Equals(other);
    public override int GetHashCode() => (int)_a ^ (int)(_a >> 32);
    public static bool operator ==(ChunkId left, ChunkId right) => left.Equals(right);
    public static bool operator !=(ChunkId left, ChunkId right) => !left.Equals(right);
}
