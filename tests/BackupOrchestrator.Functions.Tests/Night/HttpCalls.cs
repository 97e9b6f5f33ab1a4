using System.Text;
using BackupOrchestrator.Functions.Configuration;
using BackupOrchestrator.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace BackupOrchestrator.Functions.Tests.Night;

/// <summary>Requests as the host hands them to an HTTP function, and the checks of what comes back.</summary>
internal static class HttpCalls
{
    public static HttpRequest Request(string method = "GET", string? body = null, string? query = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("127.0.0.1", 7071);
        if (query is not null)
        {
            context.Request.QueryString = new QueryString(query);
        }

        if (body is not null)
        {
            context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
            context.Request.ContentType = "application/json";
        }

        return context.Request;
    }

    public static ReadOnlyGuard Guard(bool readOnly) =>
        new(Microsoft.Extensions.Options.Options.Create(new NightOptions { ReadOnly = readOnly }));

    public static ProblemDetails Problem(IActionResult result, int status)
    {
        var objectResult = Assert.IsType<ObjectResult>(result);
        Assert.Equal(status, objectResult.StatusCode);
        Assert.Contains("application/problem+json", objectResult.ContentTypes);
        return Assert.IsType<ProblemDetails>(objectResult.Value);
    }

    public static T Accepted<T>(IActionResult result) => Assert.IsType<T>(Assert.IsType<AcceptedResult>(result).Value);

    public static T Ok<T>(IActionResult result) => Assert.IsType<T>(Assert.IsType<OkObjectResult>(result).Value);
}
