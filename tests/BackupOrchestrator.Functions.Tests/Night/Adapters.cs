using Microsoft.DurableTask;

namespace BackupOrchestrator.Functions.Tests.Night;

/// <summary>
/// An app orchestrator function as an <see cref="ITaskOrchestrator"/>, as the local host's adapter makes it (the
/// function reads its input with GetInput). Until the host branch's adapters are merged, the tests register these.
/// </summary>
internal sealed class FunctionOrchestrator<TInput>(Func<TaskOrchestrationContext, Task> run) : ITaskOrchestrator
{
    public Type InputType => typeof(TInput);

    public Type OutputType => typeof(object);

    public async Task<object?> RunAsync(TaskOrchestrationContext context, object? input)
    {
        var task = run(context);
        await task;
        return task.GetType().GetProperty("Result")?.GetValue(task) is { } result && result.GetType().Name != "VoidTaskResult" ? result : null;
    }
}

/// <summary>An app activity function as an <see cref="ITaskActivity"/>.</summary>
internal sealed class FunctionActivity<TInput, TOutput>(Func<TInput, Task<TOutput>> run) : ITaskActivity
{
    public Type InputType => typeof(TInput);

    public Type OutputType => typeof(TOutput);

    public async Task<object?> RunAsync(TaskActivityContext context, object? input) => await run((TInput)input!);
}
