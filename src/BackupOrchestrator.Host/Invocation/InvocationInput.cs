using Microsoft.AspNetCore.Http;

namespace BackupOrchestrator.Host.Invocation;

/// <summary>What one trigger hands to one invocation.</summary>
internal sealed record InvocationInput
{
    /// <summary>The trigger parameter's value: HttpRequest, TimerInfo, TaskOrchestrationContext or the activity's input.</summary>
    public object? Trigger { get; init; }

    public HttpContext? HttpContext { get; init; }

    /// <summary>Values parameters may bind to by name (HTTP route values and query), as the worker's BindingData.</summary>
    public IReadOnlyDictionary<string, object?> BindingData { get; init; } = new Dictionary<string, object?>();

    public CancellationToken CancellationToken { get; init; }
}
