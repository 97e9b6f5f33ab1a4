using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Functions.Night;
using BackupOrchestrator.Functions.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace BackupOrchestrator.Functions.Http;

/// <summary>
/// The night over HTTP (function key): <c>GET nights/{day}</c> (or <c>tonight</c>), <c>GET nights/{day}/services/{service}</c>
/// with the end of its log, <c>POST nights/{day}/services/{service}/retry</c>. Bad dates are 400, unknown nights and
/// services 404, a configured catalog edited into errors 503 where it is needed (<c>tonight</c> is a day on its
/// clock; a given day's night keeps the catalog it started with), all as problem details.
/// </summary>
public sealed class NightHttp(NightStarter starter, NightLogFiles logs, ReadOnlyGuard readOnly)
{
    private const int LogLines = 50;

    [Function(nameof(GetNight))]
    public async Task<IActionResult> GetNight(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "nights/{day}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string day)
    {
        try
        {
            return await NightAsync(client, day, request.HttpContext.RequestAborted);
        }
        catch (CatalogException e)
        {
            return Problems.CatalogRefused($"the night of {day} cannot be shown", e);
        }
    }

    private async Task<IActionResult> NightAsync(DurableTaskClient client, string day, CancellationToken cancellationToken)
    {
        if (await LoadAsync(client, day, cancellationToken) is not (var night, var catalog))
        {
            return Refusal(day);
        }

        var services = new List<ServiceView>();
        foreach (var service in catalog.Services)
        {
            services.Add(await ViewAsync(client, night, service, cancellationToken));
        }

        var windows = new List<WindowView>();
        foreach (var window in catalog.Windows.OrderBy(w => w.Start))
        {
            var id = NightIds.Window(night.Day, window.Name);
            var instance = await client.GetInstanceAsync(id, getInputsAndOutputs: false, cancellationToken);
            windows.Add(new WindowView(window.Name, id, instance?.RuntimeStatus.ToString() ?? "NotStarted"));
        }

        var sweeps = new List<SweepStatus>();
        foreach (var target in new[] { catalog.Targets.Primary, catalog.Targets.Secondary }.OfType<TargetSpec>())
        {
            var sweep = await client.GetInstanceAsync(NightIds.Sweep(night.Day, target), getInputsAndOutputs: true, cancellationToken);
            if (sweep?.ReadCustomStatusAs<SweepStatus>() is { } shown)
            {
                sweeps.Add(shown);
            }
        }

        return new OkObjectResult(new NightView(night.Day, night.Catalog.Path, night.Catalog.Sha256, night.Catalog.LoadedAt, night.Clock.Compression,
            windows, services, services.GroupBy(s => s.State).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal), sweeps));
    }

    [Function(nameof(GetServiceRun))]
    public async Task<IActionResult> GetServiceRun(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "nights/{day}/services/{service}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string day,
        string service)
    {
        try
        {
            return await ServiceRunAsync(client, day, service, request.HttpContext.RequestAborted);
        }
        catch (CatalogException e)
        {
            return Problems.CatalogRefused($"the run of {service} on {day} cannot be shown", e);
        }
    }

    private async Task<IActionResult> ServiceRunAsync(DurableTaskClient client, string day, string service, CancellationToken cancellationToken)
    {
        if (await LoadAsync(client, day, cancellationToken) is not (var night, var catalog))
        {
            return Refusal(day);
        }

        if (catalog.FindService(service) is not { } definition)
        {
            return Problems.NotFound($"The night of {night.Day} has no service '{service}'. Its services: {string.Join(", ", catalog.Services.Select(s => s.Name))}.");
        }

        var view = await ViewAsync(client, night, definition, cancellationToken);
        var instance = await client.GetInstanceAsync(view.InstanceId, getInputsAndOutputs: false, cancellationToken);
        var path = logs.PathOf(NightLogFiles.ServiceLog(service));
        var tail = File.Exists(path) ? (await File.ReadAllLinesAsync(path, cancellationToken)).TakeLast(LogLines).ToList() : [];
        return new OkObjectResult(new ServiceRunView(view, instance?.RuntimeStatus.ToString() ?? "NotStarted", tail));
    }

    [Function(nameof(RetryService))]
    public async Task<IActionResult> RetryService(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "nights/{day}/services/{service}/retry")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string day,
        string service)
    {
        if (readOnly.Refuse($"retry {service} for {day}") is { } refused)
        {
            return refused;
        }

        string? parsed;
        try
        {
            parsed = ParseDay(day);
        }
        catch (CatalogException e)
        {
            return Problems.CatalogRefused($"'{day}' cannot be worked out to retry {service}", e);
        }

        if (parsed is null)
        {
            return BadDay(day);
        }

        var (started, refusal) = await starter.RetryAsync(client, parsed, service, request.HttpContext.RequestAborted);
        if (refusal is not null)
        {
            return Problems.Conflict(refusal);
        }

        if (started.Count == 0)
        {
            return Problems.NotFound($"There is no night {parsed} with a service '{service}'. GET /api/nights/{parsed} lists its services.");
        }

        var url = $"{request.Scheme}://{request.Host}/api/nights/{parsed}/services/{Uri.EscapeDataString(service)}";
        return new AcceptedResult(url, new RetryView(NightIds.Backup(parsed, service), url, started.Skip(1).ToList()));
    }

    private async Task<(NightInput Night, Catalog Catalog)?> LoadAsync(DurableTaskClient client, string day, CancellationToken cancellationToken)
    {
        if (ParseDay(day) is not { } parsed)
        {
            return null;
        }

        var input = (await client.GetInstanceAsync(NightIds.Night(parsed), getInputsAndOutputs: true, cancellationToken))?.ReadInputAs<NightInput>();
        return input is null ? null : (input, NightStarter.Parse(input.Catalog));
    }

    private IActionResult Refusal(string day) => ParseDay(day) is { } parsed ? Days.NoNight(parsed) : BadDay(day);

    private static ObjectResult BadDay(string day) => Days.Bad(day);

    private string? ParseDay(string day) => Days.Parse(starter, day);

    /// <summary>One service of a night as the API shows it (also the dependency check's view of each dependency).</summary>
    internal static async Task<ServiceView> ViewAsync(DurableTaskClient client, NightInput night, ServiceDefinition service, CancellationToken cancellationToken)
    {
        var id = NightIds.Backup(night.Day, service.Name);
        var status = (await client.GetInstanceAsync(id, getInputsAndOutputs: true, cancellationToken))?.ReadCustomStatusAs<BackupStatus>();
        var state = status?.State.ToString() ?? (night.NotScheduled.ContainsKey(service.Name) ? "NotScheduled" : "NotStarted");
        return new ServiceView(service.Name, service.Tier, id, state, status);
    }
}
