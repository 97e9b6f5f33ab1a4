using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace BackupOrchestrator.Repository.Targets;

/// <summary>How a connection authenticates; chosen by <see cref="BlobConnection"/>, shown in messages.</summary>
public enum BlobCredentialKind
{
    /// <summary><c>UseDevelopmentStorage=true</c> or Azurite's well-known account key.</summary>
    DevelopmentStorage,

    /// <summary>A connection string with <c>AccountKey=</c> (Shared Key).</summary>
    AccountKey,

    /// <summary>A connection string with <c>SharedAccessSignature=</c> (account or container SAS).</summary>
    SharedAccessSignature,

    /// <summary>An account URL with a Microsoft Entra ID token credential (managed identity, Azure CLI login, ...).</summary>
    TokenCredential,
}

/// <summary>
/// A storage account connection as Azure tools take it, and the one place every <see cref="BlobServiceClient"/>
/// we build gets its options (<see cref="CreateClientOptions"/>). Two ways in:
/// <list type="bullet">
/// <item><see cref="FromConnectionString"/>: <c>UseDevelopmentStorage=true</c>, or a connection string with
/// <c>AccountKey=</c> or <c>SharedAccessSignature=</c>.</item>
/// <item><see cref="FromSetting"/>: a setting read the way the Functions host reads a connection named
/// <c>NAME</c>: the value of <c>NAME</c> (or <c>ConnectionStrings:NAME</c>) is a connection string; otherwise
/// the identity-based form <c>NAME__blobServiceUri</c> (or <c>NAME__serviceUri</c>, or <c>NAME__accountName</c> for
/// https://ACCOUNT.blob.core.windows.net) with <c>NAME__credential</c> = <c>managedidentity</c> (and
/// <c>NAME__clientId</c> for a user-assigned identity), or <c>NAME__tenantId</c>/<c>__clientId</c>/<c>__clientSecret</c>,
/// or nothing: <see cref="DefaultAzureCredential"/>.</item>
/// </list>
/// The secret (key, SAS) stays inside; <see cref="Source"/> and <see cref="Endpoint"/> are safe to print.
/// </summary>
public sealed class BlobConnection
{
    /// <summary>
    /// The x-ms-version of every request we send. Azurite 3.37 accepts up to 2026-06-06 and refuses the SDK's
    /// newer default with 400 InvalidHeaderValue; real accounts accept it too. Raise it with Azurite.
    /// </summary>
    public const BlobClientOptions.ServiceVersion ServiceVersion = BlobClientOptions.ServiceVersion.V2026_06_06;

    private static readonly Uri DevelopmentEndpoint = new("http://127.0.0.1:10000/devstoreaccount1");
    private readonly string? _connectionString;
    private BlobServiceClient? _client;

    private BlobConnection(string source, Uri endpoint, BlobCredentialKind kind, string? connectionString, TokenCredential? credential, SasInfo? sas)
    {
        Source = source;
        Endpoint = endpoint;
        CredentialKind = kind;
        _connectionString = connectionString;
        TokenCredential = credential;
        Sas = sas;
    }

    /// <summary>Where the connection came from, for messages: "--connection", "setting AzureWebJobsStorage".</summary>
    public string Source { get; }

    /// <summary>The blob service endpoint (no query, so no SAS).</summary>
    public Uri Endpoint { get; }

    public BlobCredentialKind CredentialKind { get; }

    /// <summary>The token credential of an identity-based connection; null otherwise.</summary>
    public TokenCredential? TokenCredential { get; }

    /// <summary>What the connection string's SAS grants (null without one): read to say plainly why a request was refused.</summary>
    public SasInfo? Sas { get; }

    /// <summary>Client options with the pinned <see cref="ServiceVersion"/>: use these for every blob client.</summary>
    public static BlobClientOptions CreateClientOptions() => new(ServiceVersion);

    /// <summary>The account's service client (one per connection; thread-safe).</summary>
    public BlobServiceClient ServiceClient => _client ??= _connectionString is not null
        ? new BlobServiceClient(_connectionString, CreateClientOptions())
        : new BlobServiceClient(Endpoint, TokenCredential, CreateClientOptions());

    public BlobContainerClient GetContainerClient(string container) => ServiceClient.GetBlobContainerClient(container);

    /// <summary>A connection string: <c>UseDevelopmentStorage=true</c>, account key or SAS.</summary>
    /// <param name="source">Where it came from, for messages (never the string itself).</param>
    public static BlobConnection FromConnectionString(string connectionString, string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var parts = ParseParts(connectionString, source);
        BlobServiceClient client;
        try
        {
            client = new BlobServiceClient(connectionString, CreateClientOptions());
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            // The SDK's message quotes no secret; ours says what a good one looks like.
            throw new RepositoryException($"The storage connection string from {source} is not valid ({e.Message}). Write " +
                "UseDevelopmentStorage=true, DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…, or BlobEndpoint=https://…;SharedAccessSignature=….", e);
        }

        var endpoint = new Uri(client.Uri.GetLeftPart(UriPartial.Path));
        BlobCredentialKind kind;
        SasInfo? sas = null;
        if (parts.TryGetValue("UseDevelopmentStorage", out var dev) && dev.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            kind = BlobCredentialKind.DevelopmentStorage;
            endpoint = parts.TryGetValue("DevelopmentStorageProxyUri", out _) ? endpoint : DevelopmentEndpoint;
        }
        else if (parts.TryGetValue("SharedAccessSignature", out var token))
        {
            kind = BlobCredentialKind.SharedAccessSignature;
            sas = SasInfo.Parse(token);
        }
        else if (parts.TryGetValue("AccountName", out var name) && name == "devstoreaccount1")
        {
            kind = BlobCredentialKind.DevelopmentStorage;
        }
        else
        {
            kind = BlobCredentialKind.AccountKey;
        }

        RequireHttpsForAzure(endpoint, source);
        return new BlobConnection(source, endpoint, kind, connectionString, null, sas);
    }

    /// <summary>
    /// The connection named <paramref name="name"/> in <paramref name="configuration"/>, read as the Functions host
    /// reads it (see the class summary). Environment variables map <c>NAME__key</c> to <c>NAME:key</c>.
    /// </summary>
    public static BlobConnection FromSetting(IConfiguration configuration, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var source = $"setting {name}";
        var value = configuration[name];
        if (string.IsNullOrWhiteSpace(value))
        {
            value = configuration.GetConnectionString(name);
        }
        if (!string.IsNullOrWhiteSpace(value))
        {
            return FromConnectionString(value, source);
        }

        var section = configuration.GetSection(name);
        var uri = section["blobServiceUri"] ?? section["serviceUri"];
        Uri endpoint;
        if (!string.IsNullOrWhiteSpace(uri))
        {
            if (!Uri.TryCreate(uri, UriKind.Absolute, out endpoint!) || endpoint.Scheme is not ("https" or "http"))
            {
                throw new RepositoryException($"{name}__blobServiceUri '{uri}' is not an account URL; write https://ACCOUNT.blob.core.windows.net.");
            }
        }
        else if (section["accountName"] is { Length: > 0 } account)
        {
            endpoint = new Uri($"https://{account}.blob.core.windows.net");
        }
        else
        {
            throw new RepositoryException($"The connection setting {name} is not set. Set {name} to a connection string (UseDevelopmentStorage=true for Azurite), " +
                $"or {name}__blobServiceUri (or {name}__accountName) for an identity-based connection, with {name}__credential=managedidentity on Azure.");
        }

        if (endpoint.Scheme != "https")
        {
            // Bearer tokens are never sent in clear text; the SDK would refuse too, later and less plainly.
            throw new RepositoryException($"{name}__blobServiceUri must be https (identity-based connections send a token with each request): {endpoint}.");
        }

        return new BlobConnection(source, endpoint, BlobCredentialKind.TokenCredential, null, CreateCredential(section, name), null);
    }

    /// <summary>
    /// The token credential of an identity-based connection, by the rules of the Functions host
    /// (Microsoft.Extensions.Azure): credential=managedidentity → ManagedIdentityCredential (clientId or
    /// managedIdentityResourceId picks a user-assigned identity); tenantId + clientId + clientSecret → a service
    /// principal; otherwise DefaultAzureCredential (environment, workload identity, managed identity, Azure CLI, ...).
    /// Written here rather than through Microsoft.Extensions.Azure's factory, which needs a DI container for these few lines.
    /// </summary>
    private static TokenCredential CreateCredential(IConfigurationSection section, string name)
    {
        var credential = section["credential"];
        var clientId = section["clientId"];
        var tenantId = section["tenantId"];
        var resourceId = section["managedIdentityResourceId"];
        if (string.Equals(credential, "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            var id = !string.IsNullOrWhiteSpace(clientId) ? ManagedIdentityId.FromUserAssignedClientId(clientId)
                : !string.IsNullOrWhiteSpace(resourceId) ? ManagedIdentityId.FromUserAssignedResourceId(new ResourceIdentifier(resourceId))
                : ManagedIdentityId.SystemAssigned;
            return new ManagedIdentityCredential(id);
        }
        if (!string.IsNullOrWhiteSpace(credential))
        {
            throw new RepositoryException($"{name}__credential '{credential}' is not known: write managedidentity, or leave it out to use DefaultAzureCredential.");
        }
        if (!string.IsNullOrWhiteSpace(tenantId) && !string.IsNullOrWhiteSpace(clientId) && section["clientSecret"] is { Length: > 0 } secret)
        {
            return new ClientSecretCredential(tenantId, clientId, secret);
        }
        var options = new DefaultAzureCredentialOptions();
        if (!string.IsNullOrWhiteSpace(clientId))
        {
            options.ManagedIdentityClientId = clientId;
            options.WorkloadIdentityClientId = clientId;
        }
        if (!string.IsNullOrWhiteSpace(tenantId))
        {
            options.TenantId = tenantId;
        }
        return new DefaultAzureCredential(options);
    }

    private static Dictionary<string, string> ParseParts(string connectionString, string source)
    {
        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var piece in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int eq = piece.IndexOf('=');
            if (eq <= 0)
            {
                throw new RepositoryException($"The storage connection string from {source} is not valid: a part has no KEY=VALUE form. Write " +
                    "UseDevelopmentStorage=true, DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…, or BlobEndpoint=https://…;SharedAccessSignature=….");
            }
            parts[piece[..eq]] = piece[(eq + 1)..];
        }
        return parts;
    }

    private static void RequireHttpsForAzure(Uri endpoint, string source)
    {
        if (endpoint.Scheme != "https" && endpoint.Host.EndsWith(".core.windows.net", StringComparison.OrdinalIgnoreCase))
        {
            throw new RepositoryException($"The connection from {source} talks plain http to {endpoint.Host}; Azure accounts take https (DefaultEndpointsProtocol=https).");
        }
    }
}
