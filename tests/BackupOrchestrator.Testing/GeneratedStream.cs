using System.Buffers.Binary;
using System.Security.Cryptography;

namespace BackupOrchestrator.Testing;

/// <summary>
/// A forward-only, non-seekable stream of <c>length</c> deterministic pseudo-random bytes (a 1 MiB random block,
/// each repetition stamped with its index so no two MiB are equal) that hashes what it hands out: large-upload tests
/// need gigabytes of data without holding them in memory, and a SHA-256 to compare the download with.
/// </summary>
public sealed class GeneratedStream : Stream
{
    private const int BlockSize = 1024 * 1024;
    private readonly byte[] _block;
    private readonly long _length;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _position;

    public GeneratedStream(long length, int seed = 1)
    {
        _length = length;
        _block = new byte[BlockSize];
        new Random(seed).NextBytes(_block);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException("GeneratedStream hides its length like a pipe does.");

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    /// <summary>SHA-256 of everything read so far (call once, after the stream was read to its end).</summary>
    public byte[] GetHashOfReadBytes() => _hash.GetHashAndReset();

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length && _position < _length)
        {
            var index = _position / BlockSize;
            BinaryPrimitives.WriteInt64LittleEndian(_block, index);
            var at = (int)(_position % BlockSize);
            var n = (int)Math.Min(Math.Min(buffer.Length - total, BlockSize - at), _length - _position);
            _block.AsSpan(at, n).CopyTo(buffer[total..]);
            total += n;
            _position += n;
        }

        _hash.AppendData(buffer[..total]);
        return total;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }
}
