using System.Security.Cryptography;

namespace BackupOrchestrator.Repository.Snapshots;

/// <summary>
/// The hash of each entry's bytes in the stream (docs/repository-format.md, "Stream hash"):
/// SHA-256 where the CPU has SHA-256 instructions, else SHA-512 cut to its first 256 bits, which
/// on such CPUs runs about 1.6 times as fast (64-bit words, fewer rounds per byte). Both are
/// 256-bit hashes of the SHA-2 family; the manifest records which one its entries use.
/// </summary>
public static class EntryHash
{
    public const string Sha256 = "sha256";
    public const string Sha512Truncated = "sha512-256";
    public const int Length = 32;

    private static readonly byte[] EndMarkerSha256 = SHA256.HashData(new byte[StreamHash.EndMarkerLength]);
    private static readonly byte[] EndMarkerSha512Truncated = SHA512.HashData(new byte[StreamHash.EndMarkerLength])[..Length];

    /// <summary>What new snapshots use on this machine (BACKUPCTL_ENTRY_HASH overrides, for tests and odd CPUs).</summary>
    public static string Preferred { get; } = Environment.GetEnvironmentVariable("BACKUPCTL_ENTRY_HASH") is { } forced && IsKnown(forced)
        ? forced
        : Format.CpuFeatures.HasSha256Instructions ? Sha256 : Sha512Truncated;

    public static bool IsKnown(string algorithm) => algorithm is Sha256 or Sha512Truncated;

    internal static IncrementalHash Create(string algorithm) => IncrementalHash.CreateHash(algorithm switch
    {
        Sha256 => HashAlgorithmName.SHA256,
        Sha512Truncated => HashAlgorithmName.SHA512,
        _ => throw new IntegrityException($"Unknown entry hash '{algorithm}' in a snapshot manifest; the manifest is damaged or written by a newer backupctl."),
    });

    /// <summary>The hash of what was appended since the last call (32 bytes), and a reset.</summary>
    internal static byte[] Finish(IncrementalHash hash)
    {
        var full = hash.GetHashAndReset();
        return full.Length == Length ? full : full[..Length];
    }

    public static byte[] Compute(string algorithm, ReadOnlySpan<byte> data)
    {
        using var hash = Create(algorithm);
        hash.AppendData(data);
        return Finish(hash);
    }

    /// <summary>The hash of the end marker (1024 zero bytes).</summary>
    public static byte[] EndMarker(string algorithm) => algorithm == Sha256 ? EndMarkerSha256 : algorithm == Sha512Truncated ? EndMarkerSha512Truncated
        : throw new IntegrityException($"Unknown entry hash '{algorithm}' in a snapshot manifest; the manifest is damaged or written by a newer backupctl.");
}
