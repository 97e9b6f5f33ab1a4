using System.Collections.Concurrent;
using BackupOrchestrator.Repository.Chunking;
using BackupOrchestrator.Repository.Snapshots;
using BackupOrchestrator.Repository.Sources;

namespace BackupOrchestrator.Repository.Backup;

/// <summary>
/// The files cache: what the service's newest snapshot stored, looked up by path and by stream
/// offset, so unchanged files and runs of unchanged entries are reused without being read. A file
/// counts as unchanged when path, type, size, mode, owner, mtime, ctime, inode and device all match
/// (ctime catches a content change that restored the old mtime).
/// </summary>
internal sealed class ParentIndex
{
    private readonly SnapshotManifest? _parent;
    private readonly Dictionary<string, int> _segmentByFirstPath = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _segmentByOffset = [];
    private readonly IReadOnlyDictionary<ChunkId, byte> _known;

    public ParentIndex(SnapshotManifest? parent, ConcurrentDictionary<ChunkId, byte> known)
    {
        _parent = parent;
        _known = known;
        if (parent is null)
        {
            return;
        }
        for (int i = 0; i < parent.Segments.Count; i++)
        {
            var segment = parent.Segments[i];
            _segmentByOffset[segment.Offset] = i;
            if (segment.Kind == SegmentRecord.KindEntries && segment.EntryCount > 0)
            {
                _segmentByFirstPath.TryAdd(parent.Entries[segment.FirstEntry].Path, i);
            }
        }
    }

    public long? StreamLength => _parent?.StreamLength;

    /// <summary>The parent's segment holding exactly these entries (same metadata, same order), if all its chunks are present.</summary>
    public bool TryEntries(IReadOnlyList<EntryRecord> entries, out SegmentRecord segment, out List<ChunkRecord> chunks, out List<EntryRecord> parentEntries)
    {
        segment = null!;
        chunks = null!;
        parentEntries = null!;
        if (_parent is null || entries.Count == 0 || !_segmentByFirstPath.TryGetValue(entries[0].Path, out int index))
        {
            return false;
        }
        var candidate = _parent.Segments[index];
        if (candidate.EntryCount != entries.Count)
        {
            return false;
        }
        for (int i = 0; i < entries.Count; i++)
        {
            if (!Same(entries[i], _parent.Entries[candidate.FirstEntry + i]))
            {
                return false;
            }
        }
        if (!TryChunks(candidate, out chunks))
        {
            return false;
        }
        segment = candidate;
        parentEntries = _parent.Entries.GetRange(candidate.FirstEntry, candidate.EntryCount);
        return true;
    }

    /// <summary>The parent's data segment of this large file, if the file is unchanged and all its chunks are present.</summary>
    public bool TryData(EntryRecord entry, out SegmentRecord segment, out List<ChunkRecord> chunks)
    {
        segment = null!;
        chunks = null!;
        if (_parent is null || !TryFindEntry(entry.Path, out var old) || !Same(entry, old) || !_segmentByOffset.TryGetValue(old.DataOffset, out int index))
        {
            return false;
        }
        var candidate = _parent.Segments[index];
        if (candidate.Kind != SegmentRecord.KindData || candidate.Length != entry.Size + TarHeaderWriter.Padding(entry.Size) || !TryChunks(candidate, out chunks))
        {
            return false;
        }
        segment = candidate;
        return true;
    }

    private Dictionary<string, EntryRecord>? _byPath;

    private bool TryFindEntry(string path, out EntryRecord entry)
    {
        _byPath ??= _parent!.Entries.Where(e => e.PartOf is null).GroupBy(e => e.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        return _byPath.TryGetValue(path, out entry!);
    }

    private bool TryChunks(SegmentRecord segment, out List<ChunkRecord> chunks)
    {
        chunks = _parent!.Chunks.GetRange(segment.FirstChunk, segment.ChunkCount);
        foreach (var chunk in chunks)
        {
            if (!_known.ContainsKey(ChunkId.Parse(chunk.Id)))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Same(EntryRecord a, EntryRecord b) =>
        a.Path == b.Path && a.Type == b.Type && a.Size == b.Size && a.Mode == b.Mode && a.Uid == b.Uid && a.Gid == b.Gid
        && a.Mtime == b.Mtime && a.Link == b.Link && a.PartOf is null && b.PartOf is null
        && (a.Type is EntryRecord.TypeDirectory or EntryRecord.TypeSymlink || (a.Ctime == b.Ctime && a.Ino == b.Ino && a.Dev == b.Dev));

    /// <summary>The manifest record for a walked item (offsets filled in when it is written).</summary>
    public static EntryRecord Describe(WalkItem item) => new()
    {
        Path = item.TarName,
        Type = item.Kind switch
        {
            WalkKind.File => EntryRecord.TypeFile,
            WalkKind.Directory => EntryRecord.TypeDirectory,
            WalkKind.Symlink => EntryRecord.TypeSymlink,
            _ => EntryRecord.TypeHardLink,
        },
        Size = item.Kind == WalkKind.File ? item.Status.Size : 0,
        Mode = (int)item.Status.Permissions,
        Uid = item.Status.Uid,
        Gid = item.Status.Gid,
        Mtime = item.Status.MtimeNs / 100 * 100,
        Link = item.Link,
        Dev = item.Status.Device,
        Ino = item.Status.Inode,
        Ctime = item.Status.CtimeNs,
    };
}
