using System.Globalization;
using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Functions.Integrity;
using BackupOrchestrator.Functions.Night;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace BackupOrchestrator.Functions.Http;

/// <summary>
/// The integrity checks over HTTP (function key): <c>GET integrity</c> (the latest result per target),
/// <c>GET integrity/{day}</c> (that day's check, also while it runs), <c>POST integrity/run</c> (one now; 403 when read-only).
/// </summary>
public sealed class IntegrityHttp(IntegrityStarter starter, ReadOnlyGuard readOnly)
{
    [Function(nameof(GetIntegrity))]
    public async Task<IActionResult> GetIntegrity(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "integrity")] HttpRequest request,
        [DurableClient] DurableTaskClient client)
    {
        var checks = new List<IntegrityStatus>();
        var query = new OrchestrationQuery { InstanceIdPrefix = NightIds.IntegrityPrefix, FetchInputsAndOutputs = true };
        await foreach (var instance in client.GetAllInstancesAsync(query).WithCancellation(request.HttpContext.RequestAborted))
        {
            if (instance.ReadCustomStatusAs<IntegrityStatus>() is { } status)
            {
                checks.Add(status);
            }
        }

        // The same place under another role (or catalog) is one target: its lock id says so.
        var latest = checks.SelectMany(c => c.Targets).GroupBy(t => t.LockId, StringComparer.Ordinal)
            .Select(g => g.MaxBy(t => t.Checked)!).OrderBy(t => t.Target, StringComparer.Ordinal).ToList();
        var days = checks.OrderByDescending(c => c.Day, StringComparer.Ordinal)
            .Select(c => new IntegrityCheckView(c.Day, c.State, c.Trigger, c.Started, c.Ended, $"/api/integrity/{c.Day}")).ToList();
        return new OkObjectResult(new IntegrityOverview(latest, days));
    }

    [Function(nameof(GetIntegrityDay))]
    public async Task<IActionResult> GetIntegrityDay(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "integrity/{day}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string day)
    {
        if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return Problems.BadRequest($"'{day}' is not a day: write it as yyyy-MM-dd (e.g. 2026-12-06).");
        }

        var text = NightIds.Day(parsed);
        var instance = await client.GetInstanceAsync(NightIds.Integrity(text), getInputsAndOutputs: true, request.HttpContext.RequestAborted);
        return instance?.ReadCustomStatusAs<IntegrityStatus>() is { } status
            ? new OkObjectResult(status)
            : Problems.NotFound($"No integrity check ran on {text}. GET /api/integrity lists the days that have one; POST /api/integrity/run starts one now.");
    }

    [Function(nameof(RunIntegrity))]
    public async Task<IActionResult> RunIntegrity(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "integrity/run")] HttpRequest request,
        [DurableClient] DurableTaskClient client)
    {
        if (readOnly.Refuse("start an integrity check") is { } forbidden)
        {
            return forbidden;
        }

        string day;
        string? refusal;
        try
        {
            (day, refusal) = await starter.RunNowAsync(client, request.HttpContext.RequestAborted);
        }
        catch (CatalogException e)
        {
            // The app's catalog, not the caller's request, is wrong: say what, as backupctl validate does.
            return Problems.CatalogRefused("no integrity check started", e);
        }

        if (refusal is not null)
        {
            return Problems.Conflict(refusal);
        }

        var url = $"{request.Scheme}://{request.Host}/api/integrity/{day}";
        return new AcceptedResult(url, new IntegrityStartedView(NightIds.Integrity(day), url));
    }
}

/// <summary>The latest result per target, and every day with a check.</summary>
public sealed record IntegrityOverview(IReadOnlyList<TargetIntegrity> Targets, IReadOnlyList<IntegrityCheckView> Checks);

/// <summary>One day's check at a glance, and where its details are.</summary>
public sealed record IntegrityCheckView(string Day, IntegrityState State, string Trigger, DateTimeOffset Started, DateTimeOffset? Ended, string Url);

/// <summary>A check started on request: its instance and where to look.</summary>
public sealed record IntegrityStartedView(string InstanceId, string StatusUrl);
