using System.Threading.Channels;
using BackupOrchestrator.Repository.Snapshots;
using BackupOrchestrator.Repository.Sources;
using Microsoft.Win32.SafeHandles;

namespace BackupOrchestrator.Repository.Backup;

/// <summary>
/// Walks a path source ahead of the stream producer, on a thread of its own, and reads each small new
/// file whole into a pooled buffer, so the producer (tar headers, chunking, hand-over) never waits on a
/// system call for them. Why: a tree of tens of thousands of small files costs a folder listing, an
/// lstat, an open, a read and a close per file; on the producer's thread that made it the slowest stage
/// of a first backup while the sealers waited for chunks. Files of <see cref="BackupRunner.LargeFileSize"/>
/// and more are left to the producer, which reads them straight into chunk buffers.
/// </summary>
/// <remarks>
/// Items come in walk order. Small files are packed one after another into buffers of
/// <see cref="BufferSize"/> (every small file fits one); when the walker moves on to a new buffer it
/// sends the old one back as a <see cref="Item.Release"/> item, after every item that points into it, so
/// the producer returns it once it is past them. At most <see cref="Buffers"/> buffers are out. The
/// parent's files cache is asked here (the producer then never reads an unchanged file, nor does this).
/// </remarks>
internal sealed class FilePrefetcher
{
    public const int BufferSize = (int)BackupRunner.LargeFileSize;
    public const int Buffers = 8;
    /// <summary>Items go over in batches (a wake-up of the other thread per batch, not per small file): this many items, or fewer when a large file comes or a buffer is given back.</summary>
    private const int BatchItems = 64;
    private const int QueuedBatches = 8;

    private readonly ParentIndex _parent;
    private readonly Func<string, SafeFileHandle> _open;
    private readonly Action<string> _warn;
    private readonly BufferPool _pool = new(BufferSize, Buffers);
    private readonly Channel<List<Item>> _batches = Channel.CreateBounded<List<Item>>(new BoundedChannelOptions(QueuedBatches) { SingleReader = true, SingleWriter = true });
    private List<Item> _batch = new(BatchItems);

    /// <summary>
    /// One walked entry. <see cref="Old"/> and <see cref="Slices"/> are set when the parent has it unchanged;
    /// for a small new file, its bytes are <see cref="Length"/> bytes at <see cref="Offset"/> of
    /// <see cref="Buffer"/> (<see cref="Read"/> of them were read, the rest zeros: it shrank meanwhile), or
    /// <see cref="OpenError"/> says why it could not be opened. An item with <see cref="Release"/> only
    /// gives a buffer back.
    /// </summary>
    internal sealed record Item(WalkItem? Walk, EntryRecord? Entry)
    {
        public EntryRecord? Old { get; init; }
        public List<ChunkRecord>? Slices { get; init; }
        public byte[]? Buffer { get; init; }
        public int Offset { get; init; }
        public int Length { get; init; }
        public long Read { get; init; }
        public Exception? OpenError { get; init; }
        public byte[]? Release { get; init; }
    }

    public FilePrefetcher(ParentIndex parent, Func<string, SafeFileHandle> open, Action<string> warn)
    {
        _parent = parent;
        _open = open;
        _warn = warn;
    }

    /// <summary>The walked items, in batches, in walk order.</summary>
    public ChannelReader<List<Item>> Batches => _batches.Reader;

    /// <summary>Gives back a buffer an item released.</summary>
    public void Return(byte[] buffer) => _pool.Return(buffer);

    /// <summary>Walks <paramref name="root"/> to its end (or the first failure, which the reader of <see cref="Items"/> then sees).</summary>
    public Task RunAsync(string root, CancellationToken cancellationToken) => Task.Run(async () =>
    {
        byte[]? buffer = null;
        int used = 0;
        try
        {
            var walker = new TreeWalker(_warn);
            foreach (var walk in walker.Walk(root))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var entry = ParentIndex.Describe(walk);
                if (_parent.TryReuse(entry, out var old, out var slices))
                {
                    await AddAsync(new Item(walk, entry) { Old = old, Slices = slices }, cancellationToken);
                    continue;
                }
                if (entry.Type != EntryRecord.TypeFile || entry.Size == 0 || entry.Size >= BackupRunner.LargeFileSize)
                {
                    // The producer reads a large file itself: it need not wait for more items to have work.
                    await AddAsync(new Item(walk, entry), cancellationToken, flush: entry.Size >= BackupRunner.LargeFileSize);
                    continue;
                }
                SafeFileHandle handle;
                try
                {
                    handle = _open(walk.FullPath);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    await AddAsync(new Item(walk, entry) { OpenError = e }, cancellationToken);
                    continue;
                }
                int size = (int)entry.Size;
                using (handle)
                {
                    if (buffer is null || BufferSize - used < size)
                    {
                        if (buffer is not null)
                        {
                            await AddAsync(new Item(null, null) { Release = buffer }, cancellationToken, flush: true);
                            buffer = null;
                        }
                        buffer = await _pool.RentAsync(cancellationToken);
                        used = 0;
                    }
                    int read = ReadWhole(handle, buffer.AsSpan(used, size));
                    await AddAsync(new Item(walk, entry) { Buffer = buffer, Offset = used, Length = size, Read = read }, cancellationToken);
                    used += size;
                }
            }
            if (buffer is not null)
            {
                await AddAsync(new Item(null, null) { Release = buffer }, cancellationToken, flush: true);
            }
            else if (_batch.Count > 0)
            {
                await _batches.Writer.WriteAsync(_batch, cancellationToken);
            }
            _batches.Writer.Complete();
        }
        catch (Exception e)
        {
            // The pool is this walk's alone: buffers still out when it stops are left to the collector.
            _batches.Writer.TryComplete(e);
        }
    }, CancellationToken.None);

    private async ValueTask AddAsync(Item item, CancellationToken cancellationToken, bool flush = false)
    {
        _batch.Add(item);
        if (flush || _batch.Count >= BatchItems)
        {
            var full = _batch;
            _batch = new List<Item>(BatchItems);
            await _batches.Writer.WriteAsync(full, cancellationToken);
        }
    }

    /// <summary>Drops what is still queued (after the reader stopped early) and the pooled buffers.</summary>
    public void Drain()
    {
        while (_batches.Reader.TryRead(out _))
        {
        }
        _batch.Clear();
        _pool.Clear();
    }

    /// <summary>Reads until <paramref name="destination"/> is full or the file ends; the rest is zeroed. Returns the bytes read.</summary>
    private static int ReadWhole(SafeFileHandle handle, Span<byte> destination)
    {
        int total = 0;
        while (total < destination.Length)
        {
            int read = RandomAccess.Read(handle, destination[total..], total);
            if (read == 0)
            {
                destination[total..].Clear();
                break;
            }
            total += read;
        }
        return total;
    }
}
