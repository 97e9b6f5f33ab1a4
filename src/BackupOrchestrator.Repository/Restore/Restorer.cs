using BackupOrchestrator.Repository.Maintenance;
using BackupOrchestrator.Repository.Snapshots;

namespace BackupOrchestrator.Repository.Restore;

/// <summary>
/// Restores a snapshot: the whole stream to a folder or to a plain .tar (every chunk's GCM tag,
/// every entry's hash and the stream hash checked), or one file or folder, fetching only the
/// chunks that cover it (GCM tags and the hash of every entry restored checked). Each holds a read lock
/// (<see cref="RepositoryLock.ForReadingAsync"/>) while it runs, so a prune does not sweep its packs.
/// </summary>
public sealed class Restorer(BackupRepository repository)
{
    /// <summary>How often a restore with a progress callback reports at most (tests set zero: every read).</summary>
    internal TimeSpan ProgressInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    public Task<RestoreResult> ToDirectoryAsync(SnapshotManifest snapshot, string directory, string? only = null, CancellationToken cancellationToken = default) =>
        ToDirectoryAsync(snapshot, directory, only, progress: null, cancellationToken);

    /// <summary>As above, reporting files and bytes done of their totals to <paramref name="progress"/> as it goes (a last report when it ends).</summary>
    public async Task<RestoreResult> ToDirectoryAsync(SnapshotManifest snapshot, string directory, string? only, IProgress<RestoreProgress>? progress, CancellationToken cancellationToken = default)
    {
        await using var reading = await RepositoryLock.ForReadingAsync(repository, snapshot.Name, cancellationToken);
        var result = new RestoreResult();
        var parts = snapshot.Entries.Where(e => e.PartOf is not null).ToDictionary(e => e.Path, e => e.PartOf!, StringComparer.Ordinal);
        var extractor = new TarExtractor(directory, parts, result);
        if (only is null)
        {
            using var stream = new VerifyingStream(repository, snapshot, cancellationToken);
            var counted = Counted(stream, result, snapshot.Entries, snapshot.StreamLength, progress);
            await extractor.ExtractAsync(counted ?? (Stream)stream, cancellationToken);
            await stream.CompleteAsync(cancellationToken);
            result.Bytes = snapshot.StreamLength;
            counted?.ReportDone();
            return result;
        }
        var entries = SelectEntries(snapshot, only);
        var ranges = Ranges(entries);
        if (ranges.Count == 0)
        {
            throw new RepositoryException($"Snapshot {snapshot.ShortId} ({snapshot.Service}) has no file or folder '{only}'. Names are absolute paths without the leading '/', e.g. srv/app/config.yaml, or commands/NAME.");
        }
        result.Bytes = ranges.Sum(r => r.End - r.Start);
        using (var stream = new RangeStream(repository, snapshot, ranges, entries, cancellationToken))
        {
            var counted = Counted(stream, result, entries, result.Bytes, progress);
            await extractor.ExtractAsync(counted ?? (Stream)stream, cancellationToken);
            counted?.ReportDone();
        }
        return result;
    }

    /// <summary>The stream wrapped to report progress, or null when nobody asked for it (the path stays as it was).</summary>
    private ProgressStream? Counted(Stream stream, RestoreResult result, IEnumerable<EntryRecord> entries, long bytes, IProgress<RestoreProgress>? progress)
    {
        if (progress is null)
        {
            return null;
        }
        // What the extractor counts as a file: everything but folders (a command's parts each count).
        var files = entries.LongCount(e => e.Type != EntryRecord.TypeDirectory);
        progress.Report(new RestoreProgress(0, files, 0, bytes));
        return new ProgressStream(stream, result, files, bytes, progress, ProgressInterval);
    }

    /// <summary>
    /// Makes renames and deletes done after a restore durable (a file or folder moved out of the staging
    /// folder, a .tar renamed into place): one syncfs(2) of the file system that holds
    /// <paramref name="folder"/>, which covers every folder the move touched, however deep a merge went.
    /// The restored data itself is durable already (<see cref="ToDirectoryAsync"/> ends with a sync).
    /// </summary>
    public static void MakeDurable(string folder)
    {
        int errno = Sources.PosixCalls.SyncFileSystem(folder);
        if (errno != 0)
        {
            throw new RepositoryException($"Restored into {folder}, but syncing it to disk failed (errno {errno}); what was restored may not survive a power cut. Check the disk (dmesg), then restore again.");
        }
    }

    /// <summary>Writes the snapshot's tar stream as it was backed up; GNU tar and other standard tools read it.</summary>
    public async Task ToTarAsync(SnapshotManifest snapshot, Stream output, CancellationToken cancellationToken = default)
    {
        await using var reading = await RepositoryLock.ForReadingAsync(repository, snapshot.Name, cancellationToken);
        using var stream = new VerifyingStream(repository, snapshot, cancellationToken);
        await stream.CopyToAsync(output, 1024 * 1024, cancellationToken);
        await stream.CompleteAsync(cancellationToken);
    }

    /// <summary>Byte ranges of the entries at or under <paramref name="only"/>, in stream order.</summary>
    internal static List<(long Start, long End)> Select(SnapshotManifest snapshot, string only) => Ranges(SelectEntries(snapshot, only));

    /// <summary>The entries at or under <paramref name="only"/> (and the parts of a command's output), in stream order.</summary>
    internal static List<EntryRecord> SelectEntries(SnapshotManifest snapshot, string only)
    {
        var path = only.Trim('/');
        return [.. snapshot.Entries.Where(entry =>
        {
            var name = entry.Path.TrimEnd('/');
            return name == path || name.StartsWith(path + "/", StringComparison.Ordinal) || entry.PartOf == path;
        })];
    }

    /// <summary>The entries' byte ranges, adjacent ones merged.</summary>
    private static List<(long Start, long End)> Ranges(List<EntryRecord> entries)
    {
        var ranges = new List<(long Start, long End)>();
        foreach (var entry in entries)
        {
            if (ranges.Count > 0 && ranges[^1].End == entry.HeaderOffset)
            {
                ranges[^1] = (ranges[^1].Start, entry.EndOffset);
            }
            else
            {
                ranges.Add((entry.HeaderOffset, entry.EndOffset));
            }
        }
        return ranges;
    }
}
