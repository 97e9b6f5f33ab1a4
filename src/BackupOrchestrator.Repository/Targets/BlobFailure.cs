using Azure;

namespace BackupOrchestrator.Repository.Targets;

/// <summary>
/// Turns the SDK's failures into messages a person can act on: what was refused, where, and what to do. The
/// SDK's own message (status, error code, then every header) is for support cases, not for a terminal.
/// </summary>
internal static class BlobFailure
{
    private static readonly HashSet<string> FullCodes = new(StringComparer.Ordinal) { "InsufficientAccountResources", "AccountIsDisabled", "AccountLimitExceeded" };

    /// <param name="permission">The SAS permission the request needed: r, w, d or l.</param>
    public static RepositoryException Translate(Exception failure, string description, string name, char permission, BlobConnection? connection, DateTimeOffset now)
    {
        var source = connection is null ? "the connection" : connection.Source;
        var request = Unwrap(failure);
        if (request is null || request.Status == 0)
        {
            // The retries ran out without an answer: refused, reset, timed out or a name that does not resolve.
            return new RepositoryException($"Cannot reach the {description} ({Innermost(failure).Message}). Check that the storage account " +
                $"(or Azurite) is running and reachable from here and that {source} names the right endpoint, then run the command again.", failure);
        }

        var what = $"{request.Status} {request.ErrorCode}".TrimEnd();
        if (request.Status == 507 || request.ErrorCode is { } code && FullCodes.Contains(code))
        {
            return new TargetFullException($"The {description} refused {name} ({what}: the account is full or over a limit). Free space or prune old " +
                "snapshots, then run the backup again; no snapshot was recorded for this run.", failure);
        }
        if (request.Status == 403)
        {
            return new RepositoryException($"The {description} refused {name} with {what}: {Why403(connection, permission, now)}. Fix {source} and run the command again.", failure);
        }
        if (request.Status == 404 && request.ErrorCode == "ContainerNotFound")
        {
            return new RepositoryException($"The {description} does not exist, and {source} may not create containers (a container SAS). " +
                "Create the container, or use an account key or an account SAS.", failure);
        }
        return new RepositoryException($"The {description} failed on {name}: {what} ({FirstLine(request.Message)}).", failure);
    }

    private static string Why403(BlobConnection? connection, char permission, DateTimeOffset now) => connection?.CredentialKind switch
    {
        BlobCredentialKind.SharedAccessSignature => connection.Sas?.ProblemAt(now, permission)
            ?? "the SAS was refused: a wrong signature (made with another key, or altered), revoked, or for another container or account",
        BlobCredentialKind.AccountKey or BlobCredentialKind.DevelopmentStorage => "the account key was refused: a wrong key or account name (or the clock of this machine is off by more than 15 minutes)",
        BlobCredentialKind.TokenCredential => "the identity was refused: it lacks a data role on the account or container (Storage Blob Data Contributor)",
        _ => "not allowed: a wrong account key or SAS, an expired SAS, or a missing permission (a repository needs read, write, delete and list)",
    };

    private static RequestFailedException? Unwrap(Exception e) => e switch
    {
        RequestFailedException r => r,
        AggregateException a => a.InnerExceptions.OfType<RequestFailedException>().LastOrDefault(r => r.Status != 0)
            ?? a.InnerExceptions.OfType<RequestFailedException>().LastOrDefault(),
        _ => null,
    };

    private static Exception Innermost(Exception e)
    {
        if (e is AggregateException a && a.InnerExceptions.Count > 0)
        {
            e = a.InnerExceptions[^1];
        }
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }
        return e;
    }

    private static string FirstLine(string message)
    {
        int end = message.IndexOfAny(['\r', '\n']);
        return (end < 0 ? message : message[..end]).Trim();
    }
}
