using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Domain.Night;
using BackupOrchestrator.Functions.Night;
using BackupOrchestrator.Functions.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace BackupOrchestrator.Functions.Http;

/// <summary>
/// Seed 000's two checking scripts over HTTP (function key): <c>GET services/{service}/dependencies[?day=]</c>
/// (dependency_checker.sh) and <c>GET resources</c> (resource_monitor.sh).
/// </summary>
public sealed class InspectHttp(NightStarter starter, ResourceProbe probe)
{
    [Function(nameof(GetDependencies))]
    public async Task<IActionResult> GetDependencies(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "services/{service}/dependencies")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string service)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cancellationToken = request.HttpContext.RequestAborted;
        try
        {
            string? day = request.Query["day"];
            if (Days.Parse(starter, day) is not { } parsed)
            {
                return Days.Bad(day);
            }

            var night = (await client.GetInstanceAsync(NightIds.Night(parsed), getInputsAndOutputs: true, cancellationToken))?.ReadInputAs<NightInput>();
            if (night is null)
            {
                return Days.NoNight(parsed);
            }

            var catalog = NightStarter.Parse(night.Catalog);
            if (catalog.FindService(service) is not { } definition)
            {
                return Problems.NotFound($"The night of {parsed} has no service '{service}'. Its services: {string.Join(", ", catalog.Services.Select(s => s.Name))}.");
            }

            // The gate's own rule (DependencyLedger.Decide) over the outcomes the night's runs show now.
            var ledger = new DependencyLedger();
            var dependencies = new List<DependencyView>();
            foreach (var name in definition.DependsOn)
            {
                var view = catalog.FindService(name) is { } dependency ? await NightHttp.ViewAsync(client, night, dependency, cancellationToken) : null;
                var state = view?.State ?? "Unknown";
                var reason = view?.Status?.Reason ?? (night.NotScheduled.TryGetValue(name, out var why) ? why : null);
                dependencies.Add(new DependencyView(name, state, reason, view?.Status?.SnapshotId));
                if (Enum.TryParse<BackupState>(state, out var s) && s.IsFinal())
                {
                    ledger.Record(name, s, reason);
                }
                else if (state == "NotScheduled")
                {
                    ledger.Record(name, BackupState.Skipped, reason);
                }
            }

            var decision = ledger.Decide(definition.DependsOn);
            var pending = dependencies.Where(d => !ledger.Outcomes.ContainsKey(d.Service)).Select(d => $"{d.Service} ({d.State})");
            var (gate, open, text) = decision switch
            {
                { Open: true } => ("open", true, decision.Reason),
                { } closed => ("closed", false, closed.Reason),
                null => ("waiting", false, $"waiting for {string.Join(", ", pending)}"),
            };
            return new OkObjectResult(new DependencyCheckView(definition.Name, parsed, gate, open, text, dependencies));
        }
        catch (CatalogException e)
        {
            return Problems.CatalogRefused($"the dependencies of {service} cannot be checked", e);
        }
    }

    [Function(nameof(GetResources))]
    public async Task<IActionResult> GetResources(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "resources")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Catalog catalog;
        try
        {
            catalog = starter.Current().Catalog;
        }
        catch (CatalogException e)
        {
            return Problems.CatalogRefused("its thresholds are unknown", e);
        }

        // The same reading and rule as the resource gate (it is also appended to resource_monitor.log).
        var disk = catalog.Targets.Primary is { Kind: TargetKind.Directory } target ? target.Path : null;
        var verdict = await probe.CheckAsync(catalog.Thresholds, disk, service: null, request.HttpContext.RequestAborted);
        var t = catalog.Thresholds;
        var r = verdict.Reading;
        ResourceView View(string name, double? value, int threshold) =>
            new(name, value is { } v ? Math.Round(v, 1) : null, threshold, value is null ? "n/a" : value > threshold ? "over" : "ok");
        return new OkObjectResult(new ResourcesView(verdict.At, verdict.Ok,
            [View("cpu", r.Cpu, t.Cpu), View("memory", r.Memory, t.Memory), View("disk", r.Disk, t.Disk), View("io", r.Io, t.Io)],
            disk, verdict.Over, r.OwnCpu is { } own ? Math.Round(own, 1) : null));
    }
}
