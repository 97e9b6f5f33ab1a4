using BackupOrchestrator.Repository.Snapshots;

namespace BackupOrchestrator.Repository.Restore;

/// <summary>
/// A tar stream made of some byte ranges of a snapshot (whole entries: header, data, padding)
/// followed by the end marker. Only the chunks that cover the ranges are fetched. Each entry's bytes
/// are checked against its recorded hash before its last byte is handed out, so a file whose
/// bytes do not match fails the restore instead of being written whole.
/// </summary>
internal sealed class RangeStream : Stream
{
    private readonly List<(long Start, long End)> _ranges;
    private readonly IAsyncEnumerator<ChunkFetcher.Fetched> _chunks;
    private ChunkFetcher.Fetched? _chunk;
    private readonly ChunkFetcher _fetcher;
    private int _range;
    private long _position;
    private int _trailer = 1024;
    private readonly EntryHashChecker _checker;

    public RangeStream(BackupRepository repository, SnapshotManifest snapshot, List<(long Start, long End)> ranges, List<EntryRecord> entries, CancellationToken cancellationToken)
    {
        _ranges = ranges;
        _checker = new EntryHashChecker(snapshot, entries, withEndMarker: false);
        var fetcher = _fetcher = new ChunkFetcher(repository, snapshot, repository.Target.ReadsInFlight);
        var offsets = fetcher.Offsets;
        var needed = new SortedSet<int>();
        foreach (var (start, end) in ranges)
        {
            int first = Array.BinarySearch(offsets, start);
            first = first >= 0 ? first : ~first - 1;
            for (int i = Math.Max(0, first); i < snapshot.Chunks.Count && offsets[i] < end; i++)
            {
                needed.Add(i);
            }
        }
        ChunksFetched = needed.Count;
        _chunks = fetcher.FetchAsync(needed, cancellationToken).GetAsyncEnumerator(cancellationToken);
        _position = ranges.Count > 0 ? ranges[0].Start : 0;
    }

    public int ChunksFetched { get; }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }
        if (_range >= _ranges.Count)
        {
            int zeros = Math.Min(_trailer, buffer.Length);
            buffer.Span[..zeros].Clear();
            _trailer -= zeros;
            return zeros;
        }
        while (_chunk is null || _position >= _chunk.Offset + _chunk.Length)
        {
            if (_chunk is not null)
            {
                _fetcher.Release(_chunk);
                _chunk = null;
            }
            if (!await _chunks.MoveNextAsync())
            {
                throw new IntegrityException("A partial restore ran out of chunks before its last entry; the manifest is damaged.");
            }
            _chunk = _chunks.Current;
        }
        long rangeEnd = _ranges[_range].End;
        int inChunk = (int)(_position - _chunk.Offset);
        int n = (int)Math.Min(Math.Min(buffer.Length, _chunk.Length - inChunk), rangeEnd - _position);
        var bytes = _chunk.Data.Slice(inChunk, n);
        _checker.Feed(_position, bytes);
        bytes.CopyTo(buffer.Span);
        _position += n;
        if (_position == rangeEnd && ++_range < _ranges.Count)
        {
            _position = _ranges[_range].Start;
        }
        return n;
    }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _chunks.DisposeAsync().AsTask().GetAwaiter().GetResult();
            if (_chunk is not null)
            {
                _fetcher.Release(_chunk);
            }
            _checker.Dispose();
        }
        base.Dispose(disposing);
    }
}
