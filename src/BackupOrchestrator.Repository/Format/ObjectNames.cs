using BackupOrchestrator.Repository.Chunking;

namespace BackupOrchestrator.Repository.Format;

/// <summary>Names of the objects of a repository (docs/repository-format.md, "Objects").</summary>
public static class ObjectNames
{
    public const string Config = "config";
    public const string ChunksPrefix = "chunks/";
    public const string SnapshotsPrefix = "snapshots/";
    public const string LocksPrefix = "locks/";

    public static string Chunk(ChunkId id)
    {
        var hex = id.ToString();
        return string.Concat(ChunksPrefix, hex.AsSpan(0, 2), "/", hex);
    }

    /// <summary>Parses the id out of a chunk object name, or returns false for anything else (temp files, strays).</summary>
    public static bool TryParseChunk(string name, out ChunkId id)
    {
        id = default;
        if (!name.StartsWith(ChunksPrefix, StringComparison.Ordinal) || name.Length != ChunksPrefix.Length + 3 + 64)
        {
            return false;
        }
        return ChunkId.TryParse(name.AsSpan(name.Length - 64), out id);
    }

    public static string Snapshot(string snapshotName) => SnapshotsPrefix + snapshotName;

    /// <summary>Associated data of a chunk's seal: binds the sealed bytes to the chunk's name.</summary>
    internal static string ChunkAad(ChunkId id) => "chunk/" + id;

    internal static string SnapshotAad(string snapshotName) => "snapshot/" + snapshotName;
}
