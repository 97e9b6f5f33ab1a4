using BackupOrchestrator.Functions.Configuration;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace BackupOrchestrator.Functions.Http;

/// <summary>
/// The one check every POST of the API makes first: in read-only mode (<see cref="NightOptions.ReadOnly"/>) it
/// refuses with 403 problem details that name the action and the setting that turns the mode off.
/// </summary>
public sealed class ReadOnlyGuard(IOptions<NightOptions> options)
{
    /// <summary>The 403 to return when the app is read-only, else null. <paramref name="action"/> says what was asked ("retry postgresql for 2026-12-01").</summary>
    public ObjectResult? Refuse(string action) => options.Value.ReadOnly
        ? Problems.Forbidden($"This host is read-only (Backup__ReadOnly=true), so it will not {action}. "
            + "To allow it, set Backup__ReadOnly to false (local.settings.json Values or the environment) and restart the host.")
        : null;
}
