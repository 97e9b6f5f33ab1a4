namespace BackupOrchestrator.Domain.Night;

/// <summary>
/// How a step uses a target: <see cref="Shared"/> (backups, copies into it, integrity checks: they only add or
/// read) or <see cref="Exclusive"/> (a prune: it deletes, so it runs beside nothing else on that target).
/// </summary>
// Written as its name wherever it is serialized (custom status, orchestration inputs and outputs, either host's
// HTTP output): the attribute travels with the type, where a host's JSON options may not reach. Numbers written
// by earlier builds still read.
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<TargetUse>))]
public enum TargetUse
{
    Shared,
    Exclusive,
}

/// <summary>A request for a target: the holder's instance id, a token unique to the request, how it uses it, and what it is for (shown while others wait).</summary>
public sealed record TargetRequest(string Holder, string Token, TargetUse Use, string Purpose) : ILockRequest;

/// <summary>A granted use of a target.</summary>
public sealed record TargetHolder(string Holder, string Token, TargetUse Use, string Purpose, DateTimeOffset Since);

/// <summary>
/// One backup target's readers-writer lock as a pure state machine, fed one message at a time by the target's
/// orchestration. Grants strictly in arrival order: a shared request behind a waiting exclusive one waits too, so
/// a prune is never starved by a stream of backups, and it starts once the uses granted before it have ended.
/// Tokens make release exact (a late release of an earlier run never frees the current one). Serializable as it is.
/// </summary>
public sealed class TargetLockTable : ILockTable<TargetRequest>
{
    public List<TargetHolder> Holders { get; set; } = [];

    public List<TargetRequest> Waiting { get; set; } = [];

    /// <summary>Queues the request; returns the requests granted now. A repeated request is granted again; one instance holds one use at a time.</summary>
    public IReadOnlyList<TargetRequest> Acquire(TargetRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Holders.Exists(h => h.Holder == request.Holder && h.Token == request.Token))
        {
            return [request];
        }

        if (Waiting.Exists(w => w.Holder == request.Holder && w.Token == request.Token))
        {
            return [];
        }

        // A step holds one target use at a time, so a new request of the same instance means its older hold or
        // place is stale (a run that was terminated and started again under the same id).
        Holders.RemoveAll(h => h.Holder == request.Holder);
        Waiting.RemoveAll(w => w.Holder == request.Holder);
        Waiting.Add(request);
        return Grant(now);
    }

    /// <summary>Ends the use held (or the place queued) under <paramref name="token"/> and grants what may follow.</summary>
    public IReadOnlyList<TargetRequest> Release(string holder, string token, DateTimeOffset now)
    {
        var removed = Holders.RemoveAll(h => h.Holder == holder && h.Token == token)
            + Waiting.RemoveAll(w => w.Holder == holder && w.Token == token);
        return removed == 0 ? [] : Grant(now);
    }

    /// <summary>Frees the uses and places of instances that ended without releasing (terminated, failed, purged).</summary>
    public IReadOnlyList<TargetRequest> Reclaim(IEnumerable<string> endedHolders, DateTimeOffset now)
    {
        var ended = endedHolders.ToHashSet(StringComparer.Ordinal);
        var removed = Holders.RemoveAll(h => ended.Contains(h.Holder)) + Waiting.RemoveAll(w => ended.Contains(w.Holder));
        return removed == 0 ? [] : Grant(now);
    }

    // Grants run until the first in line cannot go, so anyone left waiting beside a holder is held by it.
    bool ILockTable<TargetRequest>.Blocked => Waiting.Count > 0 && Holders.Count > 0;

    IReadOnlyList<string> ILockTable<TargetRequest>.Parties =>
        Holders.Select(h => h.Holder).Concat(Waiting.Select(w => w.Holder)).Distinct().ToList();

    private List<TargetRequest> Grant(DateTimeOffset now)
    {
        var granted = new List<TargetRequest>();
        while (Waiting.Count > 0)
        {
            var next = Waiting[0];
            var free = next.Use == TargetUse.Exclusive ? Holders.Count == 0 : !Holders.Exists(h => h.Use == TargetUse.Exclusive);
            if (!free)
            {
                break;
            }

            Waiting.RemoveAt(0);
            Holders.Add(new TargetHolder(next.Holder, next.Token, next.Use, next.Purpose, now));
            granted.Add(next);
        }

        return granted;
    }
}
