using System.Threading.Channels;
using BackupOrchestrator.Repository.Backup;
using BackupOrchestrator.Repository.Sources;
using Microsoft.Win32.SafeHandles;

namespace BackupOrchestrator.Repository.Restore;

/// <summary>
/// Writes restored files on worker threads, so the extraction (reading the tar stream, checking names,
/// making folders) goes on while files are created and written. Why: a tree of tens of thousands of
/// small files costs the kernel an inode, a page-cache copy, three metadata calls, a write-back start and
/// a close per file, about as much CPU as decrypting and decompressing them; on one thread that made the
/// restore's time their sum.
/// </summary>
/// <remarks>
/// Files travel in batches: the data of several files, one after the other, in one pooled buffer of
/// <see cref="BufferSize"/>, so the hand-over to a worker (a wake-up, a context switch) is paid per
/// batch, not per small file. A batch goes to the next worker in turn, unless it continues a file of the
/// batch before: then it goes where that file is being written, so each file is written by one worker,
/// in order. A worker creates each file, writes it (runs of zeros left as holes), sets owner, mode and
/// time, starts its write-back (sync_file_range; a small file is counted by the <see cref="WriteBackPacer"/>
/// instead) and closes it. Files are independent of one another;
/// the caller makes folders before their files come. At most a bounded number of buffers (and so of
/// bytes) is out at once. The first failure of a worker is thrown by the next call and by
/// <see cref="CompleteAsync"/>; <see cref="DisposeAsync"/> waits for every worker.
/// </remarks>
internal sealed class FileWriters : IAsyncDisposable
{
    public const int BufferSize = 512 * 1024;
    /// <summary>A batch is handed over once a file ends with this much data or this many files in it.</summary>
    private const int BatchBytes = 128 * 1024;
    private const int BatchFiles = 32;
    private const int HoleBlock = 64 * 1024;
    private const int QueuedPerWorker = 16;

    private readonly BufferPool _buffers;
    private readonly Channel<Batch>[] _queues;
    private readonly Task[] _running;
    private readonly bool _chown = PosixCalls.IsRoot;
    private readonly WriteBackPacer _pacer;
    /// <summary>Files smaller than this leave their write-back to the <see cref="WriteBackPacer"/>.</summary>
    private const long SmallFile = 1024 * 1024;
    private Exception? _failure;
    private Batch? _open;
    private int _next;

    private sealed class FileJob(string path, UnixFileMode mode, DateTime modifiedUtc, int uid, int gid)
    {
        public string Path => path;
        public UnixFileMode Mode => mode;
        public DateTime ModifiedUtc => modifiedUtc;
        public int Uid => uid;
        public int Gid => gid;
        public SafeFileHandle? Handle { get; set; }
        public long Length { get; set; }
        public bool EndsInHole { get; set; }
    }

    private readonly record struct Piece(FileJob Job, int Offset, int Length, bool Last);

    private sealed class Batch(byte[] buffer, int worker)
    {
        public byte[] Buffer => buffer;
        public int Worker => worker;
        public int Used { get; set; }
        public List<Piece> Pieces { get; } = [];
        public TaskCompletionSource? Done { get; init; }
    }

    /// <param name="workers">Threads writing files (at least 1).</param>
    /// <param name="buffers">Buffers of <see cref="BufferSize"/> out at once (the memory bound).</param>
    /// <param name="pacer">Where small files' bytes are counted instead of starting their write-back one by one.</param>
    public FileWriters(int workers, int buffers, WriteBackPacer pacer)
    {
        _pacer = pacer;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workers);
        _buffers = new BufferPool(BufferSize, Math.Max(buffers, workers + 1));
        _queues = [.. Enumerable.Range(0, workers).Select(_ => Channel.CreateBounded<Batch>(new BoundedChannelOptions(QueuedPerWorker) { SingleReader = true, SingleWriter = true }))];
        _running = [.. _queues.Select(q => Task.Run(() => RunAsync(q.Reader)))];
    }

    /// <summary>Writes a file of <paramref name="size"/> bytes read from <paramref name="data"/> (soon, on a worker).</summary>
    public async Task AddFileAsync(string path, UnixFileMode mode, DateTime modifiedUtc, int uid, int gid, Stream? data, long size, CancellationToken cancellationToken)
    {
        ThrowIfFailed();
        var job = new FileJob(path, mode, modifiedUtc, uid, gid);
        var batch = _open ?? await StartAsync(NextWorker(), cancellationToken);
        _open = batch;
        long remaining = data is null ? 0 : size;
        while (true)
        {
            int room = batch.Buffer.Length - batch.Used;
            if (room == 0)
            {
                // The file goes on in the next batch, written by the same worker.
                await HandOverAsync(batch, cancellationToken);
                batch = _open = await StartAsync(batch.Worker, cancellationToken);
                continue;
            }
            int n = (int)Math.Min(room, remaining);
            if (n > 0)
            {
                await data!.ReadExactlyAsync(batch.Buffer.AsMemory(batch.Used, n), cancellationToken);
            }
            remaining -= n;
            batch.Pieces.Add(new Piece(job, batch.Used, n, remaining == 0));
            batch.Used += n;
            if (remaining == 0)
            {
                break;
            }
        }
        if (batch.Used >= BatchBytes || batch.Pieces.Count >= BatchFiles)
        {
            _open = null;
            await HandOverAsync(batch, cancellationToken);
        }
    }

    /// <summary>Waits until every file handed over so far is written and closed (before a hard link to one of them).</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        if (_open is { } open)
        {
            _open = null;
            await HandOverAsync(open, cancellationToken);
        }
        var barriers = new List<Task>(_queues.Length);
        for (int i = 0; i < _queues.Length; i++)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await _queues[i].Writer.WriteAsync(new Batch([], i) { Done = done }, cancellationToken);
            barriers.Add(done.Task);
        }
        await Task.WhenAll(barriers).WaitAsync(cancellationToken);
        ThrowIfFailed();
    }

    /// <summary>Waits until every file is written and closed; throws the first failure of a worker.</summary>
    public Task CompleteAsync(CancellationToken cancellationToken) => DrainAsync(cancellationToken);

    /// <summary>Stops the workers once they have done what is queued (after a failure too); throws nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_open is { } open)
        {
            _open = null;
            _buffers.Return(open.Buffer);
        }
        foreach (var queue in _queues)
        {
            queue.Writer.TryComplete();
        }
        await Task.WhenAll(_running);
        _buffers.Clear();
    }

    private int NextWorker()
    {
        int worker = _next;
        _next = (_next + 1) % _queues.Length;
        return worker;
    }

    private async ValueTask<Batch> StartAsync(int worker, CancellationToken cancellationToken) =>
        new(await _buffers.RentAsync(cancellationToken), worker);

    private async ValueTask HandOverAsync(Batch batch, CancellationToken cancellationToken)
    {
        try
        {
            ThrowIfFailed();
            await _queues[batch.Worker].Writer.WriteAsync(batch, cancellationToken);
        }
        catch
        {
            _buffers.Return(batch.Buffer);
            throw;
        }
    }

    private void ThrowIfFailed()
    {
        if (Volatile.Read(ref _failure) is { } failure)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
    }

    private async Task RunAsync(ChannelReader<Batch> queue)
    {
        await foreach (var batch in queue.ReadAllAsync())
        {
            if (batch.Done is not null)
            {
                batch.Done.TrySetResult();
                continue;
            }
            foreach (var piece in batch.Pieces)
            {
                try
                {
                    if (Volatile.Read(ref _failure) is null)
                    {
                        Write(batch.Buffer, piece);
                    }
                    else
                    {
                        piece.Job.Handle?.Dispose();
                    }
                }
                catch (Exception e)
                {
                    Interlocked.CompareExchange(ref _failure, e, null);
                    piece.Job.Handle?.Dispose();
                }
            }
            _buffers.Return(batch.Buffer);
        }
    }

    private void Write(byte[] buffer, Piece piece)
    {
        var job = piece.Job;
        job.Handle ??= Create(job.Path);
        for (int start = 0; start < piece.Length; start += HoleBlock)
        {
            var block = buffer.AsSpan(piece.Offset + start, Math.Min(HoleBlock, piece.Length - start));
            job.EndsInHole = block.Length == HoleBlock && !block.ContainsAnyExcept((byte)0);
            if (!job.EndsInHole)
            {
                RandomAccess.Write(job.Handle, block, job.Length);
            }
            job.Length += block.Length;
        }
        if (!piece.Last)
        {
            return;
        }
        using var file = job.Handle;
        job.Handle = null;
        if (job.EndsInHole)
        {
            RandomAccess.SetLength(file, job.Length);
        }
        // Owner, mode and time through the open file (fchown, fchmod, futimens): three path lookups fewer
        // per file. Owner first: a chown clears the set-user-ID bits the mode may carry.
        if (_chown)
        {
            PosixCalls.FChown(file, job.Uid, job.Gid);
        }
        File.SetUnixFileMode(file, job.Mode);
        File.SetLastWriteTimeUtc(file, job.ModifiedUtc);
        if (job.Length < SmallFile)
        {
            _pacer.Wrote(job.Length);
            return;
        }
        // Advice only: where it fails (an exotic file system), the restore's final syncfs still makes the file durable.
        _ = PosixCalls.StartWriteBack(file);
    }

    private static SafeFileHandle Create(string path)
    {
        // Into a fresh folder the create succeeds at once: the lookup and delete are paid only for a name that exists.
        var file = PosixCalls.TryCreateNew(path);
        if (file is not null)
        {
            return file;
        }
        if (FileStatus.TryGet(path, out var status, out _))
        {
            if (status.IsDirectory)
            {
                throw new RepositoryException($"Cannot restore the file {path}: a folder of that name exists.");
            }
            File.Delete(path);
        }
        return PosixCalls.CreateNew(path);
    }
}
