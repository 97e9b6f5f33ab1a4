using System.Security.Cryptography;
using System.Threading.Channels;
using BackupOrchestrator.Repository.Snapshots;

namespace BackupOrchestrator.Repository.Restore;

/// <summary>
/// A snapshot's whole tar stream, read in order from its chunks, with every segment's SHA-256 and
/// the stream hash checked as the bytes pass. The check of the last segment happens when the end is
/// read; <see cref="CompleteAsync"/> throws if the stream was not read to its end or did not match.
/// </summary>
internal sealed class VerifyingStream : Stream
{
    private readonly SnapshotManifest _snapshot;
    private readonly Channel<ChunkFetcher.Fetched> _verified = Channel.CreateBounded<ChunkFetcher.Fetched>(2);
    private readonly ChunkFetcher _fetcher;
    private ChunkFetcher.Fetched? _held;
    private readonly CancellationTokenSource _cancel;
    private readonly Task _hashing;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly List<SegmentRecord> _seen = [];
    private int _currentPosition;
    private long _position;
    private long _delivered;
    private int _segment;

    public VerifyingStream(BackupRepository repository, SnapshotManifest snapshot, CancellationToken cancellationToken)
    {
        _snapshot = snapshot;
        _cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var fetcher = _fetcher = new ChunkFetcher(repository, snapshot);
        // Hashing runs one stage ahead of the reader, so checking and writing files overlap.
        _hashing = Task.Run(async () =>
        {
            try
            {
                await foreach (var chunk in fetcher.FetchAsync(Enumerable.Range(0, snapshot.Chunks.Count), _cancel.Token))
                {
                    try
                    {
                        Hash(chunk.Data);
                        await _verified.Writer.WriteAsync(chunk, _cancel.Token);
                    }
                    catch
                    {
                        fetcher.Release(chunk);
                        throw;
                    }
                }
                Finish();
                _verified.Writer.Complete();
            }
            catch (Exception e)
            {
                _verified.Writer.TryComplete(e);
            }
        }, CancellationToken.None);
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => _snapshot.StreamLength;
    public override long Position { get => _delivered; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }
        while (_held is null || _currentPosition == _held.Length)
        {
            if (_held is not null)
            {
                _fetcher.Release(_held);
                _held = null;
            }
            if (!await _verified.Reader.WaitToReadAsync(cancellationToken))
            {
                return 0;
            }
            if (_verified.Reader.TryRead(out var next))
            {
                _held = next;
                _currentPosition = 0;
            }
        }
        int n = Math.Min(buffer.Length, _held.Length - _currentPosition);
        _held.Buffer.AsSpan(_currentPosition, n).CopyTo(buffer.Span);
        _currentPosition += n;
        _delivered += n;
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <summary>Reads whatever is left (tar readers stop at the end marker), so the whole stream is checked; throws if it did not match.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        var sink = new byte[256 * 1024];
        while (await ReadAsync(sink, cancellationToken) > 0)
        {
        }
    }

    private void Hash(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            if (_segment >= _snapshot.Segments.Count)
            {
                throw new IntegrityException($"Snapshot {_snapshot.ShortId}: the stream runs past its last segment at byte {_position}; the manifest is damaged.");
            }
            var segment = _snapshot.Segments[_segment];
            long left = segment.Offset + segment.Length - _position;
            int n = (int)Math.Min(left, bytes.Length);
            _hash.AppendData(bytes[..n]);
            _position += n;
            bytes = bytes[n..];
            if (_position == segment.Offset + segment.Length)
            {
                var actual = Convert.ToHexStringLower(_hash.GetHashAndReset());
                if (actual != segment.Sha256)
                {
                    throw new IntegrityException($"Snapshot {_snapshot.ShortId} ({_snapshot.Service}): the bytes {segment.Offset}..{segment.Offset + segment.Length} of its tar stream do not match their recorded SHA-256. Run 'backupctl verify'.");
                }
                _seen.Add(segment with { Sha256 = actual });
                _segment++;
            }
        }
    }

    private void Finish()
    {
        if (_segment < _snapshot.Segments.Count && _snapshot.Segments[_segment].Length == 0)
        {
            _segment++;
        }
        if (_position != _snapshot.StreamLength || _segment != _snapshot.Segments.Count || StreamHash.Compute(_seen) != _snapshot.StreamHash)
        {
            throw new IntegrityException($"Snapshot {_snapshot.ShortId} ({_snapshot.Service}): stream hash mismatch ({_position} of {_snapshot.StreamLength} bytes read); the snapshot is damaged.");
        }
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _cancel.Cancel();
            try
            {
                _hashing.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
            }
            _cancel.Dispose();
            _hash.Dispose();
            while (_verified.Reader.TryRead(out var left))
            {
                _fetcher.Release(left);
            }
            if (_held is not null)
            {
                _fetcher.Release(_held);
            }
        }
        base.Dispose(disposing);
    }
}
