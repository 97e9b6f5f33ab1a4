using System.Security.Cryptography;

namespace BackupOrchestrator.Repository.Chunking;

/// <summary>
/// How a repository names its chunks: a keyed 256-bit hash of the plaintext under the chunk-id key,
/// chosen when the repository is created and recorded in its config (docs/repository-format.md,
/// "Chunks and pieces"). Every chunk of one repository is named the same way, so dedup and verify
/// never compare names made two ways.
/// </summary>
public sealed class ChunkIdHash
{
    /// <summary>BLAKE3 in keyed mode: new repositories on a CPU without SHA-256 instructions (format 4).</summary>
    public const string Blake3Keyed = "blake3-keyed";
    /// <summary>HMAC-SHA-256: new repositories on a CPU with SHA-256 instructions (format 4).</summary>
    public const string HmacSha256 = "hmac-sha256";
    /// <summary>HMAC-SHA-512 truncated to 256 bits: every format 3 repository (its config names no hash).</summary>
    public const string HmacSha512Truncated = "hmac-sha512-256";

    private readonly byte[] _key;
    private readonly Func<byte[], ReadOnlySpan<byte>, ChunkId> _compute;

    private ChunkIdHash(string name, byte[] key, Func<byte[], ReadOnlySpan<byte>, ChunkId> compute)
    {
        Name = name;
        _key = key;
        _compute = compute;
    }

    public string Name { get; }

    /// <summary>
    /// What a new repository made on this machine uses: the fastest keyed hash on this CPU. With SHA-256
    /// instructions, OpenSSL's HMAC-SHA-256 hashes 1.4 GB/s on one core of the benchmark box, the managed
    /// BLAKE3 0.7-0.9 inside a backup; without them SHA-256 drops to ~0.4 GB/s and BLAKE3, SIMD in
    /// managed code, stays where it is. A repository keeps its hash when it moves to another CPU: only
    /// the speed differs. BACKUPCTL_CHUNK_ID_HASH overrides (tests, benchmarks, a repository meant for another box).
    /// </summary>
    public static string Preferred { get; } = Environment.GetEnvironmentVariable("BACKUPCTL_CHUNK_ID_HASH") is { } forced && IsKnown(forced) && forced != HmacSha512Truncated
        ? forced
        : Format.CpuFeatures.HasSha256Instructions ? HmacSha256 : Blake3Keyed;

    public static bool IsKnown(string name) => name is Blake3Keyed or HmacSha256 or HmacSha512Truncated;

    /// <param name="key">The repository key's 32-byte chunk-id key.</param>
    public static ChunkIdHash Create(string name, byte[] key) => name switch
    {
        Blake3Keyed => new ChunkIdHash(name, key, Blake3Of),
        HmacSha256 => new ChunkIdHash(name, key, HmacSha256Of),
        HmacSha512Truncated => new ChunkIdHash(name, key, HmacSha512TruncatedOf),
        _ => throw new ArgumentException($"Unknown chunk-id hash '{name}'.", nameof(name)),
    };

    public ChunkId Compute(ReadOnlySpan<byte> plaintext) => _compute(_key, plaintext);

    private static ChunkId Blake3Of(byte[] key, ReadOnlySpan<byte> plaintext)
    {
        using var hasher = Blake3.Hasher.NewKeyed(key);
        hasher.Update(plaintext);
        Span<byte> hash = stackalloc byte[32];
        hasher.Finalize(hash);
        return new ChunkId(hash);
    }

    private static ChunkId HmacSha256Of(byte[] key, ReadOnlySpan<byte> plaintext)
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(key, plaintext, mac);
        return new ChunkId(mac);
    }

    private static ChunkId HmacSha512TruncatedOf(byte[] key, ReadOnlySpan<byte> plaintext)
    {
        Span<byte> mac = stackalloc byte[64];
        HMACSHA512.HashData(key, plaintext, mac);
        return new ChunkId(mac[..32]);
    }
}
