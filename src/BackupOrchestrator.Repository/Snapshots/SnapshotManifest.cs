using System.Text.Json.Serialization;

namespace BackupOrchestrator.Repository.Snapshots;

/// <summary>
/// A snapshot's header: what was backed up, when, how big (docs/repository-format.md, "Snapshot
/// manifest"). Listing, retention and "latest" read only this part of each manifest, so they do not
/// hold the file indexes of every snapshot in memory.
/// </summary>
public class SnapshotSummary
{
    /// <summary>3: entries carry <c>hash</c> under the snapshot's <c>entryHash</c> algorithm (2 had SHA-256 only).</summary>
    public const int CurrentVersion = 3;

    public int Version { get; set; } = CurrentVersion;
    public string Id { get; set; } = "";
    /// <summary>Object name under snapshots/: time and id.</summary>
    public string Name { get; set; } = "";
    public string Service { get; set; } = "";
    public string Host { get; set; } = "";
    public List<string> Tags { get; set; } = [];
    public DateTimeOffset Time { get; set; }
    public List<string> Sources { get; set; } = [];
    public long StreamLength { get; set; }
    public string StreamHash { get; set; } = "";
    /// <summary>The hash of each entry's bytes: <see cref="Snapshots.EntryHash.Sha256"/> or <see cref="Snapshots.EntryHash.Sha512Truncated"/>.</summary>
    public string EntryHash { get; set; } = Snapshots.EntryHash.Sha256;
    /// <summary>Entries in the file index.</summary>
    public int EntryCount { get; set; }
    public List<string> Warnings { get; set; } = [];
    public SnapshotStats Stats { get; set; } = new();

    public string ShortId => Id.Length > 8 ? Id[..8] : Id;
}

/// <summary>A snapshot: its header, and where every byte of its tar stream lives.</summary>
public sealed class SnapshotManifest : SnapshotSummary
{
    public List<ChunkRecord> Chunks { get; set; } = [];
    public List<EntryRecord> Entries { get; set; } = [];
}

/// <summary>
/// One piece of the stream, in order: <see cref="Length"/> bytes of chunk <see cref="Id"/>'s plaintext
/// from byte <see cref="Skip"/> on. The piece's stream offset is the sum of the lengths before it.
/// A piece is a whole chunk (Skip 0, its full length) or, where an unchanged entry was taken from the
/// parent snapshot, the part of a chunk that holds that entry.
/// </summary>
public sealed record ChunkRecord(string Id, int Length, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int Skip = 0);

/// <summary>One entry of the file index.</summary>
public sealed class EntryRecord
{
    public const string TypeFile = "file";
    public const string TypeDirectory = "dir";
    public const string TypeSymlink = "symlink";
    public const string TypeHardLink = "hardlink";

    public string Path { get; set; } = "";
    public string Type { get; set; } = TypeFile;
    public long HeaderOffset { get; set; }
    public long DataOffset { get; set; }
    public long Size { get; set; }
    public int Mode { get; set; }
    public long Uid { get; set; }
    public long Gid { get; set; }
    /// <summary>Unix time in nanoseconds (tar keeps 100 ns precision).</summary>
    public long Mtime { get; set; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Link { get; set; }
    public ulong Dev { get; set; }
    public ulong Ino { get; set; }
    public long Ctime { get; set; }
    /// <summary>For parts of a command's output: the logical file the parts make up (commands/NAME).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PartOf { get; set; }
    /// <summary>Hash (the snapshot's <c>entryHash</c>) of the entry's bytes in the stream: header, data and padding (HeaderOffset..EndOffset).</summary>
    public byte[]? Hash { get; set; }

    /// <summary>Where this entry's bytes end in the stream, padding included.</summary>
    [JsonIgnore]
    public long EndOffset => DataOffset + (Type == TypeFile ? (Size + 511) / 512 * 512 : 0);
}

public sealed class SnapshotStats
{
    public long FilesNew { get; set; }
    public long FilesUnchanged { get; set; }
    public long BytesRead { get; set; }
    public long BytesReused { get; set; }
    public int ChunksNew { get; set; }
    public long BytesStoredNew { get; set; }
    public double Seconds { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SnapshotManifest))]
[JsonSerializable(typeof(SnapshotSummary))]
internal sealed partial class ManifestJson : JsonSerializerContext;
