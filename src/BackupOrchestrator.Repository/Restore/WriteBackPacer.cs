using BackupOrchestrator.Repository.Sources;

namespace BackupOrchestrator.Repository.Restore;

/// <summary>
/// Keeps a restore's small files moving to disk in large batches: after every <paramref name="step"/>
/// bytes of them, one syncfs(2) of the file system runs in the background (never two at once). Why not
/// sync_file_range per small file, as large files get: on a tree of tens of thousands of small files that
/// sends each file's page or two to the disk as an I/O of its own, and ext4 allocates their blocks one
/// file at a time; a syncfs writes back everything dirty at once, in block order. Its errors are left to
/// the restore's final syncfs, which must succeed.
/// </summary>
/// <param name="sync">The sync to run (tests); by default syncfs(2) of the file system under <paramref name="root"/>.</param>
internal sealed class WriteBackPacer(string root, long step, Func<int>? sync = null)
{
    private readonly Func<int> _sync = sync ?? (() => PosixCalls.SyncFileSystem(root));
    private long _pending;
    private int _running;
    private Task _last = Task.CompletedTask;

    public void Wrote(long bytes)
    {
        if (Interlocked.Add(ref _pending, bytes) < step || Interlocked.CompareExchange(ref _running, 1, 0) != 0)
        {
            return;
        }
        Interlocked.Exchange(ref _pending, 0);
        _last = Task.Run(() =>
        {
            try
            {
                _ = _sync();
            }
            finally
            {
                Volatile.Write(ref _running, 0);
            }
        });
    }

    /// <summary>The background sync under way, if any: the final one need not race it.</summary>
    public Task Running => _last;
}
