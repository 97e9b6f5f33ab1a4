namespace BackupOrchestrator.Durable;

/// <summary>
/// How a failed activity or sub-orchestration is retried: the n-th retry waits
/// <c>min(FirstRetryInterval * BackoffCoefficient^(n-1), MaxRetryInterval)</c> on a durable
/// timer; no retry starts after <see cref="RetryTimeout"/> has passed since the first attempt.
/// </summary>
public sealed record RetryPolicy
{
    public RetryPolicy(int maxNumberOfAttempts, TimeSpan firstRetryInterval, double backoffCoefficient = 1.0, TimeSpan? maxRetryInterval = null, TimeSpan? retryTimeout = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNumberOfAttempts, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(firstRetryInterval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(backoffCoefficient, 1.0);
        MaxNumberOfAttempts = maxNumberOfAttempts;
        FirstRetryInterval = firstRetryInterval;
        BackoffCoefficient = backoffCoefficient;
        MaxRetryInterval = maxRetryInterval ?? TimeSpan.FromHours(1);
        RetryTimeout = retryTimeout ?? Timeout.InfiniteTimeSpan;
    }

    public int MaxNumberOfAttempts { get; }
    public TimeSpan FirstRetryInterval { get; }
    public double BackoffCoefficient { get; }
    public TimeSpan MaxRetryInterval { get; }
    /// <summary>Total time budget measured from the first attempt; infinite by default.</summary>
    public TimeSpan RetryTimeout { get; }

    /// <summary>Only failures this predicate accepts are retried (all by default).</summary>
    public Func<TaskFailedException, bool>? Handle { get; init; }

    /// <summary>Delay before attempt <paramref name="nextAttempt"/> (2 = first retry).</summary>
    public TimeSpan DelayBefore(int nextAttempt)
    {
        double ms = FirstRetryInterval.TotalMilliseconds * Math.Pow(BackoffCoefficient, nextAttempt - 2);
        return ms >= MaxRetryInterval.TotalMilliseconds ? MaxRetryInterval : TimeSpan.FromMilliseconds(ms);
    }
}

/// <summary>Options of one activity or sub-orchestration call.</summary>
public record TaskOptions
{
    public RetryPolicy? Retry { get; init; }

    /// <summary>A named concurrency slot (e.g. <c>backup</c>) the activity holds, across hosts, while it runs.</summary>
    public string? ConcurrencySlot { get; init; }

    public static TaskOptions FromRetryPolicy(RetryPolicy policy) => new() { Retry = policy };
}

/// <summary>Options of a sub-orchestration call; <see cref="InstanceId"/> defaults to a replay-stable id.</summary>
public sealed record SubOrchestrationOptions : TaskOptions
{
    public string? InstanceId { get; init; }
}
