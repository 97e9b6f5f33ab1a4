using Microsoft.DurableTask;

namespace BackupOrchestrator.Host.Durable.Tests.Support;

/// <summary>Small orchestrators and activities for the scenarios, written as app code would be.</summary>
internal sealed class FanOut : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int count)
    {
        var tasks = Enumerable.Range(1, count).Select(i => context.CallActivityAsync<int>(nameof(Twice), i));
        var results = await Task.WhenAll(tasks);
        return results.Sum();
    }
}

internal sealed class Twice : TaskActivity<int, int>
{
    public override Task<int> RunAsync(TaskActivityContext context, int input) => Task.FromResult(input * 2);
}

internal sealed class Chain : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int count)
    {
        var value = 0;
        for (var i = 0; i < count; i++)
        {
            value = await context.CallActivityAsync<int>(nameof(Increment), value);
        }

        return value;
    }
}

internal sealed class Increment : TaskActivity<int, int>
{
    public override Task<int> RunAsync(TaskActivityContext context, int input) => Task.FromResult(input + 1);
}

/// <summary>Calls <see cref="Child"/> and returns what the child saw of its parent.</summary>
internal sealed class Parent : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        var seen = await context.CallSubOrchestratorAsync<string>(nameof(Child), input, new SubOrchestrationOptions { InstanceId = context.InstanceId + ":child" });
        return seen;
    }
}

internal sealed class Child : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        var doubled = await context.CallActivityAsync<int>(nameof(Twice), input.Length);
        return $"{input}|{doubled}|{context.Parent?.Name}|{context.Parent?.InstanceId}";
    }
}

/// <summary>Waits on a durable timer of the given seconds, then returns the fire time it was given.</summary>
internal sealed class SingleTimer : TaskOrchestrator<int, DateTime>
{
    public override async Task<DateTime> RunAsync(TaskOrchestrationContext context, int seconds)
    {
        var fireAt = context.CurrentUtcDateTime.AddSeconds(seconds);
        await context.CreateTimer(fireAt, CancellationToken.None);
        return fireAt;
    }
}

/// <summary>Optionally runs <see cref="Gate"/> first, says it waits, then waits for "Approval" and returns its payload.</summary>
internal sealed class ExternalEvent : TaskOrchestrator<bool, string>
{
    public const string EventName = "Approval";

    public override async Task<string> RunAsync(TaskOrchestrationContext context, bool gateFirst)
    {
        if (gateFirst)
        {
            await context.CallActivityAsync<string>(nameof(Gate));
        }

        context.SetCustomStatus("waiting");
        var payload = await context.WaitForExternalEvent<string>(EventName);
        return "approved:" + payload;
    }
}

/// <summary>An activity the test releases (<see cref="Release"/>); counts its runs.</summary>
internal sealed class Gate : TaskActivity<object?, string>
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _runs;
    private int _finished;

    public int Runs => Volatile.Read(ref _runs);

    public int Finished => Volatile.Read(ref _finished);

    public Task Started => _started.Task;

    public void Release() => _release.TrySetResult();

    public override async Task<string> RunAsync(TaskActivityContext context, object? input)
    {
        Interlocked.Increment(ref _runs);
        _started.TrySetResult();
        await _release.Task;
        Interlocked.Increment(ref _finished);
        return "released";
    }
}

/// <summary>Calls <see cref="Gate"/> and returns its result.</summary>
internal sealed class Gated : TaskOrchestrator<object?, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, object? input) => context.CallActivityAsync<string>(nameof(Gate));
}

/// <summary>Fails with a message.</summary>
internal sealed class Failing : TaskOrchestrator<string, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, string input) => throw new InvalidOperationException("boom: " + input);
}

/// <summary>Fails its first <c>failures</c> calls with an IOException, then returns its call count.</summary>
internal sealed class Flaky(int failures) : TaskActivity<object?, int>
{
    private int _calls;

    public override Task<int> RunAsync(TaskActivityContext context, object? input)
    {
        var call = Interlocked.Increment(ref _calls);
        return call <= failures ? throw new IOException($"transient failure {call}") : Task.FromResult(call);
    }
}

/// <summary>Calls <see cref="Flaky"/> with a retry policy of the given attempts; returns the result or the caught failure's type.</summary>
internal sealed class Retrying : TaskOrchestrator<int, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, int attempts)
    {
        var options = TaskOptions.FromRetryPolicy(new RetryPolicy(attempts, TimeSpan.FromMilliseconds(200)));
        try
        {
            return "ok after " + await context.CallActivityAsync<int>(nameof(Flaky), options: options);
        }
        catch (TaskFailedException ex)
        {
            return "failed: " + ex.FailureDetails.ErrorType + ": " + ex.FailureDetails.ErrorMessage;
        }
    }
}
