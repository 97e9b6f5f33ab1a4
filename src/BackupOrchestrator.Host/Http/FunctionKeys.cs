using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using BackupOrchestrator.Host.Configuration;

namespace BackupOrchestrator.Host.Http;

/// <summary>
/// The app's keys, kept as the Functions host keeps them in blob storage: container <c>azure-webjobs-secrets</c>,
/// <c>{hostId}/host.json</c> (masterKey, functionKeys, systemKeys) and <c>{hostId}/{function}.json</c> (keys).
/// Missing files are created on first start (a concurrent host's copy wins: creation is if-none-match), so the
/// keys of an app that ran in Azure or under func on the same account keep working.
/// </summary>
internal sealed class FunctionKeys
{
    public const string Container = "azure-webjobs-secrets";
    public const string DurableSystemKey = "durabletask_extension";
    private const string DefaultKeyName = "default";

    private readonly Dictionary<string, string[]> _functionKeys;

    private FunctionKeys(string masterKey, string[] hostFunctionKeys, Dictionary<string, string> systemKeys, Dictionary<string, string[]> functionKeys)
    {
        MasterKey = masterKey;
        HostFunctionKeys = hostFunctionKeys;
        SystemKeys = systemKeys;
        _functionKeys = functionKeys;
    }

    public string MasterKey { get; }

    public IReadOnlyList<string> HostFunctionKeys { get; }

    public IReadOnlyDictionary<string, string> SystemKeys { get; }

    public static async Task<FunctionKeys> LoadOrCreateAsync(BlobServiceClient service, string hostId, IEnumerable<string> keyedFunctions, CancellationToken cancellationToken)
    {
        var container = service.GetBlobContainerClient(Container);
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);

        var hostBlob = container.GetBlobClient($"{hostId}/host.json");
        var host = await LoadOrCreateAsync(hostBlob, NewHostSecrets, cancellationToken);
        var master = host["masterKey"] is JsonObject m ? Value(m, hostBlob.Name, "masterKey") : throw Malformed(hostBlob.Name, "masterKey");
        var hostKeys = Values(host["functionKeys"], hostBlob.Name, "functionKeys");
        var system = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in (host["systemKeys"] as JsonArray ?? []).OfType<JsonObject>())
        {
            system[key["name"]?.GetValue<string>() ?? string.Empty] = Value(key, hostBlob.Name, "systemKeys");
        }

        if (!system.ContainsKey(DurableSystemKey))
        {
            // A host.json written before the Durable extension ran: add its system key as the Functions host does.
            var keys = host["systemKeys"] as JsonArray ?? [];
            var created = NewKey(DurableSystemKey);
            keys.Add(created);
            host["systemKeys"] = keys;
            await hostBlob.UploadAsync(BinaryData.FromString(host.ToJsonString()), overwrite: true, cancellationToken);
            system[DurableSystemKey] = created["value"]!.GetValue<string>();
        }

        var functionKeys = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var function in keyedFunctions)
        {
            var blob = container.GetBlobClient($"{hostId}/{function.ToLowerInvariant()}.json");
            var secrets = await LoadOrCreateAsync(blob, NewFunctionSecrets, cancellationToken);
            functionKeys[function] = Values(secrets["keys"], blob.Name, "keys");
        }

        return new FunctionKeys(master, hostKeys, system, functionKeys);
    }

    public bool IsMaster(string? key) => key is not null && FixedTimeEquals(key, MasterKey);

    /// <summary>True for a key that opens a Function-level function: the master key, a host key or one of its own keys.</summary>
    public bool OpensFunction(string function, string? key)
        => key is not null && (IsMaster(key)
            || HostFunctionKeys.Any(k => FixedTimeEquals(key, k))
            || (_functionKeys.TryGetValue(function, out var own) && own.Any(k => FixedTimeEquals(key, k))));

    /// <summary>True for the master key or the named system key (extension endpoints such as the Durable API).</summary>
    public bool IsSystemOrMaster(string systemKeyName, string? key)
        => key is not null && (IsMaster(key) || (SystemKeys.TryGetValue(systemKeyName, out var system) && FixedTimeEquals(key, system)));

    /// <summary>A function's first (default) key, for the start-up banner's hint and for tests.</summary>
    public string? DefaultKeyOf(string function) => _functionKeys.TryGetValue(function, out var keys) ? keys.FirstOrDefault() : null;

    private static async Task<JsonObject> LoadOrCreateAsync(BlobClient blob, Func<JsonObject> create, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var content = await blob.DownloadContentAsync(cancellationToken);
                return JsonNode.Parse(content.Value.Content.ToString()) as JsonObject ?? throw Malformed(blob.Name, "(root)");
            }
            catch (RequestFailedException ex) when (ex.Status == 404 && attempt < 3)
            {
                var secrets = create();
                try
                {
                    await blob.UploadAsync(BinaryData.FromString(secrets.ToJsonString()), new BlobUploadOptions { Conditions = new() { IfNoneMatch = ETag.All } }, cancellationToken);
                    return secrets;
                }
                catch (RequestFailedException race) when (race.Status is 409 or 412)
                {
                    // Another host created it first: read theirs.
                }
            }
            catch (JsonException)
            {
                throw Malformed(blob.Name, "(root)");
            }
        }
    }

    private static JsonObject NewHostSecrets() => new()
    {
        ["masterKey"] = NewKey("master"),
        ["functionKeys"] = new JsonArray(NewKey(DefaultKeyName)),
        ["systemKeys"] = new JsonArray(NewKey(DurableSystemKey)),
        ["hostName"] = "localhost",
        ["instanceId"] = Guid.NewGuid().ToString("N"),
        ["source"] = "runtime",
        ["decryptionKeyId"] = string.Empty,
    };

    private static JsonObject NewFunctionSecrets() => new()
    {
        ["keys"] = new JsonArray(NewKey(DefaultKeyName)),
        ["hostName"] = "localhost",
        ["instanceId"] = Guid.NewGuid().ToString("N"),
        ["source"] = "runtime",
        ["decryptionKeyId"] = string.Empty,
    };

    private static JsonObject NewKey(string name) => new()
    {
        ["name"] = name,
        ["value"] = Base64Url(RandomNumberGenerator.GetBytes(40)),
        ["encrypted"] = false,
    };

    private static string[] Values(JsonNode? keys, string blob, string key)
        => keys is JsonArray array ? [.. array.OfType<JsonObject>().Select(k => Value(k, blob, key))] : throw Malformed(blob, key);

    private static string Value(JsonObject key, string blob, string name)
    {
        if (key["encrypted"] is JsonValue e && e.TryGetValue<bool>(out var encrypted) && encrypted)
        {
            throw new HostConfigurationException($"{Container}/{blob}", name, "holds encrypted keys, which this host cannot decrypt.", "Use the keys from the Azure portal, or delete the blob to have new unencrypted local keys created.");
        }

        return key["value"] is JsonValue v && v.TryGetValue<string>(out var value) && value.Length > 0 ? value : throw Malformed(blob, name);
    }

    private static HostConfigurationException Malformed(string blob, string key)
        => new($"{Container}/{blob}", key, "is not a Functions secrets file.", "Delete the blob to have new keys created on the next start.");

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool FixedTimeEquals(string a, string b)
        => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
