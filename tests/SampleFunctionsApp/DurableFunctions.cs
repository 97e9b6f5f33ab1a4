using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace SampleFunctionsApp;

public sealed class DurableFunctions(Recorder recorder, IConfiguration configuration)
{
    /// <summary>Starts FanOut over HTTP with the durable client; the status URLs are the management API's.</summary>
    [Function(nameof(StartFanOut))]
    public async Task<IActionResult> StartFanOut(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "fanout/{count:int}")] HttpRequest request,
        int count,
        [DurableClient] DurableTaskClient client)
    {
        var instanceId = request.Query["id"].FirstOrDefault() ?? $"fanout-{Guid.NewGuid():N}";
        await client.ScheduleNewOrchestrationInstanceAsync(nameof(FanOut), count, new StartOrchestrationOptions(instanceId));
        return new AcceptedResult($"/runtime/webhooks/durabletask/instances/{instanceId}", new { id = instanceId });
    }

    /// <summary>Fans out one Square per number and sums the results.</summary>
    [Function(nameof(FanOut))]
    public static async Task<FanOutResult> FanOut([OrchestrationTrigger] TaskOrchestrationContext context)
    {
        var count = context.GetInput<int>();
        var logger = context.CreateReplaySafeLogger(nameof(FanOut));
        logger.LogInformation("Fanning out {Count} squares.", count);
        var squares = await Task.WhenAll(Enumerable.Range(1, count).Select(n => context.CallActivityAsync<int>(nameof(Square), n)));
        return new FanOutResult(count, squares, squares.Sum(s => (long)s));
    }

    /// <summary>Squares its input after Sample:ActivityDelayMs (so tests can kill a host mid-fan-out).</summary>
    [Function(nameof(Square))]
    public async Task<int> Square([ActivityTrigger] int n, FunctionContext context, CancellationToken cancellationToken)
    {
        var delay = configuration.GetValue("Sample:ActivityDelayMs", 0);
        if (delay > 0)
        {
            await Task.Delay(delay, cancellationToken);
        }

        recorder.Record("Square", n, context.InvocationId);
        return n * n;
    }

    /// <summary>A timer on a schedule from configuration (%TickSchedule%); records each run.</summary>
    [Function(nameof(Tick))]
    public void Tick([TimerTrigger("%TickSchedule%")] TimerInfo timer, FunctionContext context)
    {
        context.GetLogger(nameof(Tick)).LogInformation("Tick (past due: {PastDue}).", timer.IsPastDue);
        recorder.Record("Tick", timer.IsPastDue, timer.ScheduleStatus?.Last ?? default, timer.ScheduleStatus?.Next ?? default, DateTime.UtcNow, configuration["Sample:HostTag"]);
    }
}
