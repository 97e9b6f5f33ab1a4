using BackupOrchestrator.Domain.Night;
using BackupOrchestrator.Domain.Quantities;
using BackupOrchestrator.Functions.Configuration;
using BackupOrchestrator.Repository;
using BackupOrchestrator.Repository.Backup;
using BackupOrchestrator.Repository.Snapshots;
using BackupOrchestrator.Repository.Targets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RepoCommand = BackupOrchestrator.Repository.Sources.CommandSource;
using RepoPath = BackupOrchestrator.Repository.Sources.PathSource;
using RepoSource = BackupOrchestrator.Repository.Sources.BackupSource;

namespace BackupOrchestrator.Functions.Services;

/// <summary>
/// One backup of one service, start to end: the pre hooks (in order; the first failure stops them), the sources
/// into the repository on the catalog's primary target, then the post hooks, always: also after a failure, a
/// timeout or a transient error, so a stopped service is started again. The per-backup timeout
/// (<c>limits.timeout</c>) and size cap (<c>limits.max_size</c>) cancel the repository's run, which then writes
/// no snapshot; they end the backup with their reason. Failures no retry can fix come back as a Failed report;
/// transient ones (storage, I/O) are thrown after the post hooks, for the caller's retry policy.
/// Everything it does goes to the service's log.
/// </summary>
public sealed class ServiceBackupRunner(
    HookRunner hooks,
    NightLogFiles logs,
    IOptions<NightOptions> options,
    RepositoryTargets targets,
    TimeProvider time,
    ILogger<ServiceBackupRunner> logger)
{
    public async Task<BackupReport> RunAsync(BackupJob job, Func<RunningProgress, Task>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var log = NightLogFiles.ServiceLog(job.Service);
        var started = time.GetTimestamp();
        logs.Append(log, $"backup of {job.Service} for the night of {job.Day} ({job.InstanceId}) starts");
        logger.BackupStarting(job.Service, job.Day);
        var hookTimeout = options.Value.HookTimeout;
        var hookLines = new List<string>();
        if (await FindEarlierRunAsync(job, started, cancellationToken) is { } done)
        {
            logs.Append(log, $"this run ({job.RunId}) already wrote snapshot {done.SnapshotId} before it was cut off; not backing up twice, no hooks run");
            logger.BackupAlreadyDone(job.Service, job.Day, job.RunId!, done.SnapshotId!);
            return done;
        }

        BackupReport? report = null;
        try
        {
            var pre = await hooks.RunAllAsync("pre", job.Service, job.PreHooks, job.DataRoot, hookTimeout, stopAtFailure: true, cancellationToken);
            hookLines.AddRange(pre.Select(h => h.Ok ? $"{h.Kind} hook {h.Number} ok" : h.Describe()));
            report = pre.FirstOrDefault(h => !h.Ok) is { } failed
                ? Ended(BackupState.Failed, $"{failed.Describe()}; the backup did not run", started)
                : await BackupSourcesAsync(job, log, progress, started, cancellationToken);
        }
        finally
        {
            // Post hooks run whatever happened above, even when the host is stopping: they restart what pre hooks stopped.
            var post = await hooks.RunAllAsync("post", job.Service, job.PostHooks, job.DataRoot, hookTimeout, stopAtFailure: false, CancellationToken.None);
            hookLines.AddRange(post.Select(h => h.Ok ? $"{h.Kind} hook {h.Number} ok" : h.Describe()));
            if (report is not null)
            {
                var postFailures = post.Where(h => !h.Ok).Select(h => h.Describe()).ToList();
                report = report with { Warnings = [.. report.Warnings, .. postFailures], Hooks = hookLines };
                logs.Append(log, $"backup of {job.Service} {report.State}{(report.Reason is null ? "" : ": " + report.Reason)}" +
                    (report.SnapshotId is null ? "" : $"; snapshot {report.SnapshotId}, {ByteSize.Format(report.BytesRead)} read, {ByteSize.Format(report.BytesStored)} stored") +
                    $" in {report.Duration.TotalSeconds:0.0} s");
            }
        }

        logger.BackupEnded(job.Service, report.State, report.Reason ?? "");
        return report;
    }

    private async Task<BackupReport> BackupSourcesAsync(BackupJob job, string log, Func<RunningProgress, Task>? progress, long started, CancellationToken cancellationToken)
    {
        var missing = job.Sources.Where(s => s.Path is { } p && !File.Exists(p) && !Directory.Exists(p)).Select(s => s.Path!).ToList();
        if (missing.Count > 0)
        {
            return Ended(BackupState.Failed, $"source {string.Join(", ", missing)} does not exist; no snapshot was recorded. Fix the path in the catalog or mount its volume, then retry", started);
        }

        if (job.Target is null)
        {
            return Ended(BackupState.Failed, "the catalog names no primary target (targets.primary); add one, then retry", started);
        }

        var keyFile = targets.KeyFileFor(job.KeyFile);
        if (RepositoryTargets.KeyProblem(keyFile) is { } noKey)
        {
            return Ended(BackupState.Failed, noKey, started);
        }

        try
        {
            targets.TargetOf(job.Target);
        }
        catch (RepositoryException e)
        {
            // A target that cannot be made (a missing connection setting, a bad container name): no retry fixes it.
            return Ended(BackupState.Failed, $"targets.{job.Target.Role}: {e.Message}", started);
        }

        var repository = await targets.InitAsync(job.Target, keyFile!, cancellationToken);
        var request = new BackupRequest(job.Service, job.Sources.Select(ToRepositorySource(job)).ToList())
        {
            Tags = job.RunId is null ? [$"night:{job.Day}"] : [$"night:{job.Day}", RunTag(job.RunId)],
        };
        using var timeout = new CancellationTokenSource(job.Timeout, time);
        using var sizeCap = new CancellationTokenSource();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, sizeCap.Token, cancellationToken);
        var reporter = new ProgressThrottle(progress, options.Value.ProgressInterval, job.ExpectedSize, time, logger, job.Service);
        var runner = new BackupRunner(repository, new BackupOptions
        {
            Uploaders = job.Target.Kind == Domain.Catalogs.TargetKind.Blob ? 4 : 2,
            ProgressInterval = TimeSpan.FromMilliseconds(250),
            Logger = logger,
        });
        try
        {
            var result = await runner.RunAsync(request, p =>
            {
                if (p.BytesRead > job.MaxSize)
                {
                    sizeCap.Cancel();
                }

                reporter.Report(p);
            }, stop.Token);
            var s = result.Snapshot;
            return new BackupReport(BackupState.Succeeded, null, s.Id, s.Stats.BytesRead, s.Stats.BytesStoredNew, time.GetElapsedTime(started), result.Warnings, []) { SnapshotName = s.Name };
        }
        catch (OperationCanceledException) when (sizeCap.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return Ended(BackupState.Failed, $"read more than limits.max_size ({ByteSize.Format(job.MaxSize)}); stopped, no snapshot was recorded. Raise limits.max_size or split the service's sources", started);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return Ended(BackupState.TimedOut, $"ran longer than limits.timeout ({DurationText.Format(job.Timeout)}); stopped, no snapshot was recorded", started);
        }
        catch (Exception e) when (e is TargetFullException or IntegrityException)
        {
            return Ended(BackupState.Failed, e.Message, started);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logs.Append(log, $"attempt failed (will be retried): {e.Message}");
            throw;
        }
    }

    private static string RunTag(string runId) => "run:" + runId;

    /// <summary>
    /// The snapshot this run (<see cref="BackupJob.RunId"/>) already wrote, as a Succeeded report; null when it wrote
    /// none, has no id, or the repository cannot be read yet (then the backup itself says what is wrong). Why: the
    /// activity is at least once; a host killed between the snapshot and the activity's result runs it again.
    /// </summary>
    private async Task<BackupReport?> FindEarlierRunAsync(BackupJob job, long started, CancellationToken cancellationToken)
    {
        var keyFile = targets.KeyFileFor(job.KeyFile);
        if (job.RunId is null || job.Target is null || keyFile is null || !File.Exists(keyFile))
        {
            return null;
        }

        try
        {
            var repository = await targets.OpenAsync(job.Target, keyFile, cancellationToken);
            // A minute of slack for clocks: the orchestration's time is the one host's, the snapshot's another's.
            var earlier = await new SnapshotStore(repository).FindTaggedAsync(job.Service, RunTag(job.RunId), job.RunStarted - TimeSpan.FromMinutes(1), cancellationToken);
            return earlier is null ? null
                : new BackupReport(BackupState.Succeeded, null, earlier.Id, earlier.Stats.BytesRead, earlier.Stats.BytesStoredNew, time.GetElapsedTime(started), [.. earlier.Warnings], []);
        }
        catch (Exception e) when (e is RepositoryException or IOException or Azure.RequestFailedException)
        {
            // Not there yet (a first backup initialises the repository) or not readable: the backup path reports it.
            logger.EarlierRunUnknown(job.Service, e.Message);
            return null;
        }
    }

    private static Func<JobSource, RepoSource> ToRepositorySource(BackupJob job) => s => s.Path is { } path
        ? new RepoPath(path)
        : new RepoCommand(s.Name ?? s.Command![0] + ".out", s.Command!) { WorkingDirectory = job.DataRoot };

    private BackupReport Ended(BackupState state, string reason, long started) =>
        new(state, reason, null, 0, 0, time.GetElapsedTime(started), [], []);

    /// <summary>Passes progress on at most every interval, with the ETA from the expected size when the repository has no estimate.</summary>
    private sealed class ProgressThrottle(Func<RunningProgress, Task>? sink, TimeSpan interval, long expectedSize, TimeProvider time, ILogger logger, string service)
    {
        private long _last = long.MinValue;

        public void Report(BackupProgress p)
        {
            if (sink is null || (_last != long.MinValue && time.GetElapsedTime(_last) < interval))
            {
                return;
            }

            _last = time.GetTimestamp();
            var total = p.BytesTotal ?? Math.Max(expectedSize, p.BytesRead);
            var eta = p.Eta ?? (p.BytesPerSecond > 0 && total > p.BytesRead ? TimeSpan.FromSeconds((total - p.BytesRead) / p.BytesPerSecond) : null);
            var report = new RunningProgress(p.BytesRead, p.BytesWritten, total, p.BytesPerSecond, eta);
            _ = Task.Run(async () =>
            {
                try
                {
                    await sink(report);
                }
                catch (Exception e)
                {
                    // Progress is best effort: a lost report never fails the backup.
                    logger.ProgressLost(service, e.Message);
                }
            });
        }
    }
}
