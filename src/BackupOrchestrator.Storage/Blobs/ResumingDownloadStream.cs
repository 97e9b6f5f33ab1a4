using BackupOrchestrator.Storage.Http;

namespace BackupOrchestrator.Storage.Blobs;

/// <summary>
/// The body of a blob GET that survives a broken connection: when reading fails (or ends early), it asks for the
/// remaining range again, with If-Match on the first response's ETag, up to <see cref="MaxResumes"/> times.
/// </summary>
internal sealed class ResumingDownloadStream : Stream
{
    private const int MaxResumes = 5;
    private readonly BlobClient _blob;
    private readonly long _end;
    private readonly string _etag;
    private readonly string? _leaseId;
    private HttpResponseMessage _response;
    private Stream _inner;
    private long _position;
    private int _resumes;

    public ResumingDownloadStream(BlobClient blob, HttpResponseMessage response, Stream inner, long start, long end, string etag, string? leaseId)
    {
        _blob = blob;
        _response = response;
        _inner = inner;
        _position = start;
        _end = end;
        _etag = etag;
        _leaseId = leaseId;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.IsEmpty || _position >= _end)
        {
            return 0;
        }

        while (true)
        {
            Exception? failure;
            try
            {
                var read = await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
                if (read > 0)
                {
                    _position += read;
                    return read;
                }

                failure = new IOException($"the connection closed after {_position} of {_end} bytes");
            }
            catch (Exception ex) when (ex is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
            {
                failure = ex;
            }

            if (++_resumes > MaxResumes)
            {
                throw new StorageRequestException(0, "ConnectionFailed", null,
                    $"Storage GET blob '{_blob.ContainerName}/{_blob.Name}': the download broke {_resumes - 1} times; gave up at byte {_position} of {_end}. Check the connection to the storage endpoint.", failure);
            }

            await ResumeAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

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
            _inner.Dispose();
            _response.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task ResumeAsync(CancellationToken cancellationToken)
    {
        _inner.Dispose();
        _response.Dispose();
        var conditions = new BlobRequestConditions { IfMatch = _etag, LeaseId = _leaseId };
        _response = await _blob.SendRangedGetAsync(new BlobRange(_position, _end - _position), conditions, cancellationToken).ConfigureAwait(false);
        _inner = await _response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
    }
}
