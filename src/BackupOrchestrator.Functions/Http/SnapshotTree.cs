using BackupOrchestrator.Repository.Snapshots;

namespace BackupOrchestrator.Functions.Http;

/// <summary>
/// A snapshot's flat entry list seen as folders. Entry paths are absolute paths without the leading '/'
/// (<c>srv/app/config.yaml</c>, <c>commands/NAME</c>); the folders above a source (<c>srv</c>) have no entry of
/// their own, so they are implied by the paths under them.
/// </summary>
internal static class SnapshotTree
{
    /// <summary>The entries directly in <paramref name="folder"/> ("" is the root), folders first; null when there is no such folder.</summary>
    public static IReadOnlyList<TreeEntry>? Children(SnapshotManifest manifest, string folder)
    {
        var prefix = folder.Length == 0 ? "" : folder + "/";
        var children = new Dictionary<string, TreeEntry>(StringComparer.Ordinal);
        var any = folder.Length == 0;
        foreach (var entry in Logical(manifest))
        {
            var path = entry.Path.TrimEnd('/');
            if (path == folder)
            {
                any = true;
                continue;
            }

            if (!path.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            any = true;
            var rest = path[prefix.Length..];
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            if (slash >= 0)
            {
                var name = rest[..slash];
                children.TryAdd(name, new TreeEntry(name, prefix + name, EntryRecord.TypeDirectory, 0, null));
            }
            else
            {
                children[rest] = new TreeEntry(rest, path, entry.Type, entry.Type == EntryRecord.TypeFile ? entry.Size : 0,
                    entry.Mtime == 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds(entry.Mtime / 1_000_000));
            }
        }

        return any
            ? [.. children.Values.OrderBy(c => c.Type == EntryRecord.TypeDirectory ? 0 : 1).ThenBy(c => c.Name, StringComparer.Ordinal)]
            : null;
    }

    /// <summary>"file" or "dir" for a path of the snapshot ("" is the whole snapshot), null when it holds no such path.</summary>
    public static string? KindOf(SnapshotManifest manifest, string path)
    {
        if (path.Length == 0)
        {
            return EntryRecord.TypeDirectory;
        }

        var exact = Logical(manifest).FirstOrDefault(e => e.Path.TrimEnd('/') == path);
        if (exact is not null)
        {
            return exact.Type == EntryRecord.TypeFile ? EntryRecord.TypeFile : exact.Type == EntryRecord.TypeDirectory ? EntryRecord.TypeDirectory : null;
        }

        return Logical(manifest).Any(e => e.Path.StartsWith(path + "/", StringComparison.Ordinal)) ? EntryRecord.TypeDirectory : null;
    }

    /// <summary>The entries as a person sees them: a command's output split in parts is one file (its PartOf name, the parts' sizes summed).</summary>
    private static IEnumerable<EntryRecord> Logical(SnapshotManifest manifest)
    {
        foreach (var entry in manifest.Entries.Where(e => e.PartOf is null))
        {
            yield return entry;
        }

        foreach (var parts in manifest.Entries.Where(e => e.PartOf is not null).GroupBy(e => e.PartOf!, StringComparer.Ordinal))
        {
            yield return new EntryRecord { Path = parts.Key, Type = EntryRecord.TypeFile, Size = parts.Sum(p => p.Size), Mtime = parts.First().Mtime };
        }
    }
}
