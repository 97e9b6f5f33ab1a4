using System.Globalization;
using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Functions.Night;
using BackupOrchestrator.Functions.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace BackupOrchestrator.Functions.Http;

/// <summary>
/// What the monitor reads besides the night (function key): <c>GET catalog</c> (each service against its RPO and
/// RTO, the targets, the capacity estimate), <c>GET nights/{day}/plan</c> (the planner's bars on the night's clock)
/// and <c>GET nights?last=N</c> (the history: each night's outcome per service).
/// </summary>
public sealed class CatalogHttp(CatalogOverview overview, NightStarter starter)
{
    private const int MaxNights = 90;

    [Function(nameof(GetCatalog))]
    public async Task<IActionResult> GetCatalog(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "catalog")] HttpRequest request)
    {
        try
        {
            return new OkObjectResult(await overview.BuildAsync(request.HttpContext.RequestAborted));
        }
        catch (CatalogException e)
        {
            return Problems.Conflict($"The catalog does not load: {e.Message}");
        }
    }

    [Function(nameof(GetNightPlan))]
    public async Task<IActionResult> GetNightPlan(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "nights/{day}/plan")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string day)
    {
        var parsed = string.Equals(day, "tonight", StringComparison.OrdinalIgnoreCase) ? starter.Tonight()
            : DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? NightIds.Day(d) : null;
        if (parsed is null)
        {
            return Problems.BadRequest($"'{day}' is not a day: write it as yyyy-MM-dd (e.g. 2026-12-01) or 'tonight'.");
        }

        // A started night is planned on its own catalog and clock (what it really runs); a future one on the file.
        var night = (await client.GetInstanceAsync(NightIds.Night(parsed), getInputsAndOutputs: true, request.HttpContext.RequestAborted))?.ReadInputAs<NightInput>();
        try
        {
            var catalog = night is null ? overview.Current() : NightStarter.Parse(night.Catalog);
            return new OkObjectResult(CatalogOverview.PlanOf(catalog, DateOnly.ParseExact(parsed, "yyyy-MM-dd", CultureInfo.InvariantCulture), night?.Clock));
        }
        catch (CatalogException e)
        {
            return Problems.Conflict($"The catalog does not load: {e.Message}");
        }
    }

    [Function(nameof(GetNights))]
    public async Task<IActionResult> GetNights(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "nights")] HttpRequest request,
        [DurableClient] DurableTaskClient client)
    {
        var text = request.Query["last"].ToString();
        var last = 30;
        if (text.Length > 0 && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out last) || last < 1 || last > MaxNights))
        {
            return Problems.BadRequest($"last={text} is not a number of nights from 1 to {MaxNights} (e.g. nights?last=30).");
        }

        var tonight = DateOnly.ParseExact(starter.Tonight(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new OkObjectResult(await NightHistory.LoadAsync(client, tonight, last, request.HttpContext.RequestAborted));
    }
}
