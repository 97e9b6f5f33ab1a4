namespace BackupOrchestrator.Durable.AzureStorage;

/// <summary>A wake-up flag: <see cref="Set"/> ends the current (or next) <see cref="WaitAsync"/> early.</summary>
internal sealed class AsyncSignal
{
    private TaskCompletionSource _set = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Set() => Volatile.Read(ref _set).TrySetResult();

    /// <summary>Waits until set or <paramref name="timeout"/>; consumes the signal.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _set);
        if (!current.Task.IsCompleted && timeout > TimeSpan.Zero)
        {
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var delay = Task.Delay(timeout, cts.Token);
            await Task.WhenAny(current.Task, delay);
            await cts.CancelAsync();
        }

        if (current.Task.IsCompleted)
        {
            Interlocked.CompareExchange(ref _set, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), current);
        }
    }
}
