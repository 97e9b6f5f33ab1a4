using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackupOrchestrator.Repository.Keys;

/// <summary>
/// The secret of a repository and the subkeys derived from it (see docs/repository-format.md,
/// "Keys and key id"). The secret never leaves this type: <see cref="ToString"/> shows only the key id.
/// </summary>
public sealed class RepositoryKey
{
    public const string FileFormat = "backup-orchestrator-key/1";
    private const int SecretLength = 64;

    private RepositoryKey(byte[] secret, DateTimeOffset created)
    {
        Created = created;
        EncryptionKey = HMACSHA256.HashData(secret, "encryption"u8);
        ChunkIdKey = HMACSHA256.HashData(secret, "chunk-id"u8);
        GearSeed = HMACSHA256.HashData(secret, "gear"u8);
        KeyId = ComputeKeyId(secret);
        _secret = secret;
    }

    private readonly byte[] _secret;

    /// <summary>32 hex digits; recorded in the repository's config.</summary>
    public string KeyId { get; }
    public DateTimeOffset Created { get; }
    internal byte[] EncryptionKey { get; }
    internal byte[] ChunkIdKey { get; }
    internal byte[] GearSeed { get; }

    public static RepositoryKey Generate(TimeProvider? time = null) =>
        new(RandomNumberGenerator.GetBytes(SecretLength), (time ?? TimeProvider.System).GetUtcNow());

    /// <summary>Writes a new key file with mode 0600; refuses to overwrite an existing file.</summary>
    public static RepositoryKey CreateFile(string path, TimeProvider? time = null)
    {
        var key = Generate(time);
        var json = JsonSerializer.SerializeToUtf8Bytes(
            new KeyFile(FileFormat, key.KeyId, Convert.ToBase64String(key._secret), key.Created), KeyJson.Default.KeyFile);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        try
        {
            using var stream = new FileStream(path, options);
            stream.Write(json);
            stream.Flush(flushToDisk: true);
        }
        catch (IOException e) when (File.Exists(path))
        {
            throw new RepositoryException($"Key file {path} already exists; refusing to overwrite a key (that would make its backups unreadable). Choose another path.", e);
        }
        return key;
    }

    public static RepositoryKey Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RepositoryException($"Cannot read key file {path}: {e.Message}. Pass the key file written by 'backupctl key init' (--key).", e);
        }
        KeyFile? file;
        try
        {
            file = JsonSerializer.Deserialize(bytes, KeyJson.Default.KeyFile);
        }
        catch (JsonException e)
        {
            throw new RepositoryException($"Key file {path} is not a backup key file (invalid JSON at line {e.LineNumber + 1}).", e);
        }
        if (file is null || file.Format != FileFormat || string.IsNullOrEmpty(file.Secret))
        {
            throw new RepositoryException($"Key file {path} is not a backup key file (expected format '{FileFormat}').");
        }
        byte[] secret;
        try
        {
            secret = Convert.FromBase64String(file.Secret);
        }
        catch (FormatException e)
        {
            throw new RepositoryException($"Key file {path} is damaged: its secret is not base64.", e);
        }
        if (secret.Length != SecretLength)
        {
            throw new RepositoryException($"Key file {path} is damaged: its secret has {secret.Length} bytes, expected {SecretLength}.");
        }
        var key = new RepositoryKey(secret, file.Created);
        if (!string.Equals(key.KeyId, file.KeyId, StringComparison.Ordinal))
        {
            throw new RepositoryException($"Key file {path} is damaged: its recorded key id {file.KeyId} does not match its secret ({key.KeyId}).");
        }
        return key;
    }

    private static string ComputeKeyId(byte[] secret)
    {
        var input = new byte[26 + secret.Length];
        Encoding.ASCII.GetBytes("backup-orchestrator/key-id", input);
        secret.CopyTo(input, 26);
        return Convert.ToHexStringLower(SHA256.HashData(input).AsSpan(0, 16));
    }

    public override string ToString() => $"key {KeyId}";

    internal sealed record KeyFile(
        [property: JsonPropertyName("format")] string Format,
        [property: JsonPropertyName("keyId")] string KeyId,
        [property: JsonPropertyName("secret")] string Secret,
        [property: JsonPropertyName("created")] DateTimeOffset Created);
}

[JsonSerializable(typeof(RepositoryKey.KeyFile))]
internal sealed partial class KeyJson : JsonSerializerContext;
