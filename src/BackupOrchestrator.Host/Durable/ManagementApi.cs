using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Host.Durable;

/// <summary>
/// The Durable Functions HTTP management API ("HTTP API reference" on learn.microsoft.com), as the Durable Functions
/// extension answers it, under <see cref="BasePath"/>: start, status, list, raise event, terminate, suspend, resume,
/// restart, rewind, purge one and purge many. Status codes and field names follow the documentation and, where it is
/// silent or dated, the extension's behaviour: a failed instance's status is 200 unless
/// <c>returnInternalServerErrorOnFailure=true</c> (then 500); operations on an instance that has ended are 410 Gone;
/// malformed parameters or bodies are 400 with a message. Only this host's task hub is served.
/// </summary>
internal sealed partial class ManagementApi(
    AzureStorageDurableTaskClient client, string hubName, Func<string, bool> isOrchestrator,
    Func<HttpContext, bool> isAuthorized, Func<string> systemKey, ILogger logger)
{
    public const string BasePath = "/runtime/webhooks/durabletask";
    public const string ContinuationHeader = "x-ms-continuation-token";

    /// <summary>The connection name the Durable Functions extension puts into its URLs for AzureWebJobsStorage.</summary>
    private const string ConnectionName = "Storage";

    public void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(BasePath).AddEndpointFilter(async (invocation, next) =>
        {
            var http = invocation.HttpContext;
            if (!isAuthorized(http))
            {
                Logs.ApiRefused(logger, http.Request.Method, http.Request.Path, "no valid system or master key");
                return Results.Text("Unauthorized: give the system key or the master key (code=… or x-functions-key).", statusCode: 401);
            }

            if (http.Request.Query["taskHub"] is { Count: > 0 } hub && !string.Equals(hub.ToString(), hubName, StringComparison.OrdinalIgnoreCase))
            {
                return Error(400, $"The task hub '{hub}' is not served here; this host runs '{hubName}' (omit taskHub or use it).");
            }

            try
            {
                return await next(invocation);
            }
            catch (BadRequestException ex)
            {
                return Error(400, ex.Message);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Logs.ApiFailed(logger, ex, http.Request.Method, http.Request.Path);
                return Error(500, "Something went wrong while processing the request; the host's log has the details.");
            }
        });

        api.MapPost("orchestrators/{functionName}/{instanceId?}", StartAsync);
        api.MapGet("instances", (Func<HttpContext, Task<IResult>>)ListAsync);
        api.MapDelete("instances", (Func<HttpContext, Task<IResult>>)PurgeManyAsync);
        api.MapGet("instances/{instanceId}", GetAsync);
        api.MapDelete("instances/{instanceId}", PurgeOneAsync);
        api.MapPost("instances/{instanceId}/raiseEvent/{eventName}", RaiseEventAsync);
        api.MapPost("instances/{instanceId}/terminate", TerminateAsync);
        api.MapPost("instances/{instanceId}/suspend", SuspendAsync);
        api.MapPost("instances/{instanceId}/resume", ResumeAsync);
        api.MapPost("instances/{instanceId}/restart", RestartAsync);
        api.MapPost("instances/{instanceId}/rewind", RewindAsync);
    }

    private async Task<IResult> StartAsync(HttpContext http, string functionName, string? instanceId)
    {
        if (!isOrchestrator(functionName))
        {
            return Error(400, $"'{functionName}' is not an orchestrator function of this app.");
        }

        var input = await ReadJsonBodyAsync(http.Request, required: false);
        var id = await client.ScheduleNewOrchestrationInstanceAsync(
            functionName, input, new StartOrchestrationOptions(instanceId), http.RequestAborted);
        return CheckStatus(http, id);
    }

    private async Task<IResult> GetAsync(HttpContext http, string instanceId)
    {
        var query = http.Request.Query;
        var showHistory = Bool(query, "showHistory") ?? false;
        var showHistoryOutput = Bool(query, "showHistoryOutput") ?? false;
        var showInput = Bool(query, "showInput") ?? true;
        var failureIs500 = Bool(query, "returnInternalServerErrorOnFailure") ?? false;

        var states = await client.Service.GetOrchestrationStateAsync(instanceId, allExecutions: false, fetchInput: showInput);
        if (states is not { Count: > 0 } || states[0] is not { } state)
        {
            return Error(404, $"No orchestration instance '{instanceId}'.");
        }

        var payload = ManagementPayloads.Status(state, showInput);
        if (showHistory && state.OrchestrationStatus != DurableTask.Core.OrchestrationStatus.Pending)
        {
            var history = await client.Service.GetOrchestrationHistoryAsync(instanceId, state.OrchestrationInstance.ExecutionId);
            payload["historyEvents"] = HistoryFormatter.Format(history, showHistoryOutput, showInput);
        }

        var status = state.OrchestrationStatus switch
        {
            _ when state.OrchestrationStatus.IsActive() || state.OrchestrationStatus == DurableTask.Core.OrchestrationStatus.ContinuedAsNew => 202,
            DurableTask.Core.OrchestrationStatus.Failed when failureIs500 => 500,
            _ => 200,
        };
        var headers = new Dictionary<string, string>();
        if (status == 202)
        {
            headers["Location"] = http.Request.Scheme + "://" + http.Request.Host + http.Request.PathBase + http.Request.Path + http.Request.QueryString;
            headers["Retry-After"] = "5";
        }

        return Json(status, payload, headers);
    }

    private async Task<IResult> ListAsync(HttpContext http)
    {
        var query = http.Request.Query;
        var filter = new OrchestrationQuery
        {
            CreatedFrom = Time(query, "createdTimeFrom"),
            CreatedTo = Time(query, "createdTimeTo"),
            Statuses = Statuses(query),
            InstanceIdPrefix = query["instanceIdPrefix"] is { Count: > 0 } prefix ? prefix.ToString() : null,
            PageSize = Int(query, "top") ?? 100,
            FetchInputsAndOutputs = Bool(query, "showInput") ?? true,
            ContinuationToken = http.Request.Headers[ContinuationHeader] is { Count: > 0 } token && token.ToString().Length > 0 ? token.ToString() : null,
        };

        var showInput = filter.FetchInputsAndOutputs;
        await foreach (var page in client.GetAllInstancesAsync(filter).AsPages(filter.ContinuationToken, filter.PageSize).WithCancellation(http.RequestAborted))
        {
            var items = new JsonArray(page.Values.Select(m => (JsonNode)ManagementPayloads.Status(m, showInput)).ToArray());
            var headers = new Dictionary<string, string>();
            if (!string.IsNullOrEmpty(page.ContinuationToken))
            {
                headers[ContinuationHeader] = page.ContinuationToken;
            }

            return Json(200, items, headers);
        }

        return Json(200, new JsonArray());
    }

    private async Task<IResult> PurgeOneAsync(HttpContext http, string instanceId)
    {
        var existing = await client.GetInstancesAsync(instanceId, false, http.RequestAborted);
        if (existing is null)
        {
            return Error(404, $"No orchestration instance '{instanceId}'.");
        }

        if (!existing.IsCompleted)
        {
            // Not in the documentation: purging a live instance would delete the history it is replaying from.
            return Error(409, $"The instance '{instanceId}' is {existing.RuntimeStatus}; terminate it before purging its history.");
        }

        var result = await client.PurgeInstanceAsync(instanceId, cancellation: http.RequestAborted);
        return Json(200, new JsonObject { ["instancesDeleted"] = result.PurgedInstanceCount });
    }

    private async Task<IResult> PurgeManyAsync(HttpContext http)
    {
        var query = http.Request.Query;
        var from = Time(query, "createdTimeFrom") ?? throw new BadRequestException("Give createdTimeFrom (an ISO 8601 time): purging all instances of a hub needs an explicit range.");
        var to = Time(query, "createdTimeTo") ?? DateTimeOffset.UtcNow;
        var statuses = Statuses(query);
        var result = await client.PurgeAllInstancesAsync(new PurgeInstancesFilter(from, to, statuses), cancellation: http.RequestAborted);
        return result.PurgedInstanceCount == 0
            ? Error(404, "No instances matched the filter.")
            : Json(200, new JsonObject { ["instancesDeleted"] = result.PurgedInstanceCount });
    }

    private async Task<IResult> RaiseEventAsync(HttpContext http, string instanceId, string eventName)
    {
        if (await EndedOrMissingAsync(http, instanceId, failedIsEnded: true) is { } refusal)
        {
            return refusal;
        }

        if (!string.Equals(http.Request.ContentType?.Split(';')[0].Trim(), "application/json", StringComparison.OrdinalIgnoreCase))
        {
            return Error(400, "Only application/json request content is supported; send the event data as JSON (e.g. \"approved\" or {}).");
        }

        var data = await ReadJsonBodyAsync(http.Request, required: true);
        await client.RaiseEventAsync(instanceId, eventName, data, http.RequestAborted);
        return Results.StatusCode(202);
    }

    private async Task<IResult> TerminateAsync(HttpContext http, string instanceId) =>
        await EndedOrMissingAsync(http, instanceId, failedIsEnded: true) ?? await AcceptedAsync(client.TerminateInstanceAsync(instanceId, Reason(http), http.RequestAborted));

    private async Task<IResult> SuspendAsync(HttpContext http, string instanceId) =>
        await EndedOrMissingAsync(http, instanceId, failedIsEnded: true) ?? await AcceptedAsync(client.SuspendInstanceAsync(instanceId, Reason(http), http.RequestAborted));

    private async Task<IResult> ResumeAsync(HttpContext http, string instanceId) =>
        await EndedOrMissingAsync(http, instanceId, failedIsEnded: true) ?? await AcceptedAsync(client.ResumeInstanceAsync(instanceId, Reason(http), http.RequestAborted));

    /// <summary>Rewind replays a failed instance; one that completed or was terminated has nothing to rewind (410).</summary>
    private async Task<IResult> RewindAsync(HttpContext http, string instanceId) =>
        await EndedOrMissingAsync(http, instanceId, failedIsEnded: false) ?? await AcceptedAsync(client.RewindInstanceAsync(instanceId, Reason(http) ?? "Rewound.", http.RequestAborted));

    private async Task<IResult> RestartAsync(HttpContext http, string instanceId)
    {
        var newId = Bool(http.Request.Query, "restartWithNewInstanceId") ?? false;
        try
        {
            var id = await client.RestartAsync(instanceId, newId, http.RequestAborted);
            return CheckStatus(http, id);
        }
        catch (ArgumentException)
        {
            return Error(400, $"The instance id '{instanceId}' does not match an orchestration instance.");
        }
    }

    /// <summary>404 for an unknown instance; 410 for one that has ended (Failed counts as ended unless rewinding).</summary>
    private async Task<IResult?> EndedOrMissingAsync(HttpContext http, string instanceId, bool failedIsEnded)
    {
        var existing = await client.GetInstancesAsync(instanceId, false, http.RequestAborted);
        if (existing is null)
        {
            return Error(404, $"No orchestration instance '{instanceId}'.");
        }

        var ended = existing.RuntimeStatus is OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Terminated ||
            (failedIsEnded && existing.RuntimeStatus == OrchestrationRuntimeStatus.Failed);
        return ended ? Error(410, $"The instance '{instanceId}' has already ended ({existing.RuntimeStatus}).") : null;
    }

    private static async Task<IResult> AcceptedAsync(Task operation)
    {
        await operation;
        return Results.StatusCode(202);
    }

    /// <summary>The 202 "check status" response that starting or restarting returns, with the management URLs.</summary>
    private IResult CheckStatus(HttpContext http, string instanceId)
    {
        var links = ManagementPayloads.Links(http.Request.Scheme + "://" + http.Request.Host + http.Request.PathBase + BasePath, instanceId, hubName, ConnectionName, systemKey());
        return Json(202, links, new Dictionary<string, string>
        {
            ["Location"] = (string)links["statusQueryGetUri"]!,
            ["Retry-After"] = "10",
        });
    }

    /// <summary>The body as a JSON element (passed through the data converter unchanged), null when empty and optional.</summary>
    private static async Task<JsonElement?> ReadJsonBodyAsync(HttpRequest request, bool required)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        if (string.IsNullOrWhiteSpace(body))
        {
            return required ? throw new BadRequestException("The request body is empty; send JSON content.") : null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new BadRequestException($"Invalid JSON content: {ex.Message}");
        }
    }

    private static string? Reason(HttpContext http) => http.Request.Query["reason"] is { Count: > 0 } r ? r.ToString() : null;

    private static bool? Bool(IQueryCollection query, string key) => query[key] is { Count: > 0 } v
        ? bool.TryParse(v.ToString(), out var b) ? b : throw new BadRequestException($"Query parameter {key}='{v}' must be true or false.")
        : null;

    private static int? Int(IQueryCollection query, string key) => query[key] is { Count: > 0 } v
        ? int.TryParse(v.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i > 0 ? i : throw new BadRequestException($"Query parameter {key}='{v}' must be a positive whole number.")
        : null;

    private static DateTimeOffset? Time(IQueryCollection query, string key) => query[key] is { Count: > 0 } v
        ? DateTimeOffset.TryParse(v.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t)
            ? t
            : throw new BadRequestException($"Query parameter {key}='{v}' must be an ISO 8601 time (e.g. 2026-12-01T00:00:00Z).")
        : null;

    private static List<OrchestrationRuntimeStatus>? Statuses(IQueryCollection query)
    {
        if (query["runtimeStatus"] is not { Count: > 0 } values)
        {
            return null;
        }

        var result = new List<OrchestrationRuntimeStatus>();
        foreach (var value in values.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            result.Add(Enum.TryParse<OrchestrationRuntimeStatus>(value, ignoreCase: true, out var s) && Enum.IsDefined(s)
                ? s
                : throw new BadRequestException($"runtimeStatus '{value}' is not one of Pending, Running, Suspended, Completed, Failed, Terminated."));
        }

        return result.Count == 0 ? null : result;
    }

    private static IResult Error(int status, string message) =>
        Json(status, new JsonObject { ["message"] = message });

    private static IResult Json(int status, JsonNode body, Dictionary<string, string>? headers = null) => new JsonResult(status, body, headers);

    /// <summary>A JSON body with exact field names (no naming policy) and extra headers.</summary>
    private sealed class JsonResult(int status, JsonNode body, Dictionary<string, string>? headers) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            foreach (var (name, value) in headers ?? [])
            {
                httpContext.Response.Headers[name] = value;
            }

            httpContext.Response.ContentType = "application/json; charset=utf-8";
            return httpContext.Response.WriteAsync(body.ToJsonString(), httpContext.RequestAborted);
        }
    }

    private sealed class BadRequestException(string message) : Exception(message);
}
