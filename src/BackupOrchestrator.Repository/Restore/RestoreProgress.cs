namespace BackupOrchestrator.Repository.Restore;

/// <summary>
/// How far a restore is: files written and bytes of the snapshot's stream read, each of its total. Files count
/// what the restore writes (files, links, the parts of a command's output); bytes are the stream's (headers and
/// padding included), so both reach their total exactly when a restore ends cleanly.
/// </summary>
public readonly record struct RestoreProgress(long FilesDone, long FilesTotal, long BytesDone, long BytesTotal);

/// <summary>
/// The stream a restore extracts from, counting what is read and reporting it at most every
/// <paramref name="interval"/> (a tar of small files is read in 512-byte headers; a report per read would cost more
/// than the restore). The file count is the result's, read on the extractor's own thread as it asks for bytes.
/// </summary>
internal sealed class ProgressStream(Stream inner, RestoreResult result, long filesTotal, long bytesTotal, IProgress<RestoreProgress> progress, TimeSpan interval) : Stream
{
    private long _read;
    private long _lastReport = System.Diagnostics.Stopwatch.GetTimestamp();

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => inner.Length;
    public override long Position { get => _read; set => throw new NotSupportedException(); }

    /// <summary>The last report: everything written, the whole stream read.</summary>
    public void ReportDone() => progress.Report(new RestoreProgress(result.Files, filesTotal, bytesTotal, bytesTotal));

    public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Counted(inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Counted(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Counted(int read)
    {
        _read += read;
        if (System.Diagnostics.Stopwatch.GetElapsedTime(_lastReport) >= interval)
        {
            _lastReport = System.Diagnostics.Stopwatch.GetTimestamp();
            progress.Report(new RestoreProgress(result.Files, filesTotal, Math.Min(_read, bytesTotal), bytesTotal));
        }

        return read;
    }
}
