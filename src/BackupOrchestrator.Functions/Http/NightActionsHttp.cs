using System.Text.Json;
using System.Text.RegularExpressions;
using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Functions.Night;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace BackupOrchestrator.Functions.Http;

/// <summary>
/// Work started by a person (function key; every one refused in read-only mode): <c>POST nights/{day}/retry</c>
/// (every failed service of a night), <c>POST services/{service}/run</c> (one service now, outside the night) with
/// <c>GET services/{service}/runs/{runId}</c>, <c>POST windows/{window}/run</c> (tonight's window, released now).
/// </summary>
public sealed partial class NightActionsHttp(NightStarter starter, ManualRuns manual, ReadOnlyGuard readOnly)
{
    [Function(nameof(RetryNight))]
    public async Task<IActionResult> RetryNight(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "nights/{day}/retry")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string day)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (readOnly.Refuse($"retry the failed services of {day}") is { } refused)
        {
            return refused;
        }

        try
        {
            if (Days.Parse(starter, day) is not { } parsed)
            {
                return Days.Bad(day);
            }

            if (await starter.RetryFailedAsync(client, parsed, request.HttpContext.RequestAborted) is not { } outcomes)
            {
                return Days.NoNight(parsed);
            }

            var retried = outcomes.Where(o => o.Refusal is null).ToList();
            var refusals = outcomes.Where(o => o.Refusal is not null).ToList();
            if (retried.Count == 0 && refusals.Count > 0)
            {
                return Problems.Conflict(string.Join(" ", refusals.Select(r => $"{r.Service}: {r.Refusal}")));
            }

            var url = Url(request, $"nights/{parsed}");
            var view = new NightRetryView(parsed, retried, refusals, url);
            // Nothing failed is an answer, not an error: 200 with empty lists; 202 when something runs again.
            return retried.Count == 0 ? new OkObjectResult(view) : new AcceptedResult(url, view);
        }
        catch (CatalogException e)
        {
            return Problems.CatalogRefused($"the night {day} cannot be retried", e);
        }
    }

    [Function(nameof(RunService))]
    public async Task<IActionResult> RunService(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "services/{service}/run")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string service)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (readOnly.Refuse($"run {service}") is { } refused)
        {
            return refused;
        }

        var (body, bad) = await ReadBodyAsync(request);
        if (bad is not null)
        {
            return bad;
        }

        if (body?.RunId is { } runId && !RunIdPattern().IsMatch(runId))
        {
            return Problems.BadRequest($"runId '{runId}' is not a run id: use 1 to 64 letters, digits, '.', '_' or '-' (e.g. a UUID), or leave it out.");
        }

        try
        {
            if (await manual.StartAsync(client, service, body?.RunId, request.HttpContext.RequestAborted) is not { } start)
            {
                return UnknownService(service);
            }

            var url = Url(request, $"services/{Uri.EscapeDataString(service)}/runs/{Uri.EscapeDataString(start.RunId)}");
            return new AcceptedResult(url, new ManualRunView(service, start.InstanceId, start.RunId, url, start.AlreadyStarted));
        }
        catch (CatalogException e)
        {
            return Problems.CatalogRefused($"{service} cannot run", e);
        }
    }

    [Function(nameof(GetManualRun))]
    public async Task<IActionResult> GetManualRun(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "services/{service}/runs/{runId}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string service,
        string runId)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = NightIds.Manual(service, runId);
        if (await client.GetInstanceAsync(id, getInputsAndOutputs: true, request.HttpContext.RequestAborted) is not { } instance)
        {
            return Problems.NotFound($"There is no run '{runId}' of {service}. POST /api/services/{service}/run starts one and answers with its URL.");
        }

        return new OkObjectResult(new ManualRunStatusView(service, id, runId, instance.RuntimeStatus.ToString(), instance.ReadCustomStatusAs<BackupStatus>()));
    }

    [Function(nameof(RunWindow))]
    public async Task<IActionResult> RunWindow(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "windows/{window}/run")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string window)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (readOnly.Refuse($"run the window {window}") is { } refused)
        {
            return refused;
        }

        try
        {
            var (id, day, refusal) = await starter.StartWindowNowAsync(client, window, request.HttpContext.RequestAborted);
            if (refusal is not null)
            {
                return Problems.Conflict(refusal);
            }

            if (id is null)
            {
                var windows = starter.Current().Catalog.Windows.OrderBy(w => w.Start).Select(w => w.Name);
                return Problems.NotFound($"The catalog has no window '{window}'. Its windows: {string.Join(", ", windows)}.");
            }

            var url = Url(request, $"nights/{day}");
            return new AcceptedResult(url, new WindowRunView(window, day, id, url));
        }
        catch (CatalogException e)
        {
            return Problems.CatalogRefused($"the window {window} cannot run", e);
        }
    }

    private ObjectResult UnknownService(string service) =>
        Problems.NotFound($"The catalog has no service '{service}'. Its services: {string.Join(", ", starter.Current().Catalog.Services.Select(s => s.Name))}.");

    internal static string Url(HttpRequest request, string path) => $"{request.Scheme}://{request.Host}/api/{path}";

    /// <summary>The optional JSON body; a body that is not JSON of that shape is a 400 saying so, never a 500.</summary>
    private static async Task<(RunRequest? Body, ObjectResult? Bad)> ReadBodyAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        try
        {
            return (JsonSerializer.Deserialize<RunRequest>(text, JsonSerializerOptions.Web), null);
        }
        catch (JsonException e)
        {
            return (null, Problems.BadRequest($"The body is not JSON of the form {{\"runId\": \"…\"}} ({e.Message}). Send that, or no body."));
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex RunIdPattern();
}
