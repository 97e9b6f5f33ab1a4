using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace BackupOrchestrator.Functions.Http;

/// <summary>An action on an orchestration accepted: which, on what (a restart may name a new instance), and where its status is.</summary>
public sealed record OrchestrationActionView(string Action, string InstanceId, string StatusUrl);

/// <summary>
/// The monitor's actions on orchestrations, thin over <see cref="DurableTaskClient"/> (function key):
/// <c>POST orchestrations/{id}/terminate|suspend|resume|restart</c>, <c>POST orchestrations/{id}/raiseEvent/{name}</c>
/// (the body is the event's JSON) and <c>DELETE orchestrations/{id}</c> (purge). Why here and not the Durable HTTP
/// API's own: that API belongs to the host, which does not read <c>Backup__ReadOnly</c>; these are the app's, so the
/// read-only mode refuses every one (403) under our host and under <c>func start</c> alike. The page still reads
/// through the Durable API. Each answers 404 for an unknown instance and 409 for one in a state the action does not
/// apply to, with what to do.
/// </summary>
public sealed class OrchestrationActionsHttp(ReadOnlyGuard readOnly)
{
    private static readonly OrchestrationRuntimeStatus[] Active = [OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Suspended];

    [Function(nameof(TerminateOrchestration))]
    public Task<IActionResult> TerminateOrchestration(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "orchestrations/{instanceId}/terminate")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string instanceId) =>
        ActAsync(request, client, instanceId, "terminate", Active, async (i, ct) =>
        {
            await client.TerminateInstanceAsync(i.InstanceId, new TerminateInstanceOptions(Reason(request, "terminated from the monitor")), ct);
            return i.InstanceId;
        });

    [Function(nameof(SuspendOrchestration))]
    public Task<IActionResult> SuspendOrchestration(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "orchestrations/{instanceId}/suspend")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string instanceId) =>
        ActAsync(request, client, instanceId, "suspend", [OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Pending], async (i, ct) =>
        {
            await client.SuspendInstanceAsync(i.InstanceId, Reason(request, "suspended from the monitor"), ct);
            return i.InstanceId;
        });

    [Function(nameof(ResumeOrchestration))]
    public Task<IActionResult> ResumeOrchestration(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "orchestrations/{instanceId}/resume")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string instanceId) =>
        ActAsync(request, client, instanceId, "resume", [OrchestrationRuntimeStatus.Suspended], async (i, ct) =>
        {
            await client.ResumeInstanceAsync(i.InstanceId, Reason(request, "resumed from the monitor"), ct);
            return i.InstanceId;
        });

    /// <summary>Starts it again from its original input, under the same id (the night's ids mean something) unless <c>?newInstanceId=true</c>.</summary>
    [Function(nameof(RestartOrchestration))]
    public Task<IActionResult> RestartOrchestration(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "orchestrations/{instanceId}/restart")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string instanceId) =>
        ActAsync(request, client, instanceId, "restart", null, (i, ct) =>
            client.RestartAsync(i.InstanceId, string.Equals(request.Query["newInstanceId"], "true", StringComparison.OrdinalIgnoreCase), ct));

    [Function(nameof(RaiseOrchestrationEvent))]
    public async Task<IActionResult> RaiseOrchestrationEvent(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "orchestrations/{instanceId}/raiseEvent/{eventName}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string instanceId,
        string eventName)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (readOnly.Refuse($"raise the event {eventName} on {instanceId}") is { } refused)
        {
            return refused;
        }

        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        JsonElement? payload;
        try
        {
            payload = string.IsNullOrWhiteSpace(text) ? null : JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException e)
        {
            return Problems.BadRequest($"The body is the event's data and must be JSON (or empty): {e.Message}");
        }

        return await ActAsync(request, client, instanceId, $"raise the event {eventName} on", Active, async (i, ct) =>
        {
            await client.RaiseEventAsync(i.InstanceId, eventName, payload, ct);
            return i.InstanceId;
        }, guarded: true);
    }

    [Function(nameof(PurgeOrchestration))]
    public Task<IActionResult> PurgeOrchestration(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "orchestrations/{instanceId}")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string instanceId) =>
        ActAsync(request, client, instanceId, "purge", [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated], async (i, ct) =>
        {
            await client.PurgeInstanceAsync(i.InstanceId, cancellation: ct);
            return i.InstanceId;
        });

    /// <summary>The read-only check, the instance looked up and its state checked, then <paramref name="act"/>: 202 with the instance it acted on.</summary>
    private async Task<IActionResult> ActAsync(HttpRequest request, DurableTaskClient client, string instanceId, string action,
        OrchestrationRuntimeStatus[]? allowed, Func<OrchestrationMetadata, CancellationToken, Task<string>> act, bool guarded = false)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!guarded && readOnly.Refuse($"{action} the orchestration {instanceId}") is { } refused)
        {
            return refused;
        }

        var cancellationToken = request.HttpContext.RequestAborted;
        if (await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken) is not { } instance)
        {
            return Problems.NotFound($"There is no orchestration '{instanceId}'. GET /runtime/webhooks/durabletask/instances lists them.");
        }

        if (allowed is not null && !allowed.Contains(instance.RuntimeStatus))
        {
            return Problems.Conflict($"The orchestration {instanceId} is {instance.RuntimeStatus}, so it cannot {action.Replace(" on", "", StringComparison.Ordinal)} "
                + $"(that needs {string.Join(" or ", allowed)}). Reload it to see its state now.");
        }

        var acted = await act(instance, cancellationToken);
        var url = $"{request.Scheme}://{request.Host}/runtime/webhooks/durabletask/instances/{Uri.EscapeDataString(acted)}";
        return new AcceptedResult(url, new OrchestrationActionView(action.Split(' ')[0], acted, url));
    }

    private static string Reason(HttpRequest request, string fallback) =>
        request.Query["reason"].ToString() is { Length: > 0 } reason ? reason : fallback;
}
