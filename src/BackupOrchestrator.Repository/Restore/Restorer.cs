using BackupOrchestrator.Repository.Snapshots;

namespace BackupOrchestrator.Repository.Restore;

/// <summary>
/// Restores a snapshot: the whole stream to a folder or to a plain .tar (every chunk's GCM tag,
/// every entry's hash and the stream hash checked), or one file or folder, fetching only the
/// chunks that cover it (GCM tags and the hash of every entry restored checked).
/// </summary>
public sealed class Restorer(BackupRepository repository)
{
    public async Task<RestoreResult> ToDirectoryAsync(SnapshotManifest snapshot, string directory, string? only = null, CancellationToken cancellationToken = default)
    {
        var result = new RestoreResult();
        var parts = snapshot.Entries.Where(e => e.PartOf is not null).ToDictionary(e => e.Path, e => e.PartOf!, StringComparer.Ordinal);
        var extractor = new TarExtractor(directory, parts, result);
        if (only is null)
        {
            using var stream = new VerifyingStream(repository, snapshot, cancellationToken);
            await extractor.ExtractAsync(stream, cancellationToken);
            await stream.CompleteAsync(cancellationToken);
            result.Bytes = snapshot.StreamLength;
            return result;
        }
        var entries = SelectEntries(snapshot, only);
        var ranges = Ranges(entries);
        if (ranges.Count == 0)
        {
            throw new RepositoryException($"Snapshot {snapshot.ShortId} ({snapshot.Service}) has no file or folder '{only}'. Names are absolute paths without the leading '/', e.g. srv/app/config.yaml, or commands/NAME.");
        }
        using (var stream = new RangeStream(repository, snapshot, ranges, entries, cancellationToken))
        {
            await extractor.ExtractAsync(stream, cancellationToken);
        }
        result.Bytes = ranges.Sum(r => r.End - r.Start);
        return result;
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
