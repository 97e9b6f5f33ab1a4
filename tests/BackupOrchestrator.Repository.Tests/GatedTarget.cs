using System.Runtime.CompilerServices;
using BackupOrchestrator.Repository.Format;
using BackupOrchestrator.Repository.Targets;

namespace BackupOrchestrator.Repository.Tests;

/// <summary>
/// A target that holds the first read of a pack until the test opens the gate: a restore or a verify stopped
/// halfway, its lock taken and its packs still to read, while something else runs beside it.
/// </summary>
internal sealed class GatedTarget(IRepositoryTarget inner) : IRepositoryTarget
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the first pack read has arrived (and waits).</summary>
    public Task Reached => _reached.Task;

    public void Open() => _open.TrySetResult();

    public string Description => inner.Description;

    public int ReadsInFlight => inner.ReadsInFlight;

    public int ReadSpan => inner.ReadSpan;

    public Task<bool> ExistsAsync(string name, CancellationToken cancellationToken) => inner.ExistsAsync(name, cancellationToken);

    public Task<bool> PutIfAbsentAsync(string name, ReadOnlyMemory<byte> data, CancellationToken cancellationToken) => inner.PutIfAbsentAsync(name, data, cancellationToken);

    public Task PutAsync(string name, ReadOnlyMemory<byte> data, CancellationToken cancellationToken) => inner.PutAsync(name, data, cancellationToken);

    public Task<byte[]?> GetAsync(string name, CancellationToken cancellationToken) => inner.GetAsync(name, cancellationToken);

    public async Task<byte[]?> GetRangeAsync(string name, long offset, int length, CancellationToken cancellationToken)
    {
        await PassAsync(name);
        return await inner.GetRangeAsync(name, offset, length, cancellationToken);
    }

    public async ValueTask<int> ReadRangeAsync(string name, long offset, Memory<byte> destination, CancellationToken cancellationToken)
    {
        await PassAsync(name);
        return await inner.ReadRangeAsync(name, offset, destination, cancellationToken);
    }

    public async IAsyncEnumerable<TargetObject> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in inner.ListAsync(prefix, cancellationToken))
        {
            yield return item;
        }
    }

    public Task DeleteAsync(string name, CancellationToken cancellationToken) => inner.DeleteAsync(name, cancellationToken);

    public Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    private Task PassAsync(string name)
    {
        if (!name.StartsWith(ObjectNames.PacksPrefix, StringComparison.Ordinal))
        {
            return Task.CompletedTask;
        }

        _reached.TrySetResult();
        return _open.Task;
    }
}
