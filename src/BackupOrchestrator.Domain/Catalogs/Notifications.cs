namespace BackupOrchestrator.Domain.Catalogs;

/// <summary>Who hears about what. Defaults follow seed 000: alert on failure and on timeout.</summary>
public sealed record Notifications(bool OnFailure, bool OnTimeout, bool OnSuccess, IReadOnlyList<string> Email, string? Webhook)
{
    public static Notifications Default { get; } = new(true, true, false, [], null);
}
