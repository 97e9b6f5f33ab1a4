using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace BackupOrchestrator.Repository.Sources;

/// <summary>
/// Opens a source file for reading with one open(2). File.OpenHandle adds fstat, flock (lock and
/// unlock) and fadvise to every open, four more system calls per file that a backup of many small
/// files pays tens of thousands of times; the walker has already checked the path is a regular file.
/// </summary>
internal static partial class SourceFile
{
    private const int ReadOnly = 0;
    private const int NonBlocking = 0x800; // O_NONBLOCK: a file swapped for a FIFO after the walk does not hang the backup
    private const int CloseOnExec = 0x80000; // O_CLOEXEC: command sources never inherit it
    private const int PermissionDenied = 13; // EACCES
    private const int NotPermitted = 1; // EPERM

    /// <summary>Opens <paramref name="path"/> read-only; throws <see cref="UnauthorizedAccessException"/> or <see cref="IOException"/> saying why not.</summary>
    public static SafeFileHandle OpenRead(string path)
    {
        int fd = Native.Open(path, ReadOnly | NonBlocking | CloseOnExec);
        if (fd < 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            var message = $"{Marshal.GetPInvokeErrorMessage(errno)} (errno {errno})";
            throw errno is PermissionDenied or NotPermitted ? new UnauthorizedAccessException(message) : new IOException(message);
        }
        return new SafeFileHandle(fd, ownsHandle: true);
    }

    private static partial class Native
    {
        [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int Open(string path, int flags);
    }
}
