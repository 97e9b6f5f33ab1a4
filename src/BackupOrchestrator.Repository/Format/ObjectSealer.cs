using System.Buffers;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace BackupOrchestrator.Repository.Format;

/// <summary>
/// Compresses (when it pays) and encrypts objects with AES-256-GCM, and the reverse
/// (docs/repository-format.md, "Sealed objects"). Thread-safe: each call uses its own cipher state.
/// </summary>
internal sealed class ObjectSealer(byte[] encryptionKey)
{
    private static ReadOnlySpan<byte> Magic => "BOR1"u8;
    public const int HeaderLength = 4 + 1 + NonceLength;
    public const int Overhead = HeaderLength + TagLength;
    private const int NonceLength = 12;
    private const int TagLength = 16;
    private const byte FlagBrotli = 1;
    private const int BrotliQuality = 1;
    private const int BrotliWindow = 22;
    private const int SampleLength = 64 * 1024;

    private readonly byte[] _key = encryptionKey;

    /// <summary>Seals <paramref name="plaintext"/>; the result is a new array of exactly the sealed length.</summary>
    public byte[] Seal(ReadOnlySpan<byte> plaintext, string aad, bool tryCompress = true)
    {
        var buffer = new byte[plaintext.Length + Overhead];
        int length = Seal(plaintext, aad, buffer, tryCompress);
        return length == buffer.Length ? buffer : buffer.AsSpan(0, length).ToArray();
    }

    /// <summary>
    /// Seals <paramref name="plaintext"/> into <paramref name="destination"/> (at least
    /// plaintext length + <see cref="Overhead"/> bytes) and returns the sealed length.
    /// </summary>
    public int Seal(ReadOnlySpan<byte> plaintext, string aad, Span<byte> destination, bool tryCompress = true)
    {
        byte[]? compressed = null;
        if (tryCompress && plaintext.Length >= 512 && SampleCompresses(plaintext))
        {
            compressed = ArrayPool<byte>.Shared.Rent(plaintext.Length);
            if (BrotliEncoder.TryCompress(plaintext, compressed, out int compressedLength, BrotliQuality, BrotliWindow)
                && compressedLength < plaintext.Length - plaintext.Length / 32)
            {
                plaintext = compressed.AsSpan(0, compressedLength);
            }
            else
            {
                ArrayPool<byte>.Shared.Return(compressed);
                compressed = null;
            }
        }
        try
        {
            int length = Overhead + plaintext.Length;
            var sealedBytes = destination[..length];
            Magic.CopyTo(sealedBytes);
            sealedBytes[4] = compressed is null ? (byte)0 : FlagBrotli;
            var nonce = sealedBytes.Slice(5, NonceLength);
            RandomNumberGenerator.Fill(nonce);
            using var gcm = new AesGcm(_key, TagLength);
            gcm.Encrypt(nonce, plaintext, sealedBytes.Slice(HeaderLength, plaintext.Length),
                sealedBytes.Slice(HeaderLength + plaintext.Length, TagLength), Aad(sealedBytes[..5], aad));
            return length;
        }
        finally
        {
            if (compressed is not null)
            {
                ArrayPool<byte>.Shared.Return(compressed);
            }
        }
    }

    /// <summary>Opens a sealed object; <paramref name="maxLength"/> bounds the plaintext (a damaged length never allocates gigabytes).</summary>
    public byte[] Open(ReadOnlySpan<byte> sealedBytes, string aad, string where, int maxLength = 64 << 20)
    {
        if (sealedBytes.Length < Overhead || !sealedBytes[..4].SequenceEqual(Magic) || (sealedBytes[4] & ~FlagBrotli) != 0)
        {
            throw new IntegrityException($"{where} is damaged or truncated: {sealedBytes.Length} bytes, not a sealed repository object. Run 'backupctl verify' to see what it affects.");
        }
        int length = sealedBytes.Length - Overhead;
        var plain = new byte[length];
        try
        {
            using var gcm = new AesGcm(_key, TagLength);
            gcm.Decrypt(sealedBytes.Slice(5, NonceLength), sealedBytes.Slice(HeaderLength, length),
                sealedBytes.Slice(HeaderLength + length, TagLength), plain, Aad(sealedBytes[..5], aad));
        }
        catch (AuthenticationTagMismatchException e)
        {
            throw new IntegrityException($"{where} failed authentication: it was changed, truncated or sealed with another key. Run 'backupctl verify' to see what it affects.", e);
        }
        if ((sealedBytes[4] & FlagBrotli) == 0)
        {
            return plain;
        }
        return Decompress(plain, where, maxLength);
    }

    private static byte[] Decompress(byte[] compressed, string where, int maxLength)
    {
        using var decoder = new BrotliDecoder();
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(maxLength, Math.Max(compressed.Length * 4, 64 * 1024)));
        try
        {
            int consumed = 0, produced = 0;
            while (true)
            {
                var status = decoder.Decompress(compressed.AsSpan(consumed), buffer.AsSpan(produced), out int read, out int written);
                consumed += read;
                produced += written;
                if (status == OperationStatus.Done)
                {
                    return buffer.AsSpan(0, produced).ToArray();
                }
                if (status != OperationStatus.DestinationTooSmall || buffer.Length >= maxLength)
                {
                    throw new IntegrityException($"{where} is damaged: its compressed content does not decode ({status}).");
                }
                var bigger = ArrayPool<byte>.Shared.Rent(Math.Min(maxLength, buffer.Length * 2));
                buffer.AsSpan(0, produced).CopyTo(bigger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = bigger;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool SampleCompresses(ReadOnlySpan<byte> plaintext)
    {
        var sample = plaintext[..Math.Min(SampleLength, plaintext.Length)];
        var buffer = ArrayPool<byte>.Shared.Rent(sample.Length + 1024);
        try
        {
            return BrotliEncoder.TryCompress(sample, buffer, out int written, 0, BrotliWindow)
                && written < sample.Length - sample.Length / 20;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] Aad(ReadOnlySpan<byte> header, string name)
    {
        var aad = new byte[header.Length + Encoding.UTF8.GetByteCount(name)];
        header.CopyTo(aad);
        Encoding.UTF8.GetBytes(name, aad.AsSpan(header.Length));
        return aad;
    }
}
