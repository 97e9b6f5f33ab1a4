using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackupOrchestrator.Repository.Format;

/// <summary>The plaintext <c>config</c> object: which format, which key, which chunker.</summary>
public sealed record RepositoryConfig(
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("repositoryId")] string RepositoryId,
    [property: JsonPropertyName("keyId")] string KeyId,
    [property: JsonPropertyName("chunkMin")] int ChunkMin,
    [property: JsonPropertyName("chunkAverage")] int ChunkAverage,
    [property: JsonPropertyName("chunkMax")] int ChunkMax,
    [property: JsonPropertyName("created")] DateTimeOffset Created,
    [property: JsonPropertyName("chunkIdHash"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ChunkIdHash = null)
{
    /// <summary>
    /// 4: the config names the chunk-id hash (new repositories: HMAC-SHA-256 where the CPU has SHA-256 instructions, else keyed BLAKE3). 3: chunks live in pack
    /// objects named by index objects, named by HMAC-SHA-512/256 (version 2 stored each chunk as its own
    /// object; version 1 described streams as segments).
    /// </summary>
    public const int CurrentVersion = 4;

    /// <summary>The oldest version this program reads and writes: 3 differs from 4 only in how chunks are named.</summary>
    public const int OldestReadable = 3;

    /// <summary>The chunk-id hash of this repository: the recorded one, or HMAC-SHA-512/256 for version 3, which names none.</summary>
    [JsonIgnore]
    public string ChunkIds => Version == 3 ? Chunking.ChunkIdHash.HmacSha512Truncated : ChunkIdHash ?? "";

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, FormatJson.Default.RepositoryConfig);

    public static RepositoryConfig Parse(byte[] json, string where)
    {
        try
        {
            return JsonSerializer.Deserialize(json, FormatJson.Default.RepositoryConfig)
                ?? throw new RepositoryException($"{where}: config is empty.");
        }
        catch (JsonException e)
        {
            throw new RepositoryException($"{where}: config is not valid JSON (line {e.LineNumber + 1}); the repository is damaged or not a backup repository.", e);
        }
    }
}

[JsonSerializable(typeof(RepositoryConfig))]
internal sealed partial class FormatJson : JsonSerializerContext;
