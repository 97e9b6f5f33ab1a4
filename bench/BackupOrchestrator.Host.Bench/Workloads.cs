using System.Collections.Concurrent;
using System.Diagnostics;
using DurableTask.Core;
using Microsoft.DurableTask;

namespace BackupOrchestrator.Host.Bench;

// The same three workloads twice: as the app writes them (Microsoft.DurableTask, run by the engine through the
// shims) and as plain DTFx classes (run by a bare TaskHubWorker). Activities do nothing, so the figures are the
// engine's and the storage's costs.

internal sealed class SdkFanOut : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int count) =>
        (await Task.WhenAll(Enumerable.Range(0, count).Select(i => context.CallActivityAsync<int>(nameof(SdkNoOp), i)))).Length;
}

internal sealed class SdkSequence : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await context.CallActivityAsync<int>(nameof(SdkNoOp), i);
        }

        return count;
    }
}

internal sealed class SdkNoOp : Microsoft.DurableTask.TaskActivity<int, int>
{
    public override Task<int> RunAsync(TaskActivityContext context, int input) => Task.FromResult(input);
}

/// <summary>Waits for "ping" and stamps the moment its code runs with the event (not on replay).</summary>
internal sealed class SdkPinged : TaskOrchestrator<int, int>
{
    public const string EventName = "ping";

    /// <summary>Sample number to Stopwatch timestamp; a side effect for measuring only (it never feeds back into the orchestration).</summary>
    public static ConcurrentDictionary<int, long> Acted { get; } = new();

    public override async Task<int> RunAsync(TaskOrchestrationContext context, int sample)
    {
        context.SetCustomStatus("waiting");
        var value = await context.WaitForExternalEvent<int>(EventName);
        if (!context.IsReplaying)
        {
            Acted.TryAdd(value, Stopwatch.GetTimestamp());
        }

        return value;
    }
}

internal sealed class BareFanOut : TaskOrchestration<int, int>
{
    public override async Task<int> RunTask(OrchestrationContext context, int count) =>
        (await Task.WhenAll(Enumerable.Range(0, count).Select(i => context.ScheduleTask<int>(typeof(BareNoOp), i)))).Length;
}

internal sealed class BareSequence : TaskOrchestration<int, int>
{
    public override async Task<int> RunTask(OrchestrationContext context, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await context.ScheduleTask<int>(typeof(BareNoOp), i);
        }

        return count;
    }
}

internal sealed class BareNoOp : DurableTask.Core.TaskActivity<int, int>
{
    protected override int Execute(DurableTask.Core.TaskContext context, int input) => input;
}
