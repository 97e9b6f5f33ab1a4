using System.Threading.Channels;
using BackupOrchestrator.Repository.Snapshots;

namespace BackupOrchestrator.Repository.Restore;

/// <summary>
/// A snapshot's whole tar stream, read in order from its chunks, with every entry's hash, the end
/// marker and the stream hash checked as the bytes pass. The check of the end happens when the end is
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
    private readonly EntryHashChecker _checker;
    private int _currentPosition;
    private long _position;
    private long _delivered;

    public VerifyingStream(BackupRepository repository, SnapshotManifest snapshot, CancellationToken cancellationToken)
    {
        _snapshot = snapshot;
        _checker = new EntryHashChecker(snapshot, snapshot.Entries, withEndMarker: true);
        _cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var fetcher = _fetcher = new ChunkFetcher(repository, snapshot, repository.Target.ReadsInFlight);
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
        _held.Data.Slice(_currentPosition, n).CopyTo(buffer.Span);
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
        _checker.Feed(_position, bytes);
        _position += bytes.Length;
    }

    private void Finish()
    {
        if (_position != _snapshot.StreamLength || _checker.Checked != _snapshot.Entries.Count + 1 || StreamHash.Compute(_snapshot.Entries, _snapshot.StreamLength, _snapshot.EntryHash) != _snapshot.StreamHash)
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
            _checker.Dispose();
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
