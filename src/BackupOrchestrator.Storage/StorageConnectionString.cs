namespace BackupOrchestrator.Storage;

/// <summary>
/// An Azure Storage connection string as Azure tools read it: <c>UseDevelopmentStorage=true</c>
/// (Azurite on 127.0.0.1:10000-10002 with the well-known devstoreaccount1 key), or
/// <c>AccountName</c> + <c>AccountKey</c> with explicit <c>BlobEndpoint</c>/<c>QueueEndpoint</c>/<c>TableEndpoint</c>
/// or an <c>EndpointSuffix</c> (default core.windows.net) and <c>DefaultEndpointsProtocol</c> (default https).
/// </summary>
public sealed class StorageConnectionString
{
    /// <summary>The account name Azurite serves by default.</summary>
    public const string DevelopmentAccountName = "devstoreaccount1";

    /// <summary>The published, well-known key of Azurite's default account (not a secret).</summary>
    public const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private StorageConnectionString(string accountName, string? accountKey, Uri blob, Uri queue, Uri table)
    {
        AccountName = accountName;
        AccountKey = accountKey;
        BlobEndpoint = blob;
        QueueEndpoint = queue;
        TableEndpoint = table;
    }

    public string AccountName { get; }

    /// <summary>Base64 account key; null for anonymous access (only useful for public blobs).</summary>
    public string? AccountKey { get; }

    public Uri BlobEndpoint { get; }

    public Uri QueueEndpoint { get; }

    public Uri TableEndpoint { get; }

    /// <summary>Azurite on loopback with the default ports (or the given ones).</summary>
    public static StorageConnectionString Development(string host = "127.0.0.1", int blobPort = 10000, int queuePort = 10001, int tablePort = 10002) =>
        new(DevelopmentAccountName, DevelopmentAccountKey,
            new Uri($"http://{host}:{blobPort}/{DevelopmentAccountName}"),
            new Uri($"http://{host}:{queuePort}/{DevelopmentAccountName}"),
            new Uri($"http://{host}:{tablePort}/{DevelopmentAccountName}"));

    /// <summary>Parses a connection string; throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static StorageConnectionString Parse(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new FormatException($"Storage connection string: '{Redact(part)}' is not a Key=Value pair. Expected e.g. 'AccountName=x;AccountKey=y' or 'UseDevelopmentStorage=true'.");
            }

            values[part[..eq].Trim()] = part[(eq + 1)..].Trim();
        }

        if (values.TryGetValue("UseDevelopmentStorage", out var dev) && bool.TryParse(dev, out var isDev) && isDev)
        {
            var baseline = Development();
            if (values.TryGetValue("DevelopmentStorageProxyUri", out var proxy))
            {
                var p = new Uri(proxy);
                baseline = Development(p.Host);
            }

            return baseline;
        }

        values.TryGetValue("AccountName", out var account);
        values.TryGetValue("AccountKey", out var key);
        var protocol = values.TryGetValue("DefaultEndpointsProtocol", out var proto) ? proto.ToLowerInvariant() : "https";
        if (protocol is not ("http" or "https"))
        {
            throw new FormatException($"Storage connection string: DefaultEndpointsProtocol must be http or https, not '{proto}'.");
        }

        var suffix = values.TryGetValue("EndpointSuffix", out var sfx) ? sfx : "core.windows.net";
        Uri? Endpoint(string name, string service)
        {
            if (values.TryGetValue(name, out var explicitEndpoint))
            {
                if (!Uri.TryCreate(explicitEndpoint.TrimEnd('/'), UriKind.Absolute, out var uri))
                {
                    throw new FormatException($"Storage connection string: {name} '{explicitEndpoint}' is not an absolute URL.");
                }

                return uri;
            }

            return account is null ? null : new Uri($"{protocol}://{account}.{service}.{suffix}");
        }

        var blob = Endpoint("BlobEndpoint", "blob");
        var queue = Endpoint("QueueEndpoint", "queue");
        var table = Endpoint("TableEndpoint", "table");
        if (string.IsNullOrEmpty(account))
        {
            // An explicit Azurite-style endpoint carries the account as its first path segment.
            var first = (blob ?? queue ?? table)?.AbsolutePath.Trim('/').Split('/')[0];
            if (string.IsNullOrEmpty(first))
            {
                throw new FormatException("Storage connection string: AccountName is missing. Expected 'AccountName=x;AccountKey=y[;EndpointSuffix=...]' or 'UseDevelopmentStorage=true'.");
            }

            account = first;
        }

        if (key is not null)
        {
            Span<byte> buffer = stackalloc byte[128];
            if (!Convert.TryFromBase64String(key, buffer, out _))
            {
                throw new FormatException($"Storage connection string: AccountKey of account '{account}' is not valid base64. Copy the key again from the portal or `az storage account keys list`.");
            }
        }

        static Uri Missing(string s) => throw new FormatException($"Storage connection string: no {s} endpoint; give AccountName or {s}Endpoint.");
        return new StorageConnectionString(account, key, blob ?? Missing("Blob"), queue ?? Missing("Queue"), table ?? Missing("Table"));
    }

    /// <summary>The connection string back in the explicit form (includes the key).</summary>
    public string ToConnectionString() =>
        $"DefaultEndpointsProtocol={BlobEndpoint.Scheme};AccountName={AccountName};AccountKey={AccountKey};BlobEndpoint={BlobEndpoint};QueueEndpoint={QueueEndpoint};TableEndpoint={TableEndpoint};";

    /// <summary>Never prints the key.</summary>
    public override string ToString() => $"AccountName={AccountName};BlobEndpoint={BlobEndpoint};QueueEndpoint={QueueEndpoint};TableEndpoint={TableEndpoint}";

    private static string Redact(string part) => part.Length > 12 ? part[..12] + "…" : part;
}
