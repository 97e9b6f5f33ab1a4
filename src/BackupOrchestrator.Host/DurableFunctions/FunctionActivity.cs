using BackupOrchestrator.Host.Invocation;
using BackupOrchestrator.Host.Metadata;
using Microsoft.DurableTask;

namespace BackupOrchestrator.Host.DurableFunctions;

/// <summary>
/// An <c>[ActivityTrigger]</c> function as a durabletask-dotnet activity: its trigger parameter takes the typed
/// input (or the TaskActivityContext itself); its CancellationToken fires when the host's shutdown grace period
/// ends or host.json's functionTimeout passes.
/// </summary>
internal sealed class FunctionActivity : ITaskActivity
{
    private readonly HostFunction _function;
    private readonly FunctionInvoker _invoker;
    private readonly Func<CancellationToken> _shutdown;
    private readonly bool _takesContext;

    public FunctionActivity(HostFunction function, FunctionInvoker invoker, Func<CancellationToken> shutdown)
    {
        _function = function;
        _invoker = invoker;
        _shutdown = shutdown;
        var trigger = function.Metadata.Trigger;
        var parameter = function.Method.GetParameters().FirstOrDefault(p => p.Name == trigger.Name);
        InputType = parameter?.ParameterType ?? typeof(object);
        _takesContext = InputType == typeof(TaskActivityContext);
        if (_takesContext)
        {
            InputType = typeof(object);
        }
    }

    public Type InputType { get; }

    public Type OutputType => _function.ResultType == typeof(void) ? typeof(object) : _function.ResultType;

    public Task<object?> RunAsync(TaskActivityContext context, object? input)
        => _invoker.InvokeAsync(
            _function,
            new InvocationInput
            {
                Trigger = _takesContext ? context : input,
                BindingData = new Dictionary<string, object?> { ["instanceId"] = context.InstanceId, [FunctionBinding.ActivityTrigger] = input },
                CancellationToken = _shutdown(),
            },
            reason: "activity");
}
