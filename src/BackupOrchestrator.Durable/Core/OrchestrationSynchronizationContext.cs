namespace BackupOrchestrator.Durable.Core;

/// <summary>
/// Runs orchestrator continuations one at a time on the executor's thread, in the order they
/// were posted, so that replay is deterministic whatever thread the dispatcher runs on.
/// </summary>
internal sealed class OrchestrationSynchronizationContext : SynchronizationContext
{
    private readonly Queue<(SendOrPostCallback Callback, object? State)> _work = new();

    public override void Post(SendOrPostCallback d, object? state) => _work.Enqueue((d, state));

    public override void Send(SendOrPostCallback d, object? state) => d(state);

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Runs everything posted, including what the callbacks post, until idle.</summary>
    public void Drain()
    {
        while (_work.TryDequeue(out var item))
        {
            item.Callback(item.State);
        }
    }

    /// <summary>Runs <paramref name="action"/> with this context current, then drains.</summary>
    public void Run(Action action)
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            action();
            Drain();
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }
}
