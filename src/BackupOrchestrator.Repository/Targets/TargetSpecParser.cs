namespace BackupOrchestrator.Repository.Targets;

/// <summary>
/// Turns a target spec into a target: <c>/path</c> or <c>dir:/path</c> is a directory;
/// <c>blob:CONTAINER</c> or <c>blob:CONTAINER/PREFIX</c> is a blob container of the account the connection
/// names (asked for only when the spec is a blob container).
/// </summary>
public static class TargetSpecParser
{
    public const string NoConnectionHint = "--connection, --connection-setting NAME, or the AzureWebJobsStorage environment variable";

    /// <param name="connection">Resolves the blob connection; null when none was given.</param>
    public static IRepositoryTarget Parse(string spec, Func<BlobConnection?> connection)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(spec);
        if (spec.StartsWith("blob:", StringComparison.Ordinal))
        {
            var rest = spec["blob:".Length..].Trim('/');
            int slash = rest.IndexOf('/');
            var container = slash < 0 ? rest : rest[..slash];
            var prefix = slash < 0 ? "" : rest[(slash + 1)..];
            if (container.Length == 0)
            {
                throw new RepositoryException($"Target '{spec}' names no container; write blob:CONTAINER or blob:CONTAINER/PREFIX.");
            }
            if (!IsContainerName(container))
            {
                throw new RepositoryException($"Target '{spec}': '{container}' is not a valid container name (3-63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit).");
            }
            var resolved = connection()
                ?? throw new RepositoryException($"Target '{spec}' is a blob container but no connection was given ({NoConnectionHint}).");
            return new BlobTarget(resolved, container, prefix);
        }
        return new DirectoryTarget(spec.StartsWith("dir:", StringComparison.Ordinal) ? spec["dir:".Length..] : spec);
    }

    private static bool IsContainerName(string name) =>
        name.Length is >= 3 and <= 63
        && name.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')
        && name[0] != '-' && name[^1] != '-' && !name.Contains("--", StringComparison.Ordinal);

    /// <summary>As <see cref="Parse(string, Func{BlobConnection?})"/> with a literal connection string (or none).</summary>
    public static IRepositoryTarget Parse(string spec, string? connectionString) =>
        Parse(spec, () => string.IsNullOrWhiteSpace(connectionString) ? null : BlobConnection.FromConnectionString(connectionString, "the connection string"));
}
