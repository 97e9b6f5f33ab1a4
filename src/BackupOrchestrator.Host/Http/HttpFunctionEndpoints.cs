using BackupOrchestrator.Host.Configuration;
using BackupOrchestrator.Host.Invocation;
using BackupOrchestrator.Host.Metadata;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Host.Http;

/// <summary>An HTTP function's route, methods and authorization level, read from its httpTrigger binding.</summary>
internal sealed record HttpRoute(HostFunction Function, string Template, IReadOnlyList<string> Methods, AuthorizationLevel Level)
{
    public static HttpRoute From(HostFunction function, string routePrefix)
    {
        var trigger = function.Metadata.Trigger;
        var route = (trigger.GetString("route") ?? function.Name).Trim('/');
        var template = string.IsNullOrEmpty(routePrefix) ? route : $"{routePrefix}/{route}";
        var levelText = trigger.GetString("authLevel") ?? nameof(AuthorizationLevel.Function);
        if (!Enum.TryParse<AuthorizationLevel>(levelText, ignoreCase: true, out var level) || level is AuthorizationLevel.User or AuthorizationLevel.System)
        {
            throw new HostConfigurationException(FunctionMetadataReader.FileName, $"{function.Name}.authLevel", $"'{levelText}' is not supported here.", "Use Anonymous, Function or Admin.");
        }

        return new HttpRoute(function, template, [.. trigger.GetStrings("methods").Select(m => m.ToUpperInvariant())], level);
    }

    /// <summary>The URL printed at start-up (the first method list and the template as written).</summary>
    public string Describe(string baseUrl)
        => $"[{(Methods.Count == 0 ? "GET,POST,PUT,DELETE,PATCH,HEAD,OPTIONS" : string.Join(',', Methods))}] {baseUrl}/{Template}";
}

/// <summary>
/// Maps each HTTP function to an ASP.NET Core endpoint: the key check of its authorization level, then the
/// function invoked with the request, then its result written: an IActionResult by MVC's executors, an IResult,
/// a string as text, any other object as JSON. Errors become a bare status code (the log has the exception).
/// </summary>
internal sealed class HttpFunctionEndpoints(FunctionInvoker invoker, Func<FunctionKeys?> keys, SemaphoreSlim? concurrency, ILogger logger)
{
    public const string KeyHeader = "x-functions-key";
    public const string KeyQuery = "code";

    public static string? KeyOf(HttpRequest request)
        => request.Headers.TryGetValue(KeyHeader, out var header) && !string.IsNullOrEmpty(header) ? header.ToString()
            : request.Query.TryGetValue(KeyQuery, out var code) && !string.IsNullOrEmpty(code) ? code.ToString()
            : null;

    public void Map(IEndpointRouteBuilder endpoints, IEnumerable<HttpRoute> routes)
    {
        foreach (var route in routes)
        {
            var builder = route.Methods.Count == 0
                ? endpoints.Map(route.Template, context => HandleAsync(context, route))
                : endpoints.MapMethods(route.Template, route.Methods, context => HandleAsync(context, route));
            builder.WithDisplayName(route.Function.Name);
        }
    }

    private async Task HandleAsync(HttpContext context, HttpRoute route)
    {
        if (!IsAuthorized(context, route))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (concurrency is not null)
        {
            await concurrency.WaitAsync(context.RequestAborted);
        }

        try
        {
            var result = await invoker.InvokeAsync(
                route.Function,
                new InvocationInput { HttpContext = context, BindingData = BindingData(context), CancellationToken = context.RequestAborted },
                reason: $"HTTP {context.Request.Method} {context.Request.Path}");
            await WriteAsync(context, result);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            context.Response.StatusCode = ex.StatusCode;
            await context.Response.WriteAsync(ex.Message, context.RequestAborted);
        }
        catch (Exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            // Logged by the invoker with the exception; the caller gets the status only, never a stack trace.
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        }
        finally
        {
            concurrency?.Release();
        }
    }

    private bool IsAuthorized(HttpContext context, HttpRoute route)
    {
        if (route.Level == AuthorizationLevel.Anonymous)
        {
            return true;
        }

        var store = keys();
        var key = KeyOf(context.Request);
        var ok = store is not null && (route.Level == AuthorizationLevel.Admin ? store.IsMaster(key) : store.OpensFunction(route.Function.Name, key));
        if (!ok)
        {
            Logs.Unauthorized(logger, context.Request.Method, context.Request.Path, key is null ? "no key" : "wrong key");
        }

        return ok;
    }

    private static Dictionary<string, object?> BindingData(HttpContext context)
    {
        var data = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in context.Request.Query)
        {
            data[name] = value.ToString();
        }

        foreach (var (name, value) in context.Request.RouteValues)
        {
            data[name] = value;
        }

        return data;
    }

    private static async Task WriteAsync(HttpContext context, object? result)
    {
        switch (result)
        {
            case IActionResult action:
                await action.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
                break;
            case IResult minimal:
                await minimal.ExecuteAsync(context);
                break;
            case null:
                break;
            case string text when !context.Response.HasStarted:
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(text, context.RequestAborted);
                break;
            default:
                if (!context.Response.HasStarted)
                {
                    await context.Response.WriteAsJsonAsync(result, result.GetType(), context.RequestAborted);
                }

                break;
        }
    }
}
