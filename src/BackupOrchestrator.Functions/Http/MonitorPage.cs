using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace BackupOrchestrator.Functions.Http;

/// <summary>
/// The monitor's static shell (docs/monitor.md): HTML, CSS and ES modules embedded in this assembly, so it works
/// offline under the local host and under <c>func start</c> alike, with no build step. Anonymous because it holds
/// no data: every data call the page makes carries the key in <c>x-functions-key</c>.
/// </summary>
public sealed class MonitorPage
{
    private const string Prefix = "monitor/";
    private static readonly Assembly Assembly = typeof(MonitorPage).Assembly;
    private static readonly ConcurrentDictionary<string, Asset?> Assets = new(StringComparer.Ordinal);

    // The page loads nothing from elsewhere and runs no inline script: a CDN or an injected script would be refused.
    private const string Policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    [Function(nameof(MonitorPage))]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "monitor/{*asset}")] HttpRequest request,
        string? asset)
    {
        asset = string.IsNullOrEmpty(asset) ? "index.html" : asset;
        if (asset == "index.html" && !request.Path.Value!.EndsWith('/'))
        {
            // Relative asset URLs resolve against monitor/, whatever the route prefix is.
            return new RedirectResult(request.PathBase + request.Path + "/", permanent: false);
        }

        if (Assets.GetOrAdd(asset, Load) is not { } found)
        {
            return Problems.NotFound($"The monitor has no file '{asset}'. Open {request.PathBase}/api/monitor/.");
        }

        var headers = request.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-cache";
        headers.ETag = found.ETag;
        if (request.Headers.IfNoneMatch == found.ETag)
        {
            return new StatusCodeResult(StatusCodes.Status304NotModified);
        }

        return new FileContentResult(found.Bytes, found.ContentType);
    }

    private static Asset? Load(string name)
    {
        if (name.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        using var stream = Assembly.GetManifestResourceStream(Prefix + name);
        if (stream is null)
        {
            return null;
        }

        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var type = Path.GetExtension(name) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".svg" => "image/svg+xml",
            _ => "application/octet-stream",
        };
        return new Asset(bytes, type, $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}\"");
    }

    private sealed record Asset(byte[] Bytes, string ContentType, string ETag);
}
