using System.Runtime.InteropServices;

namespace BackupOrchestrator.Repository.Format;

/// <summary>
/// Zstandard single-shot compression through the system's libzstd (Debian: libzstd1, present on
/// every system with systemd or apt). .NET has no zstd of its own; at the same speed zstd level 3
/// compresses libraries and text ~10 % smaller than Brotli quality 1. Without libzstd, chunks are
/// written with Brotli, and reading a zstd chunk fails with a message that says what to install.
/// </summary>
internal static unsafe partial class Zstd
{
    private const string Library = "libzstd.so.1";
    public const int ChunkLevel = 3;
    public const int SampleLevel = 1;

    public static bool IsAvailable { get; } = Probe();

    private static bool Probe()
    {
        if (!NativeLibrary.TryLoad(Library, typeof(Zstd).Assembly, null, out var handle))
        {
            return false;
        }
        NativeLibrary.Free(handle);
        return Environment.GetEnvironmentVariable("BACKUPCTL_NO_ZSTD") != "1";
    }

    /// <summary>Compresses into <paramref name="destination"/>; false when it does not fit (or fails).</summary>
    public static bool TryCompress(ReadOnlySpan<byte> source, Span<byte> destination, int level, out int written)
    {
        fixed (byte* src = source)
        fixed (byte* dst = destination)
        {
            nuint result = Native.Compress(dst, (nuint)destination.Length, src, (nuint)source.Length, level);
            written = Native.IsError(result) != 0 ? 0 : (int)result;
            return Native.IsError(result) == 0;
        }
    }

    /// <summary>Decompresses one frame into <paramref name="destination"/>; false when it is damaged or does not fit.</summary>
    public static bool TryDecompress(ReadOnlySpan<byte> source, Span<byte> destination, out int written)
    {
        fixed (byte* src = source)
        fixed (byte* dst = destination)
        {
            nuint result = Native.Decompress(dst, (nuint)destination.Length, src, (nuint)source.Length);
            written = Native.IsError(result) != 0 ? 0 : (int)result;
            return Native.IsError(result) == 0;
        }
    }

    /// <summary>The plaintext size a frame declares, or -1 when unknown or damaged.</summary>
    public static long FrameContentSize(ReadOnlySpan<byte> source)
    {
        fixed (byte* src = source)
        {
            ulong size = Native.GetFrameContentSize(src, (nuint)source.Length);
            return size >= ulong.MaxValue - 1 ? -1 : (long)size;
        }
    }

    private static partial class Native
    {
        [LibraryImport(Library, EntryPoint = "ZSTD_compress")]
        internal static partial nuint Compress(byte* dst, nuint dstCapacity, byte* src, nuint srcSize, int level);

        [LibraryImport(Library, EntryPoint = "ZSTD_decompress")]
        internal static partial nuint Decompress(byte* dst, nuint dstCapacity, byte* src, nuint srcSize);

        [LibraryImport(Library, EntryPoint = "ZSTD_isError")]
        internal static partial uint IsError(nuint code);

        [LibraryImport(Library, EntryPoint = "ZSTD_getFrameContentSize")]
        internal static partial ulong GetFrameContentSize(byte* src, nuint srcSize);
    }
}
