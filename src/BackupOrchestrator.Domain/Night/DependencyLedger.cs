namespace BackupOrchestrator.Domain.Night;

/// <summary>A dependent's request to be told when its dependencies of the night are done.</summary>
public sealed record GateSubscription(string Service, IReadOnlyList<string> DependsOn, string ReplyTo);

/// <summary>The gate's answer: open (every dependency succeeded) or closed with the reason (one did not).</summary>
public sealed record GateDecision(bool Open, string Reason);

/// <summary>An answer to send: <see cref="ReplyTo"/> is the waiting orchestration's instance id.</summary>
public sealed record GateAnswer(string ReplyTo, string Service, GateDecision Decision);

/// <summary>The final state of one service's backup of the night, as the ledger knows it.</summary>
public sealed record LedgerEntry(BackupState State, string? Reason);

/// <summary>
/// The dependency gate of one night, as a pure state machine the night's orchestration feeds
/// with messages one at a time. Outcomes and subscriptions go to the same place in one order,
/// so a dependency that ends before its dependent asks is found in <see cref="Outcomes"/> and
/// answered at once: there is no window in which an outcome can be missed. A dependency that
/// ends other than Succeeded closes the gate of its waiting dependents at once, with the reason.
/// Serializable as it is (the orchestration's state).
/// </summary>
public sealed class DependencyLedger
{
    /// <summary>Final outcomes by service (also services not scheduled tonight, recorded as skipped up front).</summary>
    public Dictionary<string, LedgerEntry> Outcomes { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Dependents still waiting, in the order they asked.</summary>
    public List<GateSubscription> Waiting { get; set; } = [];

    /// <summary>Records <paramref name="service"/>'s final state (a later one replaces it: a retry) and answers whoever it decides.</summary>
    public IReadOnlyList<GateAnswer> Record(string service, BackupState state, string? reason)
    {
        ArgumentException.ThrowIfNullOrEmpty(service);
        if (!state.IsFinal())
        {
            return [];
        }

        Outcomes[service] = new LedgerEntry(state, reason);
        var answers = new List<GateAnswer>();
        foreach (var waiting in Waiting.ToList())
        {
            if (Decide(waiting.DependsOn) is { } decision)
            {
                Waiting.Remove(waiting);
                answers.Add(new GateAnswer(waiting.ReplyTo, waiting.Service, decision));
            }
        }

        return answers;
    }

    /// <summary>Answers now when it can, else keeps the subscription (one per reply address) until it can.</summary>
    public GateAnswer? Subscribe(GateSubscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        Waiting.RemoveAll(w => w.ReplyTo == subscription.ReplyTo);
        if (Decide(subscription.DependsOn) is { } decision)
        {
            return new GateAnswer(subscription.ReplyTo, subscription.Service, decision);
        }

        Waiting.Add(subscription);
        return null;
    }

    /// <summary>Closed at the first dependency that ended other than Succeeded; open when all succeeded; null while any is pending.</summary>
    public GateDecision? Decide(IReadOnlyList<string> dependsOn)
    {
        ArgumentNullException.ThrowIfNull(dependsOn);
        var pending = false;
        foreach (var dependency in dependsOn)
        {
            if (!Outcomes.TryGetValue(dependency, out var entry))
            {
                pending = true;
                continue;
            }

            if (entry.State != BackupState.Succeeded)
            {
                var why = string.IsNullOrEmpty(entry.Reason) ? "" : $": {entry.Reason}";
                return new GateDecision(false, $"dependency {dependency} {Describe(entry.State)}{why}");
            }
        }

        return pending ? null : new GateDecision(true, dependsOn.Count == 0 ? "no dependencies" : $"{string.Join(", ", dependsOn)} succeeded");
    }

    /// <summary>Forgets the outcomes of services about to run again (a retry), so their dependents wait for the new ones.</summary>
    public void Forget(IEnumerable<string> services)
    {
        ArgumentNullException.ThrowIfNull(services);
        foreach (var service in services)
        {
            Outcomes.Remove(service);
        }
    }

    /// <summary>Answers every dependent still waiting with a closed gate (the night is over).</summary>
    public IReadOnlyList<GateAnswer> CloseAll(string reason)
    {
        var answers = Waiting.Select(w => new GateAnswer(w.ReplyTo, w.Service, new GateDecision(false, reason))).ToList();
        Waiting.Clear();
        return answers;
    }

    private static string Describe(BackupState state) => state switch
    {
        BackupState.Failed => "failed",
        BackupState.Skipped => "was skipped",
        BackupState.TimedOut => "timed out",
        BackupState.Cancelled => "was cancelled",
        _ => state.ToString(),
    };
}
