using BackupOrchestrator.Repository.Snapshots;

namespace BackupOrchestrator.Cli.Repository;

/// <summary>
/// What <c>restore --only PATH --to DIR</c> means to a person: the file or folder PATH lands in DIR under its own
/// name (DIR/note.md, DIR/docs/…), not under its whole absolute source path, and PATH may be written as it was
/// backed up (absolute, with or without the leading '/') or relative to the current folder. The repository
/// restores entries under their stored names; the CLI restores into a staging folder inside DIR (same file
/// system, so the final step is a rename) and moves the selection up.
/// </summary>
internal static class RestoreSelection
{
    /// <summary>The snapshot's name for <paramref name="only"/>: as given when an entry matches, else the path made absolute against the current folder.</summary>
    public static string Resolve(SnapshotManifest snapshot, string only)
    {
        var stored = only.Trim('/');
        if (Matches(snapshot, stored) || only.StartsWith('/'))
        {
            return stored;
        }

        var absolute = Path.GetFullPath(only).Trim('/');
        return Matches(snapshot, absolute) ? absolute : stored;
    }

    /// <summary>A staging folder inside <paramref name="directory"/> for the restore.</summary>
    public static string Staging(string directory) => Path.Combine(directory, ".backupctl-restore-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>Moves <paramref name="stored"/> out of <paramref name="staging"/> into <paramref name="directory"/> under its last name, replacing what is there, and removes the staging folder. Returns where it landed.</summary>
    public static string MoveUp(string staging, string stored, string directory)
    {
        var source = Path.Combine(staging, stored);
        var destination = Path.Combine(directory, Path.GetFileName(stored));
        try
        {
            if (File.Exists(source) || Directory.Exists(source) || new FileInfo(source).LinkTarget is not null)
            {
                MoveInto(source, destination);
            }
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }

        return destination;
    }

    private static bool Matches(SnapshotManifest snapshot, string path) =>
        snapshot.Entries.Any(e => e.Path.TrimEnd('/') is var name && (name == path || name.StartsWith(path + "/", StringComparison.Ordinal) || e.PartOf == path));

    /// <summary>A file or link is renamed over the destination; a folder is merged into an existing one, entry by entry.</summary>
    private static void MoveInto(string source, string destination)
    {
        var info = new FileInfo(source);
        if (info.LinkTarget is not null || !Directory.Exists(source))
        {
            if (Directory.Exists(destination) && new FileInfo(destination).LinkTarget is null)
            {
                Directory.Delete(destination, recursive: true);
            }

            File.Move(source, destination, overwrite: true);
            return;
        }

        if (!Directory.Exists(destination))
        {
            if (File.Exists(destination))
            {
                File.Delete(destination);
            }

            Directory.Move(source, destination);
            return;
        }

        foreach (var child in Directory.EnumerateFileSystemEntries(source))
        {
            MoveInto(child, Path.Combine(destination, Path.GetFileName(child)));
        }
    }
}
