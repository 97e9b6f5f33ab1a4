using BackupOrchestrator.Storage;

namespace BackupOrchestrator.Repository.Targets;

/// <summary>
/// Turns a target spec into a target: <c>/path</c> or <c>dir:/path</c> is a directory;
/// <c>blob:CONTAINER</c> or <c>blob:CONTAINER/PREFIX</c> is a blob container of the account in
/// <paramref name="connectionString"/> (e.g. <c>UseDevelopmentStorage=true</c>).
/// </summary>
public static class TargetSpecParser
{
    public static IRepositoryTarget Parse(string spec, string? connectionString)
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
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new RepositoryException($"Target '{spec}' is a blob container but no connection string was given (--connection, or the AzureWebJobsStorage environment variable).");
            }
            var account = StorageAccount.Create(connectionString);
            return new BlobTarget(account.GetBlobContainerClient(container), prefix);
        }
        return new DirectoryTarget(spec.StartsWith("dir:", StringComparison.Ordinal) ? spec["dir:".Length..] : spec);
    }
}
