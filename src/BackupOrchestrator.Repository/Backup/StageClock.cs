using System.Diagnostics;

namespace BackupOrchestrator.Repository.Backup;

/// <summary>
/// Where a backup's wall time went, stage by stage: time each stage spent working, waiting for work
/// (starved: the stage before it is the slower one) and waiting to hand work on (blocked: a stage after
/// it, or the buffer pool, is). Off by default; <see cref="BackupOptions.Profile"/> turns it on
/// (backupctl backup --profile). Timestamps only, so it costs a few nanoseconds per chunk.
/// </summary>
public sealed class StageClock
{
    /// <summary>The stages, in pipeline order.</summary>
    public enum Stage { Read, Hash, Seal, Pack, Store }

    private const int Stages = 5;
    private readonly long[] _work = new long[Stages];
    private readonly long[] _starved = new long[Stages];
    private readonly long[] _blocked = new long[Stages];
    private readonly long[] _items = new long[Stages];
    private readonly long _started = Stopwatch.GetTimestamp();
    private long _ended;

    internal static long Now() => Stopwatch.GetTimestamp();

    internal void Work(Stage stage, long since) => Interlocked.Add(ref _work[(int)stage], Stopwatch.GetTimestamp() - since);

    internal void Starved(Stage stage, long since) => Interlocked.Add(ref _starved[(int)stage], Stopwatch.GetTimestamp() - since);

    internal void Blocked(Stage stage, long since) => Interlocked.Add(ref _blocked[(int)stage], Stopwatch.GetTimestamp() - since);

    /// <summary>A stage that ran from <paramref name="since"/> until now: what it did not spend waiting was work.</summary>
    internal void Ran(Stage stage, long since)
    {
        int i = (int)stage;
        Interlocked.Add(ref _work[i], Stopwatch.GetTimestamp() - since - Volatile.Read(ref _starved[i]) - Volatile.Read(ref _blocked[i]));
    }

    internal void Item(Stage stage) => Interlocked.Increment(ref _items[(int)stage]);

    internal void End() => _ended = Stopwatch.GetTimestamp();

    /// <summary>Seconds before the pipeline started: the lock, the parent snapshot, the target's index.</summary>
    public double Setup { get; internal set; }

    /// <summary>Seconds after the pipeline ended: the target's flush, the index, the check of the chunks, the manifest.</summary>
    public double Commit { get; internal set; }

    /// <summary>Seconds summed over the stage's workers (sealers and stores run several at once).</summary>
    public (double Work, double Starved, double Blocked, long Items) Of(Stage stage) =>
        (Seconds(_work[(int)stage]), Seconds(_starved[(int)stage]), Seconds(_blocked[(int)stage]), _items[(int)stage]);

    /// <summary>Wall seconds from the start of the pipeline to its end.</summary>
    public double Wall => Seconds((_ended == 0 ? Stopwatch.GetTimestamp() : _ended) - _started);

    /// <summary>One line per stage, for a person reading why a backup took as long as it did.</summary>
    public IEnumerable<string> Lines()
    {
        yield return $"setup {Setup:0.00} s (lock, parent, index), pipeline {Wall:0.00} s, commit {Commit:0.00} s (flush, index, check, manifest)";
        yield return "per stage, seconds summed over its workers: work / starved (waiting for input) / blocked (waiting to hand on) / items";
        foreach (var stage in Enum.GetValues<Stage>())
        {
            var (work, starved, blocked, items) = Of(stage);
            yield return $"  {stage,-6} {work,7:0.00} / {starved,7:0.00} / {blocked,7:0.00} / {items}";
        }
    }

    private static double Seconds(long ticks) => (double)ticks / Stopwatch.Frequency;
}
