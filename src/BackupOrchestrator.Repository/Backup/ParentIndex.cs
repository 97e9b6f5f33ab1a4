using System.Collections.Concurrent;
using BackupOrchestrator.Repository.Chunking;
using BackupOrchestrator.Repository.Snapshots;
using BackupOrchestrator.Repository.Sources;

namespace BackupOrchestrator.Repository.Backup;

/// <summary>
/// The files cache: what the service's newest snapshot stored, looked up by path, so unchanged
/// entries are taken over as pieces of the parent's chunks without being read. An entry counts as
/// unchanged when path, type, size, mode, owner, mtime and link target match and, for files and hard
/// links, also ctime, inode and device (as restic does: ctime catches a content change that put the
/// old mtime back, the inode a file replaced by another one).
/// </summary>
internal sealed class ParentIndex
{
    private readonly SnapshotManifest? _parent;
    private readonly IReadOnlyDictionary<ChunkId, byte> _known;
    private readonly long[] _offsets = [];
    /// <summary>Per parent piece: 0 unknown, 1 its chunk is on the target, 2 it is not.</summary>
    private readonly byte[] _present = [];
    private readonly Dictionary<string, EntryRecord> _byPath = new(StringComparer.Ordinal);

    public ParentIndex(SnapshotManifest? parent, ConcurrentDictionary<ChunkId, byte> known)
    {
        _parent = parent;
        _known = known;
        if (parent is null)
        {
            return;
        }
        _offsets = Restore.ChunkFetcher.ComputeOffsets(parent);
        _present = new byte[parent.Chunks.Count];
        foreach (var entry in parent.Entries)
        {
            if (entry.PartOf is null && entry.Hash is not null)
            {
                _byPath[entry.Path] = entry;
            }
        }
    }

    public long? StreamLength => _parent?.StreamLength;

    /// <summary>
    /// The parent's record of this entry and the pieces of the parent's chunks that hold its bytes,
    /// if the entry is unchanged and every one of those chunks is on the target.
    /// </summary>
    public bool TryReuse(EntryRecord entry, out EntryRecord old, out List<ChunkRecord> slices)
    {
        slices = null!;
        if (_parent is null || !_byPath.TryGetValue(entry.Path, out old!) || !Same(entry, old))
        {
            old = null!;
            return false;
        }
        return TrySlices(old.HeaderOffset, old.EndOffset, out slices);
    }

    /// <summary>The parent's end marker (the last 1024 bytes), so an unchanged stream ends in the same chunk.</summary>
    public bool TryEndMarker(out List<ChunkRecord> slices)
    {
        slices = null!;
        return _parent is not null && _parent.StreamLength >= StreamHash.EndMarkerLength
            && TrySlices(_parent.StreamLength - StreamHash.EndMarkerLength, _parent.StreamLength, out slices);
    }

    private bool TrySlices(long start, long end, out List<ChunkRecord> slices)
    {
        slices = null!;
        int i = Array.BinarySearch(_offsets, start);
        i = i >= 0 ? i : ~i - 1;
        var result = new List<ChunkRecord>(1);
        for (; i < _parent!.Chunks.Count && _offsets[i] < end; i++)
        {
            var piece = _parent.Chunks[i];
            if (piece.Length == 0)
            {
                continue;
            }
            if (!Present(i))
            {
                return false;
            }
            long from = Math.Max(start, _offsets[i]), to = Math.Min(end, _offsets[i + 1]);
            result.Add(new ChunkRecord(piece.Id, (int)(to - from), piece.Skip + (int)(from - _offsets[i])));
        }
        slices = result;
        return true;
    }

    private bool Present(int piece)
    {
        if (_present[piece] == 0)
        {
            _present[piece] = _known.ContainsKey(ChunkId.Parse(_parent!.Chunks[piece].Id)) ? (byte)1 : (byte)2;
        }
        return _present[piece] == 1;
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
