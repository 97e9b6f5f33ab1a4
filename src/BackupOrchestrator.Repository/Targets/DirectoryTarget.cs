using System.Runtime.CompilerServices;
using Microsoft.Win32.SafeHandles;

namespace BackupOrchestrator.Repository.Targets;

/// <summary>
/// A repository in a local directory (a USB disk, a NAS mount). Writes go to a temp file in the
/// object's folder and are renamed into place, so a crash leaves either nothing or the whole object;
/// leftover temp files (".tmp-*") are ignored by listings and removed by prune. Every object's data is
/// fsynced before its rename; the commit points (config, indexes, manifests) also fsync their folder at
/// once, packs once per folder in <see cref="FlushAsync"/>, before their index is written. Packs, and the
/// chunks read out of them, bypass the page cache where the file system allows it (<see cref="DirectIo"/>).
/// </summary>
public sealed class DirectoryTarget : IRepositoryTarget
{
    private const int ENOSPC = 28;
    private const int EDQUOT = 122;
    internal const string TempPrefix = ".tmp-";
    private readonly string _root;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _unsyncedFolders = new(StringComparer.Ordinal);
    /// <summary>Objects of this size and more (packs) are written past the page cache (<see cref="DirectIo"/>).</summary>
    internal const int DirectWriteMinimum = 1 << 20;
    /// <summary>Ranges of this size and more (a chunk a restore or verify reads out of a pack) are read past the page cache.</summary>
    internal const int DirectReadMinimum = 256 << 10;
    private volatile bool _directWriteRefused;
    private volatile bool _directReadRefused;

    public DirectoryTarget(string root)
    {
        _root = Path.GetFullPath(root);
    }

    public string Root => _root;

    /// <summary>True once a large object was written the buffered way because this file system refused O_DIRECT.</summary>
    internal bool DirectWritesRefused => _directWriteRefused;

    /// <summary>True once a large range was read the buffered way because this file system refused O_DIRECT.</summary>
    internal bool DirectReadsRefused => _directReadRefused;
    public string Description => $"directory {_root}";

    public Task<bool> ExistsAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult(File.Exists(PathOf(name)));

    public Task<bool> PutIfAbsentAsync(string name, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        var path = PathOf(name);
        if (File.Exists(path))
        {
            return Task.FromResult(false);
        }
        bool commitPoint = !name.StartsWith(Format.ObjectNames.PacksPrefix, StringComparison.Ordinal);
        // Every object's data is fsynced as it is written: for packs that happens in the parallel
        // stores, while the cores seal the next chunks, and it waits for this file alone (a syncfs
        // at the end would also wait for whatever else the file system has to write back).
        var temp = WriteTemp(path, data.Span, name, sync: true);
        try
        {
            // link(2)-free create-only rename: File.Move without overwrite fails if the name exists,
            // which is the race where another writer stored the same content-named object first.
            File.Move(temp, path, overwrite: false);
            var folder = Path.GetDirectoryName(path)!;
            if (commitPoint)
            {
                // A commit point (an index, a manifest, the config): make the rename itself durable now.
                Sources.PosixCalls.FsyncDirectory(folder);
            }
            else
            {
                // A pack's rename is made durable by FlushAsync, once per folder, before its index.
                _unsyncedFolders.TryAdd(folder, 0);
            }
            return Task.FromResult(true);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp);
            return Task.FromResult(false);
        }
    }

    public Task PutAsync(string name, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        var path = PathOf(name);
        var temp = WriteTemp(path, data.Span, name, sync: true);
        File.Move(temp, path, overwrite: true);
        return Task.CompletedTask;
    }

    public async Task<byte[]?> GetAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllBytesAsync(PathOf(name), cancellationToken);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    public Task<byte[]?> GetRangeAsync(string name, long offset, int length, CancellationToken cancellationToken)
    {
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(PathOf(name), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<byte[]?>(null);
        }
        using (handle)
        {
            long available = Math.Clamp(RandomAccess.GetLength(handle) - offset, 0, length);
            var bytes = GC.AllocateUninitializedArray<byte>((int)available);
            int read = 0;
            while (read < bytes.Length)
            {
                int n = RandomAccess.Read(handle, bytes.AsSpan(read), offset + read);
                if (n == 0)
                {
                    return Task.FromResult<byte[]?>(bytes[..read]);
                }
                read += n;
            }
            return Task.FromResult<byte[]?>(bytes);
        }
    }

    public ValueTask<int> ReadRangeAsync(string name, long offset, Memory<byte> destination, CancellationToken cancellationToken)
    {
        if (destination.Length >= DirectReadMinimum && !_directReadRefused && DirectIo.FitsOneBlock(offset, destination.Length))
        {
            if (DirectIo.TryRead(PathOf(name), offset, destination.Span) is { } read)
            {
                return ValueTask.FromResult(read);
            }
            // Refused by this file system: this read and the ones after it go the buffered way.
            _directReadRefused = true;
        }
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(PathOf(name), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return ValueTask.FromResult(-1);
        }
        using (handle)
        {
            int read = 0;
            while (read < destination.Length)
            {
                int n = RandomAccess.Read(handle, destination.Span[read..], offset + read);
                if (n == 0)
                {
                    break;
                }
                read += n;
            }
            return ValueTask.FromResult(read);
        }
    }

    public async IAsyncEnumerable<TargetObject> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        int slash = prefix.LastIndexOf('/');
        var folder = slash < 0 ? _root : Path.Combine(_root, prefix[..slash]);
        if (!Directory.Exists(folder))
        {
            yield break;
        }
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        foreach (var info in new DirectoryInfo(folder).EnumerateFiles("*", options))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (info.Name.StartsWith(TempPrefix, StringComparison.Ordinal))
            {
                continue;
            }
            var name = Path.GetRelativePath(_root, info.FullName).Replace(Path.DirectorySeparatorChar, '/');
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                yield return new TargetObject(name, info.Length, info.LastWriteTimeUtc);
            }
        }
    }

    public Task DeleteAsync(string name, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(name));
        return Task.CompletedTask;
    }

    /// <summary>Removes temp files older than <paramref name="olderThan"/> (left by crashed writers).</summary>
    internal int RemoveStaleTempFiles(DateTimeOffset olderThan)
    {
        if (!Directory.Exists(_root))
        {
            return 0;
        }
        int removed = 0;
        foreach (var info in new DirectoryInfo(_root).EnumerateFiles(TempPrefix + "*", new EnumerationOptions { RecurseSubdirectories = true }))
        {
            if (info.LastWriteTimeUtc < olderThan.UtcDateTime)
            {
                info.Delete();
                removed++;
            }
        }
        return removed;
    }

    private string PathOf(string name)
    {
        if (name.Length == 0 || name.StartsWith('/') || name.Contains("..", StringComparison.Ordinal) || name.Contains('\\'))
        {
            throw new ArgumentException($"'{name}' is not a repository object name.", nameof(name));
        }
        return Path.Combine(_root, name);
    }

    /// <summary>Makes the renames of the packs stored so far durable: one fsync per folder that received one.</summary>
    public Task FlushAsync(CancellationToken cancellationToken)
    {
        foreach (var folder in _unsyncedFolders.Keys)
        {
            int errno = Sources.PosixCalls.FsyncDirectory(folder);
            if (errno is ENOSPC or EDQUOT)
            {
                throw new TargetFullException($"The {Description} is full (found when syncing {folder} to disk). Free space or prune old snapshots, then run the backup again; no snapshot was recorded for this run.", new IOException($"fsync: errno {errno}"));
            }
            if (errno != 0)
            {
                throw new IOException($"Syncing {folder} of the {Description} to disk failed (errno {errno}); no snapshot was recorded. Check the disk (dmesg) and run the backup again.");
            }
            _unsyncedFolders.TryRemove(folder, out _);
        }
        return Task.CompletedTask;
    }

    private string WriteTemp(string path, ReadOnlySpan<byte> data, string name, bool sync)
    {
        var folder = Path.GetDirectoryName(path)!;
        var temp = Path.Combine(folder, TempPrefix + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(folder);
            if (sync && data.Length >= DirectWriteMinimum && !_directWriteRefused)
            {
                if (DirectIo.TryWrite(temp, data))
                {
                    return temp;
                }
                _directWriteRefused = true;
            }
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None))
            {
                stream.Write(data);
                stream.Flush(flushToDisk: sync);
            }
            return temp;
        }
        catch (IOException e) when (IsDiskFull(e))
        {
            TryDelete(temp);
            throw new TargetFullException($"The {Description} is full (writing {name}, {data.Length} bytes). Free space or prune old snapshots, then run the backup again; no snapshot was recorded for this run.", e);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static bool IsDiskFull(IOException e) =>
        (e.HResult & 0xFFFF) is ENOSPC or EDQUOT || e.Message.Contains("No space left", StringComparison.OrdinalIgnoreCase);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
    }
}
