using BackupOrchestrator.Durable.History;

namespace BackupOrchestrator.Durable.Core;

/// <summary>A call the orchestrator awaits that a later history event will complete.</summary>
internal abstract class OpenTask(string description)
{
    public string Description { get; } = description;

    public abstract void Complete(string? result);

    public abstract void Fail(Exception exception);
}

internal sealed class OpenTask<T>(string description) : OpenTask(description)
{
    private readonly TaskCompletionSource<T> _source = new();

    public Task<T> Task => _source.Task;

    public override void Complete(string? result)
    {
        T? value;
        try
        {
            value = DataConverter.Deserialize<T>(result);
        }
        catch (System.Text.Json.JsonException ex)
        {
            _source.TrySetException(new TaskFailedException(Description, -1, new FailureDetails(ex.GetType().FullName!, $"Result of {Description} is not a {typeof(T).Name}: {ex.Message}")));
            return;
        }

        _source.TrySetResult(value!);
    }

    public override void Fail(Exception exception) => _source.TrySetException(exception);

    public void Cancel() => _source.TrySetCanceled();
}
