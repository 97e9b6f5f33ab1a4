namespace BackupOrchestrator.Storage.Bench;

/// <summary>A forward-only, non-seekable stream of <paramref name="length"/> bytes repeating an 8 MiB random pattern.</summary>
internal sealed class PatternStream(long length) : Stream
{
    public static readonly byte[] Pattern = CreatePattern();

    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length && _position < length)
        {
            var at = (int)(_position % Pattern.Length);
            var n = (int)Math.Min(Math.Min(buffer.Length - total, Pattern.Length - at), length - _position);
            Pattern.AsSpan(at, n).CopyTo(buffer[total..]);
            total += n;
            _position += n;
        }

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

    private static byte[] CreatePattern()
    {
        var bytes = new byte[8 * 1024 * 1024];
        new Random(42).NextBytes(bytes);
        return bytes;
    }
}
