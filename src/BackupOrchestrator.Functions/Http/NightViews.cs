using BackupOrchestrator.Functions.Night;

namespace BackupOrchestrator.Functions.Http;

/// <summary>One window of a night: its instance and how it stands.</summary>
public sealed record WindowView(string Name, string InstanceId, string Status);

/// <summary>One service of a night: its status (null before its window started), its instance.</summary>
public sealed record ServiceView(string Service, string Window, string InstanceId, string State, BackupStatus? Status);

/// <summary>
/// A night at a glance: the catalog it runs on, its windows, each service and the count per state, and on a prune
/// night each target's one sweep (<c>sweep:DAY:ROLE</c>; empty on other nights).
/// </summary>
public sealed record NightView(
    string Day,
    string Catalog,
    string CatalogSha256,
    DateTimeOffset CatalogLoadedAt,
    double TimeCompression,
    IReadOnlyList<WindowView> Windows,
    IReadOnlyList<ServiceView> Services,
    IReadOnlyDictionary<string, int> Counts,
    IReadOnlyList<SweepStatus>? Sweeps = null);

/// <summary>One service's run of a night with the end of its log.</summary>
public sealed record ServiceRunView(ServiceView Run, string RuntimeStatus, IReadOnlyList<string> Log);

/// <summary>A retry accepted: the instance that runs it, where to look, and the skipped dependents that follow it.</summary>
public sealed record RetryView(string InstanceId, string StatusUrl, IReadOnlyList<string> Following);
