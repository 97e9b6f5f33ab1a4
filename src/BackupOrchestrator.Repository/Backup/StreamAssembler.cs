using System.Threading.Channels;
using BackupOrchestrator.Repository.Chunking;
using BackupOrchestrator.Repository.Snapshots;

namespace BackupOrchestrator.Repository.Backup;

/// <summary>
/// The producer side of the pipeline. It builds the snapshot's stream as a list of pieces
/// (docs/repository-format.md, "Chunks and pieces"): new bytes go through content-defined chunking
/// into new chunks; bytes of unchanged entries are pieces of the parent's chunks and are not read.
/// It tells the hasher where each new entry's bytes end, along with the chunk those bytes end in. Callers read file data straight into
/// <see cref="GetMemory"/>, so bytes are copied once, and only a chunk's tail is moved when a cut
/// falls inside a read.
/// </summary>
internal sealed class StreamAssembler(FastCdcChunker chunker, BufferPool pool, ChannelWriter<PipelineItem> output, StageClock clock, CancellationToken cancellationToken)
{
    private readonly List<Piece> _pieces = [];
    /// <summary>New bytes so far (the stream without the reused pieces).</summary>
    private long _fresh;
    private byte[] _buffer = pool.Rent();
    private int _filled;
    /// <summary>Where, in the chunk being filled, the current run of new bytes began.</summary>
    private int _pieceStart;
    private int _nextChunk;
    /// <summary>New entries ended since the last chunk went out; they go with the next one.</summary>
    private List<EntryEnd> _ends = [];

    /// <summary>Bytes of the stream so far.</summary>
    public long Offset { get; private set; }

    /// <summary>A piece of the stream: part of new chunk number <c>Fresh</c>, or of the stored chunk <c>Id</c>.</summary>
    internal readonly record struct Piece(int Fresh, string? Id, int Skip, int Length);

    public IReadOnlyList<Piece> Pieces => _pieces;

    /// <summary>Room for up to <paramref name="maxLength"/> bytes at the end of the current chunk.</summary>
    public Memory<byte> GetMemory(int maxLength) => _buffer.AsMemory(_filled, Math.Min(maxLength, _buffer.Length - _filled));

    /// <summary>Takes <paramref name="count"/> bytes written into <see cref="GetMemory"/>.</summary>
    public async ValueTask AdvanceAsync(int count)
    {
        Offset += count;
        _fresh += count;
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
            var next = await RentAsync();
            int rest = _filled - end;
            _buffer.AsSpan(end, rest).CopyTo(next);
            await EmitAsync(end);
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

    /// <summary>Forces a chunk boundary here: the current chunk ends and chunking restarts.</summary>
    public async ValueTask CutAsync()
    {
        if (_filled > 0)
        {
            int length = _filled;
            var next = await RentAsync();
            await EmitAsync(length);
            _buffer = next;
            _filled = 0;
        }
        chunker.Reset();
    }

    /// <summary>
    /// The new entry whose bytes were written since the previous one ends here; the hasher fills in
    /// its hash (off this thread, so reading files and hashing overlap).
    /// </summary>
    public void EndEntry(EntryRecord entry) => _ends.Add(new EntryEnd(entry, _fresh));

    /// <summary>Sends the entry ends that no chunk took (after the last <see cref="CutAsync"/>).</summary>
    public async ValueTask CompleteAsync()
    {
        if (_ends.Count > 0)
        {
            await output.WriteAsync(new TrailingEnds(_ends), cancellationToken);
            _ends = [];
        }
    }

    /// <summary>Appends bytes stored in existing chunks (an unchanged entry of the parent) without reading them.</summary>
    public void Reuse(IReadOnlyList<ChunkRecord> slices)
    {
        ClosePiece(_filled);
        foreach (var slice in slices)
        {
            Add(new Piece(-1, slice.Id, slice.Skip, slice.Length));
            Offset += slice.Length;
        }
    }

    public void ReleaseBuffer() => pool.Return(_buffer);

    private void ClosePiece(int end)
    {
        if (end > _pieceStart)
        {
            Add(new Piece(_nextChunk, null, _pieceStart, end - _pieceStart));
        }
        _pieceStart = end;
    }

    /// <summary>Appends a piece, merged with the one before when it continues it in the same chunk.</summary>
    private void Add(Piece piece)
    {
        if (_pieces.Count > 0)
        {
            var last = _pieces[^1];
            if (last.Fresh == piece.Fresh && last.Id == piece.Id && last.Skip + last.Length == piece.Skip)
            {
                _pieces[^1] = last with { Length = last.Length + piece.Length };
                return;
            }
        }
        _pieces.Add(piece);
    }

    private async ValueTask EmitAsync(int length)
    {
        ClosePiece(length);
        _pieceStart = 0;
        IReadOnlyList<EntryEnd> ends = [];
        if (_ends.Count > 0)
        {
            ends = _ends;
            _ends = [];
        }
        long since = StageClock.Now();
        await output.WriteAsync(new DataChunk(_buffer, length, _nextChunk++, ends), cancellationToken);
        clock.Blocked(StageClock.Stage.Read, since);
        clock.Item(StageClock.Stage.Read);
    }

    /// <summary>The next chunk buffer; waiting for one means the stages after this one are behind.</summary>
    private async ValueTask<byte[]> RentAsync()
    {
        long since = StageClock.Now();
        var buffer = await pool.RentAsync(cancellationToken);
        clock.Blocked(StageClock.Stage.Read, since);
        return buffer;
    }
}
