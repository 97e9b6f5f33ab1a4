using System.Buffers;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace BackupOrchestrator.Repository.Format;

/// <summary>
/// Compresses (when it pays) and encrypts objects with AES-256-GCM, and the reverse
/// (docs/repository-format.md, "Sealed objects"). Thread-safe: each call uses its own cipher state.
/// </summary>
/// <param name="useZstd">Compress new chunks with zstd (default: when libzstd is there) or else Brotli; both are always read.</param>
internal sealed class ObjectSealer(byte[] encryptionKey, int scratchSize, bool? useZstd = null)
{
    private readonly bool _zstd = useZstd ?? Zstd.IsAvailable;

    private static ReadOnlySpan<byte> Magic => "BOR1"u8;
    public const int HeaderLength = 4 + 1 + NonceLength;
    public const int Overhead = HeaderLength + TagLength;
    private const int NonceLength = 12;
    private const int TagLength = 16;
    private const byte FlagBrotli = 1;
    private const byte FlagZstd = 2;
    private const byte KnownFlags = FlagBrotli | FlagZstd;
    private const int BrotliQuality = 1;
    private const int BrotliWindow = 22;
    private const int SampleLength = 64 * 1024;

    private readonly byte[] _key = encryptionKey;
    // Scratch buffers of one fixed size, reused: chunk-sized arrays would otherwise land on the
    // large object heap once per chunk and keep the process's memory high between collections.
    private readonly System.Collections.Concurrent.ConcurrentBag<byte[]> _scratch = [];

    private byte[] RentScratch(int length) =>
        length <= scratchSize ? (_scratch.TryTake(out var b) ? b : GC.AllocateUninitializedArray<byte>(scratchSize)) : new byte[length];

    private void ReturnScratch(byte[] buffer)
    {
        if (buffer.Length == scratchSize)
        {
            _scratch.Add(buffer);
        }
    }

    /// <summary>Seals <paramref name="plaintext"/>; the result is a new array of exactly the sealed length.</summary>
    public byte[] Seal(ReadOnlySpan<byte> plaintext, string aad, bool tryCompress = true)
    {
        var buffer = new byte[plaintext.Length + Overhead];
        int length = Seal(plaintext, aad, buffer, tryCompress);
        return length == buffer.Length ? buffer : buffer.AsSpan(0, length).ToArray();
    }

    /// <summary>Seals bytes that are already a Brotli stream (manifests compress while they serialize).</summary>
    public byte[] SealCompressed(ReadOnlySpan<byte> brotli, string aad)
    {
        var sealedBytes = new byte[Overhead + brotli.Length];
        Encrypt(brotli, FlagBrotli, aad, sealedBytes);
        return sealedBytes;
    }

    /// <summary>Authenticates and decrypts the body of a sealed object whose header was checked; the result may still be compressed.</summary>
    private byte[] Decrypt(ReadOnlySpan<byte> sealedBytes, string aad, string where)
    {
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
        return plain;
    }

    /// <summary>Opens a sealed object as a stream of its plaintext (decompressed on the fly), so a large manifest never sits in memory as one array.</summary>
    public Stream OpenStream(ReadOnlySpan<byte> sealedBytes, string aad, string where)
    {
        if (sealedBytes.Length < Overhead || !sealedBytes[..4].SequenceEqual(Magic) || (sealedBytes[4] & ~FlagBrotli) != 0)
        {
            throw new IntegrityException($"{where} is damaged or truncated: {sealedBytes.Length} bytes, not a sealed repository object. Run 'backupctl verify' to see what it affects.");
        }
        var plain = Decrypt(sealedBytes, aad, where);
        var stream = new MemoryStream(plain, writable: false);
        return (sealedBytes[4] & FlagBrotli) == 0 ? stream : new BrotliStream(stream, CompressionMode.Decompress);
    }

    /// <summary>
    /// Seals <paramref name="plaintext"/> into <paramref name="destination"/> (at least
    /// plaintext length + <see cref="Overhead"/> bytes) and returns the sealed length.
    /// </summary>
    public int Seal(ReadOnlySpan<byte> plaintext, string aad, Span<byte> destination, bool tryCompress = true)
    {
        int compressedLength = 0;
        byte[]? compressed = tryCompress ? TryCompress(plaintext, out compressedLength) : null;
        try
        {
            return compressed is null
                ? Encrypt(plaintext, 0, aad, destination)
                : Encrypt(compressed.AsSpan(0, compressedLength), _zstd ? FlagZstd : FlagBrotli, aad, destination);
        }
        finally
        {
            if (compressed is not null)
            {
                ReturnScratch(compressed);
            }
        }
    }

    /// <summary>
    /// Seals the <paramref name="length"/> plaintext bytes at the start of <paramref name="buffer"/>
    /// in place (the buffer has room for <see cref="Overhead"/> more) and returns the sealed length:
    /// the same bytes <see cref="Seal(ReadOnlySpan{byte}, string, Span{byte}, bool)"/> writes, without
    /// a second chunk-sized buffer.
    /// </summary>
    public int SealInPlace(byte[] buffer, int length, string aad)
    {
        if (buffer.Length < length + Overhead)
        {
            throw new ArgumentException($"Sealing in place needs {Overhead} bytes of room after the plaintext.", nameof(buffer));
        }
        var compressed = TryCompress(buffer.AsSpan(0, length), out int compressedLength);
        if (compressed is not null)
        {
            try
            {
                return Encrypt(compressed.AsSpan(0, compressedLength), _zstd ? FlagZstd : FlagBrotli, aad, buffer);
            }
            finally
            {
                ReturnScratch(compressed);
            }
        }
        // Make room for the header, then encrypt where the bytes are (AES-GCM allows exactly overlapping buffers).
        buffer.AsSpan(0, length).CopyTo(buffer.AsSpan(HeaderLength));
        return Encrypt(buffer.AsSpan(HeaderLength, length), 0, aad, buffer);
    }

    /// <summary>Compresses into a scratch array when it pays (null when not): the caller returns the array.</summary>
    private byte[]? TryCompress(ReadOnlySpan<byte> plaintext, out int compressedLength)
    {
        compressedLength = 0;
        if (plaintext.Length < 512 || !SampleCompresses(plaintext))
        {
            return null;
        }
        var compressed = RentScratch(plaintext.Length);
        bool done = _zstd
            ? Zstd.TryCompressChunk(plaintext, compressed, out compressedLength)
            : BrotliEncoder.TryCompress(plaintext, compressed, out compressedLength, BrotliQuality, BrotliWindow);
        if (done && compressedLength < plaintext.Length - plaintext.Length / 32)
        {
            return compressed;
        }
        ReturnScratch(compressed);
        return null;
    }

    /// <summary>Writes header, ciphertext and tag of <paramref name="body"/> to <paramref name="destination"/>; body may be exactly where the ciphertext goes.</summary>
    private int Encrypt(ReadOnlySpan<byte> body, byte flags, string aad, Span<byte> destination)
    {
        int length = Overhead + body.Length;
        var sealedBytes = destination[..length];
        Magic.CopyTo(sealedBytes);
        sealedBytes[4] = flags;
        var nonce = sealedBytes.Slice(5, NonceLength);
        RandomNumberGenerator.Fill(nonce);
        using var gcm = new AesGcm(_key, TagLength);
        gcm.Encrypt(nonce, body, sealedBytes.Slice(HeaderLength, body.Length),
            sealedBytes.Slice(HeaderLength + body.Length, TagLength), Aad(sealedBytes[..5], aad));
        return length;
    }

    /// <summary>Opens a sealed object; <paramref name="maxLength"/> bounds the plaintext (a damaged length never allocates gigabytes).</summary>
    public byte[] Open(ReadOnlySpan<byte> sealedBytes, string aad, string where, int maxLength = 64 << 20)
    {
        if (sealedBytes.Length < Overhead || !sealedBytes[..4].SequenceEqual(Magic) || (sealedBytes[4] & ~KnownFlags) != 0 || sealedBytes[4] == KnownFlags)
        {
            throw new IntegrityException($"{where} is damaged or truncated: {sealedBytes.Length} bytes, not a sealed repository object. Run 'backupctl verify' to see what it affects.");
        }
        var plain = Decrypt(sealedBytes, aad, where);
        if (sealedBytes[4] == FlagZstd)
        {
            long size = Zstd.IsAvailable ? Zstd.FrameContentSize(plain) : -1;
            var result = size >= 0 && size <= maxLength ? new byte[size] : null;
            if (result is null || !DecompressZstd(plain, result, where, out int written) || written != size)
            {
                throw new IntegrityException($"{where} is damaged: its compressed content does not decode.");
            }
            return result;
        }
        if ((sealedBytes[4] & FlagBrotli) == 0)
        {
            return plain;
        }
        return Decompress(plain, where, maxLength);
    }

    /// <summary>
    /// Opens a sealed chunk into <paramref name="destination"/> (at least the largest chunk) and returns
    /// the plaintext length; the allocation-free variant of <see cref="Open"/> for the restore path.
    /// </summary>
    public int OpenInto(ReadOnlySpan<byte> sealedBytes, string aad, string where, byte[] destination)
    {
        if (sealedBytes.Length < Overhead || !sealedBytes[..4].SequenceEqual(Magic) || (sealedBytes[4] & ~KnownFlags) != 0 || sealedBytes[4] == KnownFlags)
        {
            throw new IntegrityException($"{where} is damaged or truncated: {sealedBytes.Length} bytes, not a sealed repository object. Run 'backupctl verify' to see what it affects.");
        }
        int length = sealedBytes.Length - Overhead;
        bool compressed = sealedBytes[4] != 0;
        var plain = compressed ? RentScratch(length) : destination;
        try
        {
            if (length > plain.Length)
            {
                throw new IntegrityException($"{where} is damaged: {length} bytes is larger than any chunk.");
            }
            try
            {
                using var gcm = new AesGcm(_key, TagLength);
                gcm.Decrypt(sealedBytes.Slice(5, NonceLength), sealedBytes.Slice(HeaderLength, length),
                    sealedBytes.Slice(HeaderLength + length, TagLength), plain.AsSpan(0, length), Aad(sealedBytes[..5], aad));
            }
            catch (AuthenticationTagMismatchException e)
            {
                throw new IntegrityException($"{where} failed authentication: it was changed, truncated or sealed with another key. Run 'backupctl verify' to see what it affects.", e);
            }
            if (!compressed)
            {
                return length;
            }
            bool decoded = sealedBytes[4] == FlagZstd
                ? DecompressZstd(plain.AsSpan(0, length), destination, where, out int written)
                : BrotliDecoder.TryDecompress(plain.AsSpan(0, length), destination, out written);
            if (!decoded)
            {
                throw new IntegrityException($"{where} is damaged: its compressed content does not decode into a chunk.");
            }
            return written;
        }
        finally
        {
            if (compressed)
            {
                ReturnScratch(plain);
            }
        }
    }

    private static bool DecompressZstd(ReadOnlySpan<byte> compressed, Span<byte> destination, string where, out int written)
    {
        if (!Zstd.IsAvailable)
        {
            throw new RepositoryException($"{where} is compressed with zstd, and this machine has no libzstd. Install it (Debian: apt-get install libzstd1), then run the command again.");
        }
        return Zstd.TryDecompress(compressed, destination, out written);
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

    private bool SampleCompresses(ReadOnlySpan<byte> plaintext)
    {
        var sample = plaintext[..Math.Min(SampleLength, plaintext.Length)];
        var buffer = ArrayPool<byte>.Shared.Rent(sample.Length + 1024);
        try
        {
            bool done = _zstd
                ? Zstd.TryCompress(sample, buffer, Zstd.SampleLevel, out int written)
                : BrotliEncoder.TryCompress(sample, buffer, out written, 0, BrotliWindow);
            return done && written < sample.Length - sample.Length / 20;
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
