using System.Text;
using Microsoft.Extensions.Configuration;

namespace BackupOrchestrator.Host.Storage;

/// <summary>
/// The host id under which keys, timer status and listener locks are kept, chosen as the Functions host chooses it:
/// <c>AzureFunctionsWebHost__hostid</c>, else the site name, else the machine name and a hash of the script root;
/// lowercase letters, digits and dashes, at most 32 characters. Hosts sharing a storage account and an id are
/// one app (one timer listener between them).
/// </summary>
internal static class HostId
{
    public static string Resolve(IConfiguration configuration, string scriptRoot)
    {
        var explicitId = configuration["AzureFunctionsWebHost:hostid"];
        if (!string.IsNullOrWhiteSpace(explicitId))
        {
            return Sanitize(explicitId);
        }

        var site = configuration["WEBSITE_SITE_NAME"];
        if (!string.IsNullOrWhiteSpace(site))
        {
            return Sanitize(site);
        }

        return Sanitize($"{Environment.MachineName}-{StableHash(Path.GetFullPath(scriptRoot).TrimEnd('/'))}");
    }

    private static string Sanitize(string value)
    {
        var id = new StringBuilder();
        foreach (var c in value.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')
            {
                id.Append(c);
            }
        }

        var text = id.ToString();
        return (text.Length > 32 ? text[..32] : text).Trim('-');
    }

    // string.GetHashCode differs per process; the id must be the same on every start.
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
