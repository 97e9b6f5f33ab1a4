using System.Globalization;

namespace BackupOrchestrator.Repository.Targets;

/// <summary>
/// What a shared access signature grants, read from its query parameters (not its secret signature), so a 403
/// can say which of "expired", "not yet valid" or "lacks a permission" it is instead of the service's
/// one-size "AuthorizationFailure".
/// </summary>
public sealed record SasInfo(DateTimeOffset? StartsOn, DateTimeOffset? ExpiresOn, string Permissions, bool IsAccountSas)
{
    /// <summary>
    /// What a repository does on its target: read, write (create-only puts, block lists, locks; write covers
    /// create), delete (locks, prune), list (indexes, snapshots).
    /// </summary>
    public const string RepositoryPermissions = "rwdl";

    public static SasInfo Parse(string token)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in token.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = pair.IndexOf('=');
            if (eq > 0)
            {
                values[pair[..eq]] = Uri.UnescapeDataString(pair[(eq + 1)..]);
            }
        }
        return new SasInfo(Time(values, "st"), Time(values, "se"), values.GetValueOrDefault("sp", ""), values.ContainsKey("srt"));
    }

    /// <summary>Repository permissions the SAS lacks ("" when it has them all).</summary>
    public string MissingPermissions =>
        new(RepositoryPermissions.Where(p => !Permissions.Contains(p, StringComparison.Ordinal)).ToArray());

    /// <summary>
    /// The reason a request needing <paramref name="permission"/> (r, w, d or l) is refused at <paramref name="now"/>,
    /// if the SAS itself tells it; null when the SAS looks right (then its signature is what was refused).
    /// </summary>
    public string? ProblemAt(DateTimeOffset now, char permission) =>
        ExpiresOn is { } end && end <= now ? $"the SAS expired at {end:u}; make a new one"
        : StartsOn is { } start && start > now ? $"the SAS is valid only from {start:u} (check the clocks)"
        : !Permissions.Contains(permission, StringComparison.Ordinal) ? $"the SAS lacks permission '{permission}' (it has sp={Permissions}; a repository needs sp={RepositoryPermissions})"
        : null;

    private static DateTimeOffset? Time(Dictionary<string, string> values, string key) =>
        values.TryGetValue(key, out var text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;
}
