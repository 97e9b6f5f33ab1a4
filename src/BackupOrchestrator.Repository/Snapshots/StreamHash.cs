using System.Buffers.Binary;
using System.Security.Cryptography;

namespace BackupOrchestrator.Repository.Snapshots;

/// <summary>
/// The hash list over a stream's entries and its end marker (docs/repository-format.md, "Stream hash"):
/// SHA-256 over (u64 BE offset, u64 BE length, entry hash of the bytes) for every entry in stream
/// order, then the same record for the 1024 zero bytes that end a tar stream.
/// </summary>
public static class StreamHash
{
    public const int EndMarkerLength = 1024;

    public static string Compute(IReadOnlyList<EntryRecord> entries, long streamLength, string entryHash)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> record = stackalloc byte[48];
        foreach (var entry in entries)
        {
            Append(hash, record, entry.HeaderOffset, entry.EndOffset - entry.HeaderOffset, entry.Hash);
        }
        Append(hash, record, streamLength - EndMarkerLength, EndMarkerLength, EntryHash.EndMarker(entryHash));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, Span<byte> record, long offset, long length, byte[]? entryHash)
    {
        BinaryPrimitives.WriteInt64BigEndian(record, offset);
        BinaryPrimitives.WriteInt64BigEndian(record[8..], length);
        if (entryHash is not { Length: EntryHash.Length })
        {
            throw new IntegrityException($"The entry at stream offset {offset} has no hash; the manifest is damaged.");
        }
        entryHash.CopyTo(record[16..]);
        hash.AppendData(record);
    }
}
