namespace BackupOrchestrator.Repository.Format;

/// <summary>Names of the objects of a repository (docs/repository-format.md, "Objects").</summary>
public static class ObjectNames
{
    public const string Config = "config";
    public const string PacksPrefix = "packs/";
    public const string IndexPrefix = "index/";
    public const string SnapshotsPrefix = "snapshots/";
    public const string LocksPrefix = "locks/";

    /// <summary>Length of the hex name of a pack or an index object (16 random bytes).</summary>
    public const int IdHexLength = 32;

    public static string Pack(string hexId) => string.Concat(PacksPrefix, hexId.AsSpan(0, 2), "/", hexId);

    /// <summary>True for a pack object's name (not a temp file or a stray).</summary>
    public static bool IsPack(string name) =>
        name.StartsWith(PacksPrefix, StringComparison.Ordinal) && name.Length == PacksPrefix.Length + 3 + IdHexLength && IsHex(name.AsSpan(name.Length - IdHexLength));

    public static string Index(string hexId) => IndexPrefix + hexId;

    public static bool IsIndex(string name) =>
        name.StartsWith(IndexPrefix, StringComparison.Ordinal) && name.Length == IndexPrefix.Length + IdHexLength && IsHex(name.AsSpan(IndexPrefix.Length));

    public static string Snapshot(string snapshotName) => SnapshotsPrefix + snapshotName;

    /// <summary>Associated data of a chunk's seal: binds the sealed bytes to the chunk's name.</summary>
    internal static string ChunkAad(Chunking.ChunkId id) => "chunk/" + id;

    /// <summary>Associated data of a pack's header: binds the header to its pack.</summary>
    internal static string PackHeaderAad(string packName) => "pack-header/" + packName;

    internal static string IndexAad(string indexName) => "index/" + indexName;

    internal static string SnapshotAad(string snapshotName) => "snapshot/" + snapshotName;

    private static bool IsHex(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigitLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return true;
    }
}
