using System.Formats.Tar;
using Microsoft.Win32.SafeHandles;
using BackupOrchestrator.Repository.Sources;

namespace BackupOrchestrator.Repository.Restore;

/// <summary>
/// Writes the entries of a tar stream under a root folder. No entry may land outside the root:
/// absolute names, ".." components and paths through a symbolic link are refused and reported.
/// Symbolic links are created last (so no later entry can write through one), folder modes and
/// times after their contents. Runs of zeros in files are left as holes (sparse files). When it
/// returns, everything it wrote is on disk (see <see cref="SyncToDisk"/>).
/// </summary>
internal sealed class TarExtractor(string root, IReadOnlyDictionary<string, string> partsToLogical, RestoreResult result)
{
    private const int CopyBlock = 1024 * 1024;
    /// <summary>Bytes of small files between two background syncs (<see cref="WriteBackPacer"/>).</summary>
    /// Measured on the benchmark's 2.25 GB restore into a fresh ext4: 16 MiB 13.3 s, 64 MiB 12.4, 256 MiB 13.1.
    private const long PaceStep = 64L << 20;
    /// <summary>Threads that write files (<see cref="FileWriters"/>): one per core, at least two, at most four.</summary>
    private static readonly int Writers = Math.Clamp(Environment.ProcessorCount, 2, 4);
    private readonly string _root = Path.GetFullPath(root).TrimEnd('/');
    private readonly List<(string Path, TarEntry Entry)> _symlinks = [];
    private readonly List<(string Path, UnixFileMode Mode, DateTimeOffset Time, int Uid, int Gid)> _directories = [];
    private readonly HashSet<string> _safeFolders = [];
    private readonly HashSet<string> _startedLogical = [];
    private readonly bool _chown = PosixCalls.IsRoot;

    public async Task ExtractAsync(Stream tar, CancellationToken cancellationToken)
    {
        var pacer = new WriteBackPacer(_root, PaceStep);
        await using (var writers = new FileWriters(Writers, buffers: 4 * Writers + 2, pacer))
        {
            await ExtractEntriesAsync(tar, writers, cancellationToken);
        }
        await pacer.Running;
        SyncToDisk();
    }

    private async Task ExtractEntriesAsync(Stream tar, FileWriters writers, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_root);
        _safeFolders.Add(_root);
        using var reader = new TarReader(tar, leaveOpen: true);
        TarEntry? entry;
        while ((entry = await reader.GetNextEntryAsync(copyData: false, cancellationToken)) is not null)
        {
            var name = entry.Name;
            if (partsToLogical.TryGetValue(name, out var logical))
            {
                name = logical;
            }
            var path = SafePath(name);
            if (path is null)
            {
                result.Errors.Add($"Entry '{entry.Name}' would be written outside {_root}; refused (the snapshot holds a malicious or damaged name).");
                continue;
            }
            switch (entry.EntryType)
            {
                case TarEntryType.Directory:
                    Directory.CreateDirectory(path);
                    _directories.Add((path, entry.Mode, entry.ModificationTime, entry.Uid, entry.Gid));
                    break;
                case TarEntryType.RegularFile or TarEntryType.V7RegularFile:
                    if (logical is not null)
                    {
                        await AppendPartAsync(path, entry, cancellationToken);
                    }
                    else
                    {
                        await writers.AddFileAsync(path, entry.Mode, entry.ModificationTime.UtcDateTime, entry.Uid, entry.Gid, entry.DataStream, entry.Length, cancellationToken);
                    }
                    result.Files++;
                    break;
                case TarEntryType.SymbolicLink:
                    _symlinks.Add((path, entry));
                    break;
                case TarEntryType.HardLink:
                    var target = SafePath(entry.LinkName);
                    if (target is null)
                    {
                        result.Errors.Add($"Hard link '{entry.Name}' points at '{entry.LinkName}', outside {_root}; refused.");
                        break;
                    }
                    // Its target may still be on its way through a writer.
                    await writers.DrainAsync(cancellationToken);
                    if (!File.Exists(target))
                    {
                        result.Warnings.Add($"Hard link '{entry.Name}': its target '{entry.LinkName}' was not restored; skipped.");
                        break;
                    }
                    DeleteExisting(path);
                    int errno = PosixCalls.Link(target, path);
                    if (errno != 0)
                    {
                        result.Warnings.Add($"Hard link '{entry.Name}' → '{entry.LinkName}': link failed (errno {errno}); copied instead.");
                        File.Copy(target, path, overwrite: true);
                    }
                    result.Files++;
                    break;
                default:
                    result.Warnings.Add($"Entry '{entry.Name}' of type {entry.EntryType} is not restored.");
                    break;
            }
        }
        // Every file is written and closed before a symbolic link exists that a write could go through,
        // and before the folders' times are set (a file created in a folder changes its time).
        await writers.CompleteAsync(cancellationToken);
        foreach (var (path, link) in _symlinks)
        {
            if (Directory.Exists(path) && new FileInfo(path).LinkTarget is null)
            {
                result.Errors.Add($"Symbolic link '{link.Name}' → '{link.LinkName}' would replace a restored folder of the same name; refused (entries under it would then resolve outside {_root}).");
                continue;
            }
            DeleteExisting(path);
            File.CreateSymbolicLink(path, link.LinkName);
            if (_chown)
            {
                PosixCalls.LChown(path, link.Uid, link.Gid);
            }
            result.Files++;
        }
        foreach (var (path, mode, time, uid, gid) in _directories.OrderByDescending(d => d.Path.Length))
        {
            File.SetUnixFileMode(path, mode);
            Directory.SetLastWriteTimeUtc(path, time.UtcDateTime);
            if (_chown)
            {
                PosixCalls.LChown(path, uid, gid);
            }
        }
    }

    /// <summary>
    /// Makes the restored tree durable: one syncfs(2) of the file system under the root. Each file's
    /// write-back was started as it was closed (sync_file_range, or a background syncfs for small files), so this mostly waits for the last
    /// files, the inodes and the folders. Why not fsync per file: on the benchmark's ext4 every fsync
    /// also flushes the device cache, tens of thousands of flushes for a tree of small files; the price
    /// of syncfs is that it also waits for whatever else is dirty on that file system.
    /// </summary>
    private void SyncToDisk()
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        int errno = PosixCalls.SyncFileSystem(_root);
        if (errno != 0)
        {
            throw new RepositoryException($"Restored into {_root}, but syncing it to disk failed (errno {errno}); the files may not survive a power cut. Check the disk (dmesg), then restore again.");
        }
        result.SyncTime = System.Diagnostics.Stopwatch.GetElapsedTime(started);
    }

    /// <summary>The full path for an entry name, or null when it would escape the root.</summary>
    internal string? SafePath(string name)
    {
        if (string.IsNullOrEmpty(name) || name.StartsWith('/') || name.Contains('\0'))
        {
            return null;
        }
        var parts = name.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Any(p => p == ".."))
        {
            return null;
        }
        var relative = string.Join('/', parts.Where(p => p != "."));
        if (relative.Length == 0)
        {
            return _root;
        }
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        if (!full.StartsWith(_root + "/", StringComparison.Ordinal))
        {
            return null;
        }
        return EnsureParents(full) ? full : null;
    }

    /// <summary>Creates the parent folders of <paramref name="full"/>; false if one of them is a symbolic link or not a folder.</summary>
    private bool EnsureParents(string full)
    {
        var parent = Path.GetDirectoryName(full)!;
        if (_safeFolders.Contains(parent))
        {
            return true;
        }
        if (!EnsureParents(parent))
        {
            return false;
        }
        if (FileStatus.TryGet(parent, out var status, out _))
        {
            if (!status.IsDirectory)
            {
                return false;
            }
        }
        else
        {
            Directory.CreateDirectory(parent);
        }
        _safeFolders.Add(parent);
        return true;
    }

    private async Task AppendPartAsync(string path, TarEntry entry, CancellationToken cancellationToken)
    {
        var mode = _startedLogical.Add(path) ? FileMode.Create : FileMode.Append;
        await using var output = new FileStream(path, mode, FileAccess.Write, FileShare.None, 1, FileOptions.None);
        if (entry.DataStream is not null)
        {
            await entry.DataStream.CopyToAsync(output, CopyBlock, cancellationToken);
            StartWriteBack(output);
        }
    }

    /// <summary>Starts the file's write-back now (not waiting), so the disk works while later files are decrypted.</summary>
    private static void StartWriteBack(FileStream output)
    {
        output.Flush();
        // Advice only: a failure here (an exotic file system) is caught by the final syncfs, which must succeed.
        _ = PosixCalls.StartWriteBack(output.SafeFileHandle);
    }

    private static void DeleteExisting(string path)
    {
        if (FileStatus.TryGet(path, out var status, out _))
        {
            if (status.IsDirectory)
            {
                throw new RepositoryException($"Cannot restore the file {path}: a folder of that name exists.");
            }
            File.Delete(path);
        }
    }
}
