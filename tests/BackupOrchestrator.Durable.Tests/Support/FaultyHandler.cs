namespace BackupOrchestrator.Durable.Tests.Support;

/// <summary>
/// An HTTP handler for a test's storage account that fails matching requests, as a broken
/// connection unless told otherwise, as often as told (or until healed). Give the account no retries so a failure
/// reaches the caller at once.
/// </summary>
public sealed class FaultyHandler : DelegatingHandler
{
    private Func<HttpRequestMessage, bool>? _match;
    private Func<Exception> _error = () => new HttpRequestException("injected: connection reset");
    private int _remaining;
    private int _failures;

    public FaultyHandler() => InnerHandler = new SocketsHttpHandler();

    /// <summary>Failures still to inject (0 once all happened).</summary>
    public int Remaining => Math.Max(0, Volatile.Read(ref _remaining));

    /// <summary>Failures injected so far.</summary>
    public int Failures => Volatile.Read(ref _failures);

    /// <param name="error">What to throw; an exception other than <see cref="HttpRequestException"/> or <see cref="IOException"/> passes the storage client unwrapped.</param>
    public void Fail(Func<HttpRequestMessage, bool> match, int times = int.MaxValue, Func<Exception>? error = null)
    {
        _remaining = times;
        if (error is not null)
        {
            _error = error;
        }

        _match = match;
    }

    public void Heal() => _match = null;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (_match is { } match && match(request) && Interlocked.Decrement(ref _remaining) >= 0)
        {
            Interlocked.Increment(ref _failures);
            throw _error();
        }

        return base.SendAsync(request, cancellationToken);
    }
}
