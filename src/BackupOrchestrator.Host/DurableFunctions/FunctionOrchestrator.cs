using BackupOrchestrator.Host.Invocation;
using Microsoft.DurableTask;

namespace BackupOrchestrator.Host.DurableFunctions;

/// <summary>
/// An <c>[OrchestrationTrigger]</c> function as a durabletask-dotnet orchestrator: each episode (replay included)
/// invokes the function's method in a DI scope of its own with the engine's TaskOrchestrationContext. The input
/// stays with the context (<c>context.GetInput&lt;T&gt;()</c>, any T: see FunctionOrchestrationContext), as in Durable Functions.
/// </summary>
internal sealed class FunctionOrchestrator(HostFunction function, FunctionInvoker invoker, DataConverter converter) : ITaskOrchestrator
{
    public Type InputType => typeof(object);

    public Type OutputType => function.ResultType == typeof(void) ? typeof(object) : function.ResultType;

    public Task<object?> RunAsync(TaskOrchestrationContext context, object? input)
        => invoker.InvokeAsync(
            function,
            new InvocationInput
            {
                Trigger = new FunctionOrchestrationContext(context, converter),
                BindingData = new Dictionary<string, object?> { ["instanceId"] = context.InstanceId },
            },
            reason: null,
            applyTimeout: false);
}
