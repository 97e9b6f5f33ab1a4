using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace BackupOrchestrator.Repository.Format;

/// <summary>
/// Zstandard single-shot compression through the system's libzstd (Debian: libzstd1, present on
/// every system with systemd or apt). .NET has no zstd of its own; at the same speed zstd
/// compresses libraries and text ~10 % smaller than Brotli quality 1. Chunks use level 2: on the
/// benchmark's libraries and text it writes 5 % more than level 3 (476 against 452 MB) for a
/// quarter less CPU (7.5 against 10 s), and the repository stays as small as restic's. Its tables
/// are made smaller than level 2's own (<see cref="ChunkHashLog"/>, <see cref="ChunkChainLog"/>): a
/// 1 MiB chunk then compresses about 12 % faster for 1.4 % more bytes (zstd -b2 -B1MiB on 500 MB
/// of the benchmark's data, two rounds interleaved: 196-203 against 170-185 MB/s). Without libzstd, chunks are
/// written with Brotli, and reading a zstd chunk fails with a message that says what to install.
/// Compression and decompression contexts are pooled: a one-shot ZSTD_compress allocates and clears
/// megabytes of tables per call, a reused context only resets them.
/// </summary>
internal static unsafe partial class Zstd
{
    private const string Library = "libzstd.so.1";
    public const int ChunkLevel = 2;
    /// <summary>log2 of the match-finder's hash table for chunks (level 2 alone: 16). A chunk decodes the same either way.</summary>
    public const int ChunkHashLog = 15;
    /// <summary>log2 of the second ("chain") table for chunks (level 2 alone: 15).</summary>
    public const int ChunkChainLog = 14;
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

    /// <summary>Contexts kept for reuse; more than this many at once (more callers than that in parallel) are freed after use.</summary>
    private const int PooledContexts = 16;
    private static readonly ContextPool CompressionContexts = new("compression", Native.CreateCCtx, Native.FreeCCtx);
    private static readonly ContextPool DecompressionContexts = new("decompression", Native.CreateDCtx, Native.FreeDCtx);

    /// <summary>Compresses into <paramref name="destination"/>; false when it does not fit (or fails).</summary>
    public static bool TryCompress(ReadOnlySpan<byte> source, Span<byte> destination, int level, out int written) =>
        Run(CompressionContexts, source, destination, level, &CompressAtLevel, out written);

    /// <summary>
    /// Compresses a chunk (level <see cref="ChunkLevel"/> with the smaller tables) into
    /// <paramref name="destination"/>; false when it does not fit (or fails).
    /// </summary>
    public static bool TryCompressChunk(ReadOnlySpan<byte> source, Span<byte> destination, out int written) =>
        Run(CompressionContexts, source, destination, ChunkLevel, &CompressChunk, out written);

    /// <summary>Decompresses one frame into <paramref name="destination"/>; false when it is damaged or does not fit.</summary>
    public static bool TryDecompress(ReadOnlySpan<byte> source, Span<byte> destination, out int written) =>
        Run(DecompressionContexts, source, destination, 0, &Decompress, out written);

    /// <summary>Runs one libzstd call on a pooled context over the two buffers; false when libzstd reports an error.</summary>
    private static bool Run(ContextPool pool, ReadOnlySpan<byte> source, Span<byte> destination, int level,
        delegate*<nint, byte*, nuint, byte*, nuint, int, nuint> call, out int written)
    {
        nint context = pool.Rent();
        try
        {
            fixed (byte* src = source)
            fixed (byte* dst = destination)
            {
                nuint result = call(context, dst, (nuint)destination.Length, src, (nuint)source.Length, level);
                bool ok = Native.IsError(result) == 0;
                written = ok ? (int)result : 0;
                return ok;
            }
        }
        finally
        {
            pool.Return(context);
        }
    }

    private static nuint CompressAtLevel(nint context, byte* dst, nuint dstCapacity, byte* src, nuint srcSize, int level) =>
        Native.CompressCCtx(context, dst, dstCapacity, src, srcSize, level);

    /// <summary>
    /// The chunk's parameters are set on every call: a pooled context may last have served
    /// <see cref="CompressAtLevel"/>, which ignores them. An error code of libzstd passes through.
    /// </summary>
    private static nuint CompressChunk(nint context, byte* dst, nuint dstCapacity, byte* src, nuint srcSize, int level)
    {
        foreach (var (parameter, value) in (ReadOnlySpan<(int, int)>)[(Native.ParameterCompressionLevel, level), (Native.ParameterHashLog, ChunkHashLog), (Native.ParameterChainLog, ChunkChainLog)])
        {
            nuint set = Native.SetParameter(context, parameter, value);
            if (Native.IsError(set) != 0)
            {
                return set;
            }
        }
        return Native.Compress2(context, dst, dstCapacity, src, srcSize);
    }

    private static nuint Decompress(nint context, byte* dst, nuint dstCapacity, byte* src, nuint srcSize, int level) =>
        Native.DecompressDCtx(context, dst, dstCapacity, src, srcSize);

    /// <summary>
    /// Contexts of one kind kept for reuse: a rented one is taken from the pool or created, and given
    /// back for the next call (its state is reset by the next one-shot call), or freed when enough are kept.
    /// </summary>
    private sealed class ContextPool(string kind, Func<nint> create, Func<nint, nuint> free)
    {
        private readonly ConcurrentBag<nint> _contexts = [];

        public nint Rent()
        {
            nint context = _contexts.TryTake(out var pooled) ? pooled : create();
            return context != 0 ? context : throw new InsufficientMemoryException($"libzstd could not allocate a {kind} context.");
        }

        public void Return(nint context)
        {
            if (_contexts.Count < PooledContexts)
            {
                _contexts.Add(context);
            }
            else
            {
                free(context);
            }
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
        [LibraryImport(Library, EntryPoint = "ZSTD_createCCtx")]
        internal static partial nint CreateCCtx();

        [LibraryImport(Library, EntryPoint = "ZSTD_freeCCtx")]
        internal static partial nuint FreeCCtx(nint context);

        [LibraryImport(Library, EntryPoint = "ZSTD_compressCCtx")]
        internal static partial nuint CompressCCtx(nint context, byte* dst, nuint dstCapacity, byte* src, nuint srcSize, int level);

        // ZSTD_cParameter values of zstd.h (stable API since 1.4.0).
        internal const int ParameterCompressionLevel = 100;
        internal const int ParameterHashLog = 102;
        internal const int ParameterChainLog = 103;

        [LibraryImport(Library, EntryPoint = "ZSTD_CCtx_setParameter")]
        internal static partial nuint SetParameter(nint context, int parameter, int value);

        [LibraryImport(Library, EntryPoint = "ZSTD_compress2")]
        internal static partial nuint Compress2(nint context, byte* dst, nuint dstCapacity, byte* src, nuint srcSize);

        [LibraryImport(Library, EntryPoint = "ZSTD_createDCtx")]
        internal static partial nint CreateDCtx();

        [LibraryImport(Library, EntryPoint = "ZSTD_freeDCtx")]
        internal static partial nuint FreeDCtx(nint context);

        [LibraryImport(Library, EntryPoint = "ZSTD_decompressDCtx")]
        internal static partial nuint DecompressDCtx(nint context, byte* dst, nuint dstCapacity, byte* src, nuint srcSize);

        [LibraryImport(Library, EntryPoint = "ZSTD_isError")]
        internal static partial uint IsError(nuint code);

        [LibraryImport(Library, EntryPoint = "ZSTD_getFrameContentSize")]
        internal static partial ulong GetFrameContentSize(byte* src, nuint srcSize);
    }
}
