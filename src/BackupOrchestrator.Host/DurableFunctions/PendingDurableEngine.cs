// TEMPORARY: the shape of SEAM.md's DurableEngine so the host builds before `git merge durable`. Deleted by that
// merge (branch `durable` owns the real types in Durable/). Every member throws.
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Host.Durable;

public sealed record DurableEngineOptions
{
    public required string StorageConnectionString { get; init; }

    public string HubName { get; init; } = "TestHubName";

    public static DurableEngineOptions FromHostJson(JsonObject? durableTask, IConfiguration configuration)
        => throw new NotSupportedException("merge branch durable");
}

public sealed class DurableEngine : IAsyncDisposable
{
    public DurableEngine(DurableEngineOptions options, ILoggerFactory loggerFactory) => throw new NotSupportedException("merge branch durable");

    public Microsoft.DurableTask.Client.DurableTaskClient Client => throw new NotSupportedException();

    public void AddOrchestrator(string name, Microsoft.DurableTask.ITaskOrchestrator orchestrator) => throw new NotSupportedException();

    public void AddActivity(string name, Microsoft.DurableTask.ITaskActivity activity) => throw new NotSupportedException();

    public Task StartAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task StopAsync(TimeSpan gracePeriod) => throw new NotSupportedException();

    public void MapManagementApi(IEndpointRouteBuilder endpoints, Func<HttpContext, bool> isAuthorized, Func<string> systemKey) => throw new NotSupportedException();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
