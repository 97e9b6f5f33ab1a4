using System.Buffers.Binary;
using BackupOrchestrator.Repository.Chunking;

namespace BackupOrchestrator.Repository.Packs;

/// <summary>A sealed chunk inside a pack: its id, and where its sealed bytes are in the pack.</summary>
internal readonly record struct PackedChunk(ChunkId Id, int Offset, int Length)
{
    /// <summary>Bytes of one entry in a pack header or an index: 32-byte id, u32 offset, u32 length (little-endian).</summary>
    public const int EncodedLength = 40;

    public void Write(Span<byte> destination)
    {
        Id.WriteTo(destination);
        BinaryPrimitives.WriteInt32LittleEndian(destination[32..], Offset);
        BinaryPrimitives.WriteInt32LittleEndian(destination[36..], Length);
    }

    public static PackedChunk Read(ReadOnlySpan<byte> source) =>
        new(new ChunkId(source[..32]), BinaryPrimitives.ReadInt32LittleEndian(source[32..]), BinaryPrimitives.ReadInt32LittleEndian(source[36..]));
}

/// <summary>Where a chunk's sealed bytes are: <see cref="Length"/> bytes at <see cref="Offset"/> of the object <see cref="Pack"/>.</summary>
internal readonly record struct ChunkLocation(string Pack, int Offset, int Length);

/// <summary>A pack object and the chunks it holds, in order.</summary>
internal sealed record PackRecord(string Name, IReadOnlyList<PackedChunk> Chunks);
