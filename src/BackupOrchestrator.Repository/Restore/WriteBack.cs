using System.Threading.Channels;
using BackupOrchestrator.Repository.Sources;
using Microsoft.Win32.SafeHandles;

namespace BackupOrchestrator.Repository.Restore;

/// <summary>
/// Starts the write-back of each restored file (sync_file_range, SYNC_FILE_RANGE_WRITE) and closes it,
/// on a thread of its own: the call may wait while the device's queue is full, and the extraction
/// should go on decrypting meanwhile. Files handed over are owned here; a bounded queue keeps the open
/// descriptors few. Dispose waits until every file was handed to the disk and closed.
/// </summary>
internal sealed class WriteBack : IAsyncDisposable
{
    private const int Queued = 256;
    private readonly Channel<SafeFileHandle> _files = Channel.CreateBounded<SafeFileHandle>(new BoundedChannelOptions(Queued) { SingleReader = true, SingleWriter = true });
    private readonly Task _worker;

    public WriteBack()
    {
        _worker = Task.Run(async () =>
        {
            await foreach (var file in _files.Reader.ReadAllAsync())
            {
                using (file)
                {
                    // Advice only: where it fails (an exotic file system), the final syncfs still makes the file durable.
                    _ = PosixCalls.StartWriteBack(file);
                }
            }
        });
    }

    /// <summary>Takes <paramref name="file"/> (written whole): its write-back starts soon, then it is closed.</summary>
    public ValueTask HandOverAsync(SafeFileHandle file, CancellationToken cancellationToken) => _files.Writer.WriteAsync(file, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        _files.Writer.TryComplete();
        await _worker;
    }
}
