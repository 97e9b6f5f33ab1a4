using Microsoft.Win32.SafeHandles;
using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace BackupOrchestrator.Repository.Sources;

/// <summary>What lstat(2) says about a path: the fields the tar header, hard links and the files cache need.</summary>
internal readonly partial record struct FileStatus(ulong Device, ulong Inode, uint Mode, ulong LinkCount, uint Uid, uint Gid, long Size, long MtimeNs, long CtimeNs)
{
    private const uint TypeMask = 0xF000;
    public bool IsRegular => (Mode & TypeMask) == 0x8000;
    public bool IsDirectory => (Mode & TypeMask) == 0x4000;
    public bool IsSymlink => (Mode & TypeMask) == 0xA000;
    public uint Permissions => Mode & 0xFFF;

    public string TypeName => (Mode & TypeMask) switch
    {
        0x1000 => "fifo",
        0x2000 => "character device",
        0x6000 => "block device",
        0xC000 => "socket",
        _ => "special file",
    };

    /// <summary>lstat(2); false with errno when the path cannot be examined.</summary>
    public static unsafe bool TryGet(string path, out FileStatus status, out int errno)
    {
        byte* buffer = stackalloc byte[256];
        if (Native.LStat(path, buffer) != 0)
        {
            errno = Marshal.GetLastPInvokeError();
            status = default;
            return false;
        }
        errno = 0;
        var s = new ReadOnlySpan<byte>(buffer, 256);
        status = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => new FileStatus(
                Read64(s, 0), Read64(s, 8), Read32(s, 24), Read64(s, 16), Read32(s, 28), Read32(s, 32),
                (long)Read64(s, 48), Nanos(s, 88), Nanos(s, 104)),
            Architecture.Arm64 => new FileStatus(
                Read64(s, 0), Read64(s, 8), Read32(s, 16), Read32(s, 20), Read32(s, 24), Read32(s, 28),
                (long)Read64(s, 48), Nanos(s, 88), Nanos(s, 104)),
            _ => throw new PlatformNotSupportedException("lstat layout is known for Linux x64 and arm64 only."),
        };
        return true;
    }

    private static ulong Read64(ReadOnlySpan<byte> s, int offset) => BinaryPrimitives.ReadUInt64LittleEndian(s[offset..]);
    private static uint Read32(ReadOnlySpan<byte> s, int offset) => BinaryPrimitives.ReadUInt32LittleEndian(s[offset..]);
    private static long Nanos(ReadOnlySpan<byte> s, int offset) => (long)Read64(s, offset) * 1_000_000_000L + (long)Read64(s, offset + 8);

    private static unsafe partial class Native
    {
        [LibraryImport("libc", EntryPoint = "lstat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int LStat(string path, byte* buffer);
    }
}

/// <summary>The few POSIX calls .NET does not offer: hard links and ownership.</summary>
internal static partial class PosixCalls
{
    /// <summary>EINVAL: among others, what open(2) and read(2)/write(2) answer where O_DIRECT is not taken.</summary>
    public const int InvalidArgument = 22;

    public static bool IsRoot => Native.GetEuid() == 0;

    /// <summary>link(2); errno on failure.</summary>
    public static int Link(string existing, string newPath) =>
        Native.Link(existing, newPath) == 0 ? 0 : Marshal.GetLastPInvokeError();

    /// <summary>lchown(2): owner of the path itself, not of a link's target.</summary>
    public static int LChown(string path, long uid, long gid) =>
        Native.LChown(path, (uint)uid, (uint)gid) == 0 ? 0 : Marshal.GetLastPInvokeError();

    /// <summary>fsync(2) of a folder, so a rename into it survives a crash; errno on failure.</summary>
    public static int FsyncDirectory(string path)
    {
        int fd = Native.Open(path, OpenFlags.ReadOnlyDirectory);
        if (fd < 0)
        {
            return Marshal.GetLastPInvokeError();
        }
        int result = Native.Fsync(fd) == 0 ? 0 : Marshal.GetLastPInvokeError();
        return Native.Close(fd) == 0 ? result : Marshal.GetLastPInvokeError();
    }

    /// <summary>
    /// sync_file_range(2) with SYNC_FILE_RANGE_WRITE: starts writing the file's dirty pages now and
    /// does not wait for them, so a restore's data goes to disk while later files are decrypted
    /// (the final <see cref="SyncFileSystem"/> then has little left to wait for). Errno on failure.
    /// </summary>
    public static int StartWriteBack(SafeHandle file)
    {
        const uint SyncFileRangeWrite = 2;
        bool added = false;
        try
        {
            file.DangerousAddRef(ref added);
            return Native.SyncFileRange((int)file.DangerousGetHandle(), 0, 0, SyncFileRangeWrite) == 0 ? 0 : Marshal.GetLastPInvokeError();
        }
        finally
        {
            if (added)
            {
                file.DangerousRelease();
            }
        }
    }

    /// <summary>
    /// Creates a file that must not exist yet (O_WRONLY | O_CREAT | O_EXCL, mode 0600 until the caller
    /// sets the entry's): one open(2), where FileStream adds fstat and flock calls per file, which a
    /// restore of tens of thousands of small files pays for each.
    /// </summary>
    public static SafeFileHandle CreateNew(string path) =>
        TryCreateNew(path) ?? throw new IOException($"Cannot create {path}: it exists (errno 17).", 17);

    /// <summary>As <see cref="CreateNew"/>, but null when the path exists (EEXIST), so a caller pays a lookup only then.</summary>
    public static SafeFileHandle? TryCreateNew(string path)
    {
        const int Flags = 0x1 | 0x40 | 0x80 | 0x80000; // O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC
        const int Exists = 17;
        int fd = Native.OpenMode(path, Flags, 0x180);
        if (fd < 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            if (errno == Exists)
            {
                return null;
            }
            throw new IOException($"Cannot create {path}: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno}).", errno);
        }
        return new SafeFileHandle(fd, ownsHandle: true);
    }

    /// <summary>
    /// Creates a file that must not exist yet for writes that bypass the page cache (O_WRONLY | O_CREAT | O_EXCL |
    /// O_CLOEXEC | O_DIRECT, mode 0666 less the umask, as FileStream creates files). Null when this file system or
    /// this CPU's Linux ABI does not take O_DIRECT (EINVAL: ramfs, tmpfs before Linux 6.6, some network file systems); other failures throw
    /// an <see cref="IOException"/> whose HResult is the errno.
    /// </summary>
    public static SafeFileHandle? TryCreateForDirectWrite(string path)
    {
        int direct = OpenFlags.Direct;
        if (direct == 0)
        {
            return null;
        }
        const int Flags = 0x1 | 0x40 | 0x80 | 0x80000; // O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC
        int fd = Native.OpenMode(path, Flags | direct, 0x1B6);
        if (fd < 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            if (errno == InvalidArgument)
            {
                // Linux creates the file before it checks O_DIRECT (ramfs): with O_EXCL, a file there now is
                // the one this call made, so it goes.
                File.Delete(path);
                return null;
            }
            throw new IOException($"Cannot create {path}: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno}).", errno);
        }
        return new SafeFileHandle(fd, ownsHandle: true);
    }

    /// <summary>
    /// Opens a file for reads that bypass the page cache (O_RDONLY | O_CLOEXEC | O_DIRECT). Null when the file does not
    /// exist (<paramref name="missing"/> set) or this file system or CPU's Linux ABI does not take O_DIRECT (EINVAL);
    /// other failures throw an <see cref="IOException"/> whose HResult is the errno.
    /// </summary>
    public static SafeFileHandle? TryOpenForDirectRead(string path, out bool missing)
    {
        const int NoEntry = 2;
        missing = false;
        if (OpenFlags.Direct == 0)
        {
            return null;
        }
        int fd = Native.Open(path, 0x80000 | OpenFlags.Direct); // O_RDONLY | O_CLOEXEC | O_DIRECT
        if (fd < 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            missing = errno == NoEntry;
            if (missing || errno == InvalidArgument)
            {
                return null;
            }
            throw new IOException($"Cannot open {path}: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno}).", errno);
        }
        return new SafeFileHandle(fd, ownsHandle: true);
    }

    /// <summary>fsync(2) of an open file: its data, size and blocks on disk. Errno on failure.</summary>
    public static int Fsync(SafeHandle file)
    {
        bool added = false;
        try
        {
            file.DangerousAddRef(ref added);
            return Native.Fsync((int)file.DangerousGetHandle()) == 0 ? 0 : Marshal.GetLastPInvokeError();
        }
        finally
        {
            if (added)
            {
                file.DangerousRelease();
            }
        }
    }

    /// <summary>fchown(2): the owner of an open file, without looking its path up again. Errno on failure.</summary>
    public static int FChown(SafeHandle file, long uid, long gid)
    {
        bool added = false;
        try
        {
            file.DangerousAddRef(ref added);
            return Native.FChown((int)file.DangerousGetHandle(), (uint)uid, (uint)gid) == 0 ? 0 : Marshal.GetLastPInvokeError();
        }
        finally
        {
            if (added)
            {
                file.DangerousRelease();
            }
        }
    }

    /// <summary>syncfs(2) of the file system that holds <paramref name="folder"/>: every file, inode and folder written there reaches the disk. Errno on failure.</summary>
    public static int SyncFileSystem(string folder)
    {
        int fd = Native.Open(folder, OpenFlags.ReadOnlyDirectory);
        if (fd < 0)
        {
            return Marshal.GetLastPInvokeError();
        }
        int result = Native.SyncFs(fd) == 0 ? 0 : Marshal.GetLastPInvokeError();
        return Native.Close(fd) == 0 ? result : Marshal.GetLastPInvokeError();
    }

    /// <summary>
    /// open(2) flags whose values differ by CPU in Linux's ABI: the generic values (x86, RISC-V, LoongArch, s390x)
    /// put O_DIRECT at 040000 and O_DIRECTORY at 0200000; Arm swaps them, and POWER has its own.
    /// </summary>
    private static class OpenFlags
    {
        private static readonly Architecture Cpu = RuntimeInformation.ProcessArchitecture;

        /// <summary>O_RDONLY | O_DIRECTORY.</summary>
        public static readonly int ReadOnlyDirectory = Cpu switch
        {
            Architecture.Arm or Architecture.Arm64 or Architecture.Armv6 or Architecture.Ppc64le => 0x4000,
            _ => 0x10000,
        };

        /// <summary>O_DIRECT, or 0 where this code does not know its value (then nothing is written with it).</summary>
        public static readonly int Direct = Cpu switch
        {
            Architecture.X64 or Architecture.X86 or Architecture.RiscV64 or Architecture.LoongArch64 or Architecture.S390x => 0x4000,
            Architecture.Arm or Architecture.Arm64 or Architecture.Armv6 => 0x10000,
            Architecture.Ppc64le => 0x20000,
            _ => 0,
        };
    }

    private static partial class Native
    {
        [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int Open(string path, int flags);

        [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int OpenMode(string path, int flags, uint mode);

        [LibraryImport("libc", EntryPoint = "sync_file_range", SetLastError = true)]
        internal static partial int SyncFileRange(int fd, long offset, long count, uint flags);

        [LibraryImport("libc", EntryPoint = "syncfs", SetLastError = true)]
        internal static partial int SyncFs(int fd);

        [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
        internal static partial int Fsync(int fd);

        [LibraryImport("libc", EntryPoint = "close")]
        internal static partial int Close(int fd);

        [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int Link(string existing, string newPath);

        [LibraryImport("libc", EntryPoint = "lchown", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int LChown(string path, uint uid, uint gid);

        [LibraryImport("libc", EntryPoint = "fchown", SetLastError = true)]
        internal static partial int FChown(int fd, uint uid, uint gid);

        [LibraryImport("libc", EntryPoint = "geteuid")]
        internal static partial uint GetEuid();
    }
}
