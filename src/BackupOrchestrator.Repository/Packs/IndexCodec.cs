using System.Buffers.Binary;
using BackupOrchestrator.Repository.Format;

namespace BackupOrchestrator.Repository.Packs;

/// <summary>
/// The binary plaintext of index objects and pack headers (docs/repository-format.md, "Packs and
/// indexes"). All integers little-endian.
/// </summary>
internal static class IndexCodec
{
    private const int PackIdLength = ObjectNames.IdHexLength / 2;

    /// <summary>Index: u32 pack count; per pack: 16-byte pack id, u32 chunk count, 40-byte entries.</summary>
    public static byte[] EncodeIndex(IReadOnlyCollection<PackRecord> packs)
    {
        long size = 4 + packs.Sum(p => PackIdLength + 4 + (long)p.Chunks.Count * PackedChunk.EncodedLength);
        var bytes = new byte[size];
        var span = bytes.AsSpan();
        BinaryPrimitives.WriteInt32LittleEndian(span, packs.Count);
        int at = 4;
        foreach (var pack in packs)
        {
            Convert.FromHexString(PackHex(pack.Name), span.Slice(at, PackIdLength), out _, out _);
            at += PackIdLength;
            at += EncodeEntries(pack.Chunks, span[at..]);
        }
        return bytes;
    }

    public static List<PackRecord> DecodeIndex(ReadOnlySpan<byte> bytes, string where)
    {
        var packs = new List<PackRecord>();
        int at = 4;
        int count = bytes.Length >= 4 ? BinaryPrimitives.ReadInt32LittleEndian(bytes) : -1;
        for (int i = 0; i < count; i++)
        {
            if (bytes.Length - at < PackIdLength)
            {
                throw Damaged(where);
            }
            var name = ObjectNames.Pack(Convert.ToHexStringLower(bytes.Slice(at, PackIdLength)));
            at += PackIdLength;
            var (chunks, used) = DecodeEntries(bytes[at..], where);
            at += used;
            packs.Add(new PackRecord(name, chunks));
        }
        if (count < 0 || at != bytes.Length)
        {
            throw Damaged(where);
        }
        return packs;
    }

    /// <summary>Pack header (and each pack's part of an index): u32 count, then the 40-byte entries.</summary>
    public static int EncodedEntriesLength(int count) => 4 + count * PackedChunk.EncodedLength;

    public static int EncodeEntries(IReadOnlyList<PackedChunk> chunks, Span<byte> destination)
    {
        BinaryPrimitives.WriteInt32LittleEndian(destination, chunks.Count);
        for (int i = 0; i < chunks.Count; i++)
        {
            chunks[i].Write(destination[(4 + i * PackedChunk.EncodedLength)..]);
        }
        return EncodedEntriesLength(chunks.Count);
    }

    public static (List<PackedChunk> Chunks, int Used) DecodeEntries(ReadOnlySpan<byte> bytes, string where)
    {
        if (bytes.Length < 4)
        {
            throw Damaged(where);
        }
        int count = BinaryPrimitives.ReadInt32LittleEndian(bytes);
        if (count < 0 || (long)count * PackedChunk.EncodedLength > bytes.Length - 4)
        {
            throw Damaged(where);
        }
        var chunks = new List<PackedChunk>(count);
        for (int i = 0; i < count; i++)
        {
            chunks.Add(PackedChunk.Read(bytes[(4 + i * PackedChunk.EncodedLength)..]));
        }
        return (chunks, EncodedEntriesLength(count));
    }

    public static string PackHex(string packName) => packName[^ObjectNames.IdHexLength..];

    private static IntegrityException Damaged(string where) =>
        new($"{where} is damaged: its list of packs and chunks does not decode. Run 'backupctl verify'.");
}
