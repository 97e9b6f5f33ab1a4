using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace SampleFunctionsApp;

public sealed class HttpFunctions(Greeter greeter)
{
    /// <summary>Anonymous, a route parameter bound by name, an IActionResult with a JSON body.</summary>
    [Function(nameof(Hello))]
    public IActionResult Hello([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "hello/{name}")] HttpRequest request, string name, FunctionContext context)
        => new OkObjectResult(new { greeting = greeter.Greet(name), function = context.FunctionDefinition.Name, invocationId = context.InvocationId, scope = greeter.Scope });

    /// <summary>Function level, POST only: echoes the body; takes the HttpContext's cancellation too.</summary>
    [Function(nameof(Echo))]
    public async Task<IActionResult> Echo([HttpTrigger(AuthorizationLevel.Function, "post", Route = "echo")] HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(cancellationToken);
        return new ContentResult { Content = body, ContentType = "text/plain", StatusCode = 200 };
    }

    /// <summary>Admin level: only the master key opens it.</summary>
    [Function(nameof(AdminOnly))]
    public string AdminOnly([HttpTrigger(AuthorizationLevel.Admin, "get", Route = "admin-only")] HttpRequest request) => "admin";

    /// <summary>A typed route constraint, two methods, a plain object returned as JSON.</summary>
    [Function(nameof(Items))]
    public object Items([HttpTrigger(AuthorizationLevel.Anonymous, "get", "delete", Route = "items/{id:int}")] HttpRequest request, int id)
        => HttpMethods.IsDelete(request.Method) ? new NoContentResult() : new Item(id, $"item {id}");

    /// <summary>Throws: the caller must get a bare 500, never the exception.</summary>
    [Function(nameof(Fail))]
    public IActionResult Fail([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "fail")] HttpRequest request)
        => throw new InvalidOperationException("secret detail that must not reach the caller");
}
