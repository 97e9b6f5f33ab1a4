using BackupOrchestrator.Functions.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace BackupOrchestrator.Functions.Http;

/// <summary>
/// The restores to a folder on the server that <c>POST snapshots/{target}/{id}/restore</c> started (function key):
/// <c>GET restores</c> (this host's, newest first) and <c>GET restores/{job}</c> (files and bytes done of their
/// totals, <c>Running</c>, <c>Succeeded</c> or <c>Failed</c> with the reason).
/// </summary>
public sealed class RestoreHttp(RestoreJobs restores)
{
    [Function(nameof(ListRestores))]
    public IActionResult ListRestores(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "restores")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new OkObjectResult(restores.Recent().Select(j => View(j, NightActionsHttp.Url(request, $"restores/{j.Id}"))).ToList());
    }

    [Function(nameof(GetRestore))]
    public IActionResult GetRestore(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "restores/{job}")] HttpRequest request,
        string job)
    {
        ArgumentNullException.ThrowIfNull(request);
        return restores.Find(job) is { } found
            ? new OkObjectResult(View(found, NightActionsHttp.Url(request, $"restores/{found.Id}")))
            : Problems.NotFound($"This host has no restore '{job}'. Restores are tracked by the host that runs them until it restarts; GET /api/restores lists its restores, and the folder shows what a restore interrupted by a restart wrote.");
    }

    internal static RestoreStatusView View(RestoreJobView job, string url) => new(job, url);
}
