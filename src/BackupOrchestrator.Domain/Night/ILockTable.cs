namespace BackupOrchestrator.Domain.Night;

/// <summary>A request to a lock table: the holder's instance id and a token unique to this request (release is by both).</summary>
public interface ILockRequest
{
    string Holder { get; }

    string Token { get; }
}

/// <summary>
/// What the eternal lock orchestrations need of their pure state machine (<see cref="SlotLimiter"/>,
/// <see cref="TargetLockTable"/>): feed it one message at a time, learn whom it grants, and know when a waiter
/// is stuck behind holders, so ended holders are looked for. Implemented explicitly by both, so the members
/// never join the tables' serialized state.
/// </summary>
public interface ILockTable<TRequest>
    where TRequest : ILockRequest
{
    /// <summary>Someone waits and cannot be granted until a holder leaves.</summary>
    bool Blocked { get; }

    /// <summary>The holders, then the waiters, each once: whom to ask about when <see cref="Blocked"/>.</summary>
    IReadOnlyList<string> Parties { get; }

    IReadOnlyList<TRequest> Acquire(TRequest request, DateTimeOffset now);

    IReadOnlyList<TRequest> Release(string holder, string token, DateTimeOffset now);

    IReadOnlyList<TRequest> Reclaim(IEnumerable<string> endedHolders, DateTimeOffset now);
}
