using System.Threading.Channels;
using BackupOrchestrator.Repository.Chunking;
using BackupOrchestrator.Repository.Snapshots;

namespace BackupOrchestrator.Repository.Backup;

/// <summary>
/// The producer side of the pipeline: takes the tar stream's bytes in order, cuts them into chunks
/// (content-defined inside a segment, forced at segment ends) and hands chunks on. Callers read file
/// data straight into <see cref="GetMemory"/>, so bytes are copied once, and only a chunk's tail
/// is moved when a cut falls inside a read.
/// </summary>
internal sealed class StreamAssembler(FastCdcChunker chunker, BufferPool pool, ChannelWriter<PipelineItem> output, CancellationToken cancellationToken)
{
    private byte[] _buffer = pool.Rent();
    private int _filled;
    private int _nextChunk;
    private long _segmentStart;
    private int _segmentFirstChunk;

    /// <summary>Bytes of the stream so far.</summary>
    public long Offset { get; private set; }

    /// <summary>Room for up to <paramref name="maxLength"/> bytes at the end of the current chunk.</summary>
    public Memory<byte> GetMemory(int maxLength) => _buffer.AsMemory(_filled, Math.Min(maxLength, _buffer.Length - _filled));

    /// <summary>Takes <paramref name="count"/> bytes written into <see cref="GetMemory"/>.</summary>
    public async ValueTask AdvanceAsync(int count)
    {
        Offset += count;
        int scanFrom = _filled;
        _filled += count;
        while (scanFrom < _filled)
        {
            int cut = chunker.FindCut(_buffer.AsSpan(scanFrom, _filled - scanFrom));
            if (cut < 0)
            {
                return;
            }
            int end = scanFrom + cut;
            var next = pool.Rent();
            int rest = _filled - end;
            _buffer.AsSpan(end, rest).CopyTo(next);
            await EmitAsync(_buffer, end);
            _buffer = next;
            _filled = rest;
            scanFrom = 0;
        }
    }

    public async ValueTask WriteAsync(ReadOnlyMemory<byte> data)
    {
        while (!data.IsEmpty)
        {
            var memory = GetMemory(Math.Min(data.Length, 256 * 1024));
            data.Span[..memory.Length].CopyTo(memory.Span);
            data = data[memory.Length..];
            await AdvanceAsync(memory.Length);
        }
    }

    /// <summary>Forces a boundary: the current chunk ends, the segment ends, chunking restarts.</summary>
    public async ValueTask EndSegmentAsync(string kind, int firstEntry, int entryCount)
    {
        if (_filled > 0)
        {
            var next = pool.Rent();
            await EmitAsync(_buffer, _filled);
            _buffer = next;
            _filled = 0;
        }
        chunker.Reset();
        if (Offset > _segmentStart || kind == SegmentRecord.KindEnd)
        {
            await output.WriteAsync(new SegmentEnd(_segmentStart, Offset - _segmentStart, _segmentFirstChunk, _nextChunk - _segmentFirstChunk, firstEntry, entryCount, kind), cancellationToken);
        }
        _segmentStart = Offset;
        _segmentFirstChunk = _nextChunk;
    }

    /// <summary>Appends a parent segment without its bytes. Call only at a segment boundary.</summary>
    public async ValueTask ReuseSegmentAsync(SegmentRecord parent, IReadOnlyList<ChunkRecord> chunks, int firstEntry, int entryCount)
    {
        if (_filled != 0 || Offset != _segmentStart)
        {
            throw new InvalidOperationException("A parent segment can only be reused at a segment boundary.");
        }
        await output.WriteAsync(new ReusedSegment(Offset, parent, chunks, _nextChunk, firstEntry, entryCount), cancellationToken);
        _nextChunk += chunks.Count;
        Offset += parent.Length;
        _segmentStart = Offset;
        _segmentFirstChunk = _nextChunk;
    }

    public void ReleaseBuffer() => pool.Return(_buffer);

    private ValueTask EmitAsync(byte[] buffer, int length) =>
        output.WriteAsync(new DataChunk(buffer, length, _nextChunk++), cancellationToken);
}
