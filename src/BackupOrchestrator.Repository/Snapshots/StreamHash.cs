using System.Buffers.Binary;
using System.Security.Cryptography;

namespace BackupOrchestrator.Repository.Snapshots;

/// <summary>The hash list over a stream's segments (docs/repository-format.md, "Stream hash").</summary>
public static class StreamHash
{
    public static string Compute(IEnumerable<SegmentRecord> segments)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> record = stackalloc byte[48];
        foreach (var segment in segments)
        {
            BinaryPrimitives.WriteInt64BigEndian(record, segment.Offset);
            BinaryPrimitives.WriteInt64BigEndian(record[8..], segment.Length);
            Convert.FromHexString(segment.Sha256, record[16..], out _, out _);
            hash.AppendData(record);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
