namespace BackupOrchestrator.Repository.Sources;

/// <summary>One thing found under a path source, in the order it goes into the tar stream.</summary>
internal sealed record WalkItem(string FullPath, string TarName, WalkKind Kind, FileStatus Status, string? Link);

internal enum WalkKind
{
    File,
    Directory,
    Symlink,
    HardLink,
}

/// <summary>
/// Walks a path source depth-first, names sorted ordinally, so the same tree always gives the same
/// stream. Hard links: the first name of an inode is a file, later names link to it. Things that
/// cannot be backed up (sockets, devices, unreadable folders) are reported through <c>warn</c>.
/// </summary>
internal sealed class TreeWalker(Action<string> warn)
{
    private readonly Dictionary<(ulong Device, ulong Inode), string> _firstNames = [];

    public IEnumerable<WalkItem> Walk(string root)
    {
        var full = Path.GetFullPath(root);
        if (full.Length > 1)
        {
            full = full.TrimEnd('/');
        }
        if (!FileStatus.TryGet(full, out var status, out int errno))
        {
            warn($"{full}: cannot be read (errno {errno}); skipped.");
            yield break;
        }
        var stack = new Stack<(string Path, FileStatus Status)>();
        stack.Push((full, status));
        while (stack.Count > 0)
        {
            var (path, st) = stack.Pop();
            var item = Classify(path, st);
            if (item is null)
            {
                continue;
            }
            yield return item;
            if (item.Kind != WalkKind.Directory)
            {
                continue;
            }
            string[] names;
            try
            {
                names = Directory.GetFileSystemEntries(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                warn($"{path}: cannot list folder ({e.Message}); its contents are skipped.");
                continue;
            }
            Array.Sort(names, StringComparer.Ordinal);
            for (int i = names.Length - 1; i >= 0; i--)
            {
                if (FileStatus.TryGet(names[i], out var childStatus, out int childErrno))
                {
                    stack.Push((names[i], childStatus));
                }
                else
                {
                    warn($"{names[i]}: cannot be read (errno {childErrno}); skipped.");
                }
            }
        }
    }

    private WalkItem? Classify(string path, FileStatus st)
    {
        var tarName = path.TrimStart('/');
        if (tarName.Length == 0)
        {
            tarName = ".";
        }
        if (st.IsDirectory)
        {
            return new WalkItem(path, tarName + "/", WalkKind.Directory, st, null);
        }
        if (st.IsSymlink)
        {
            string? target;
            try
            {
                target = new FileInfo(path).LinkTarget;
            }
            catch (IOException e)
            {
                warn($"{path}: cannot read symbolic link ({e.Message}); skipped.");
                return null;
            }
            return new WalkItem(path, tarName, WalkKind.Symlink, st, target ?? "");
        }
        if (st.IsRegular)
        {
            if (st.LinkCount > 1)
            {
                if (_firstNames.TryGetValue((st.Device, st.Inode), out var first))
                {
                    return new WalkItem(path, tarName, WalkKind.HardLink, st, first);
                }
                _firstNames[(st.Device, st.Inode)] = tarName;
            }
            return new WalkItem(path, tarName, WalkKind.File, st, null);
        }
        warn($"{path}: is a {st.TypeName}; skipped (only files, folders and links are backed up).");
        return null;
    }
}
