namespace BackupOrchestrator.Testing;

/// <summary>
/// A fake clock for tests (Microsoft.Extensions.TimeProvider.Testing is not in our registry): time moves only when
/// <see cref="Advance"/> is called, and timers (Task.Delay, CancellationTokenSource timeouts) fire then.
/// </summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<ManualTimer> _timers = new();
    private DateTimeOffset _now;

    public ManualTimeProvider(DateTimeOffset? start = null)
    {
        _now = start ?? new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    }

    /// <summary>Every delay a timer was created with, in order (lets a test assert a backoff schedule).</summary>
    public List<TimeSpan> RequestedDelays { get; } = new();

    /// <summary>
    /// When true, every timer fires at once (time jumps forward): for code that waits in a loop. Note that this
    /// includes timeout timers (e.g. a CancellationTokenSource with a timeout): give such code infinite timeouts.
    /// </summary>
    public bool AutoAdvance { get; set; }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public void Advance(TimeSpan by)
    {
        List<ManualTimer> due;
        lock (_gate)
        {
            _now += by;
            due = _timers.FindAll(t => t.DueAt <= _now);
        }

        foreach (var timer in due)
        {
            timer.Fire();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private sealed class ManualTimer : ITimer
    {
        private readonly ManualTimeProvider _owner;
        private readonly TimerCallback _callback;
        private readonly object? _state;
        private TimeSpan _period;

        public ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state)
        {
            _owner = owner;
            _callback = callback;
            _state = state;
        }

        public DateTimeOffset DueAt { get; private set; } = DateTimeOffset.MaxValue;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var fireNow = false;
            lock (_owner._gate)
            {
                _owner._timers.Remove(this);
                _period = period;
                if (dueTime == Timeout.InfiniteTimeSpan)
                {
                    DueAt = DateTimeOffset.MaxValue;
                    return true;
                }

                _owner.RequestedDelays.Add(dueTime);
                if (_owner.AutoAdvance)
                {
                    _owner._now += dueTime;
                    fireNow = true;
                }
                else
                {
                    DueAt = _owner._now + dueTime;
                    _owner._timers.Add(this);
                }
            }

            if (fireNow)
            {
                ThreadPool.QueueUserWorkItem(_ => _callback(_state));
            }

            return true;
        }

        public void Fire()
        {
            lock (_owner._gate)
            {
                _owner._timers.Remove(this);
                if (_period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan)
                {
                    DueAt += _period;
                    _owner._timers.Add(this);
                }
                else
                {
                    DueAt = DateTimeOffset.MaxValue;
                }
            }

            _callback(_state);
        }

        public void Dispose()
        {
            lock (_owner._gate)
            {
                _owner._timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
