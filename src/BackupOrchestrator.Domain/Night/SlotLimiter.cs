namespace BackupOrchestrator.Domain.Night;

/// <summary>A request for a slot: the holder's instance id, a token unique to this request, the limit its catalog sets.</summary>
public sealed record SlotRequest(string Holder, string Token, int Limit) : ILockRequest;

/// <summary>A granted slot.</summary>
public sealed record SlotHolder(string Holder, string Token, DateTimeOffset Since);

/// <summary>
/// The global limit on concurrent backups as a pure state machine (a counting semaphore with a
/// FIFO queue), fed one message at a time by the limit's orchestration. The token makes release
/// exact: a late release of an earlier request of the same instance (a retried service) never
/// frees the slot of the current one. Serializable as it is (the orchestration's state).
/// </summary>
public sealed class SlotLimiter : ILockTable<SlotRequest>
{
    public int Limit { get; set; } = 3;

    public List<SlotHolder> Holders { get; set; } = [];

    public List<SlotRequest> Waiting { get; set; } = [];

    /// <summary>Queues the request; returns the requests granted now (this one when a slot is free). A repeated request is granted again.</summary>
    public IReadOnlyList<SlotRequest> Acquire(SlotRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Limit > 0)
        {
            Limit = request.Limit;
        }

        if (Holders.Exists(h => h.Holder == request.Holder && h.Token == request.Token))
        {
            return [request];
        }

        // The same instance asking with a new token is a new run of it: its older hold or place is stale.
        Holders.RemoveAll(h => h.Holder == request.Holder);
        Waiting.RemoveAll(w => w.Holder == request.Holder);
        Waiting.Add(request);
        return Grant(now);
    }

    /// <summary>Frees the slot held under <paramref name="token"/> (a no-op when it is not held) and grants the next.</summary>
    public IReadOnlyList<SlotRequest> Release(string holder, string token, DateTimeOffset now)
    {
        var removed = Holders.RemoveAll(h => h.Holder == holder && h.Token == token);
        removed += Waiting.RemoveAll(w => w.Holder == holder && w.Token == token);
        return removed == 0 ? [] : Grant(now);
    }

    /// <summary>Frees the slots and places of instances that ended without releasing (terminated, failed, purged).</summary>
    public IReadOnlyList<SlotRequest> Reclaim(IEnumerable<string> endedHolders, DateTimeOffset now)
    {
        var ended = endedHolders.ToHashSet(StringComparer.Ordinal);
        var removed = Holders.RemoveAll(h => ended.Contains(h.Holder)) + Waiting.RemoveAll(w => ended.Contains(w.Holder));
        return removed == 0 ? [] : Grant(now);
    }

    bool ILockTable<SlotRequest>.Blocked => Waiting.Count > 0 && Holders.Count >= Limit;

    IReadOnlyList<string> ILockTable<SlotRequest>.Parties =>
        Holders.Select(h => h.Holder).Concat(Waiting.Select(w => w.Holder)).Distinct().ToList();

    private List<SlotRequest> Grant(DateTimeOffset now)
    {
        var granted = new List<SlotRequest>();
        while (Waiting.Count > 0 && Holders.Count < Math.Max(1, Limit))
        {
            var next = Waiting[0];
            Waiting.RemoveAt(0);
            Holders.Add(new SlotHolder(next.Holder, next.Token, now));
            granted.Add(next);
        }

        return granted;
    }
}
