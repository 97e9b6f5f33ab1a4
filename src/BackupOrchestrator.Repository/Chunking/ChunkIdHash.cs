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
    /// <summary>BLAKE3 in keyed mode: what new repositories use (format 4).</summary>
    public const string Blake3Keyed = "blake3-keyed";
    /// <summary>HMAC-SHA-512 truncated to 256 bits: every format 3 repository (its config names no hash).</summary>
    public const string HmacSha512Truncated = "hmac-sha512-256";

    private readonly byte[] _key;
    private readonly bool _blake3;

    private ChunkIdHash(string name, byte[] key)
    {
        Name = name;
        _key = key;
        _blake3 = name == Blake3Keyed;
    }

    public string Name { get; }

    public static bool IsKnown(string name) => name is Blake3Keyed or HmacSha512Truncated;

    /// <param name="key">The repository key's 32-byte chunk-id key.</param>
    public static ChunkIdHash Create(string name, byte[] key) => IsKnown(name)
        ? new ChunkIdHash(name, key)
        : throw new ArgumentException($"Unknown chunk-id hash '{name}'.", nameof(name));

    public ChunkId Compute(ReadOnlySpan<byte> plaintext)
    {
        if (_blake3)
        {
            // BLAKE3 keyed: about as fast as SHA-256 with SHA instructions, and 2-3 times as fast as
            // any SHA-2 without them (measured: `bench ... hashes`), so chunk naming is cheap on every CPU.
            using var hasher = Blake3.Hasher.NewKeyed(_key);
            hasher.Update(plaintext);
            Span<byte> hash = stackalloc byte[32];
            hasher.Finalize(hash);
            return new ChunkId(hash);
        }
        Span<byte> mac = stackalloc byte[64];
        HMACSHA512.HashData(_key, plaintext, mac);
        return new ChunkId(mac[..32]);
    }
}
