using System.Collections.Concurrent;
using BackupOrchestrator.Repository.Restore;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Functions.Services;

/// <summary>What a restore to a folder on the server is asked to do.</summary>
public sealed record RestoreJobRequest(string Target, string SnapshotId, string Service, string Path, string To);

/// <summary>A restore as it stands: files and bytes done of their totals, and how it ended (<c>Running</c>, <c>Succeeded</c>, <c>Failed</c> with the reason).</summary>
public sealed record RestoreJobView(
    string Id,
    string Target,
    string SnapshotId,
    string Service,
    string Path,
    string To,
    string State,
    long FilesDone,
    long FilesTotal,
    long BytesDone,
    long BytesTotal,
    DateTimeOffset Started,
    DateTimeOffset? Ended,
    double Seconds,
    string? Reason,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> Errors);

/// <summary>
/// Restores to a folder on the server, each run in this process as a tracked job with its progress. Why not a
/// Durable orchestration and activity: a restore writes to this machine's disk, so it must not move to another
/// worker, and an activity is at-least-once: after a crash it would run again into the half-written folder (which
/// the "new or empty folder" rule then refuses, or worse, a retry policy rewrites). Proxmox Backup Server and
/// Backrest do the same: a restore is a task of the server process with live progress and an end state, and one
/// interrupted by a restart is not resumed but started again by the person. So the job lives as long as the host
/// process; after a restart its status is gone (404 says so) and the folder shows what was written.
/// </summary>
public sealed class RestoreJobs(TimeProvider time, ILogger<RestoreJobs> logger) : IDisposable
{
    /// <summary>Ended jobs kept for their status; older ones are forgotten first.</summary>
    private const int Kept = 50;
    private readonly ConcurrentDictionary<string, Job> _jobs = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>
    /// Starts <paramref name="restore"/> in the background and answers its first status; null when another restore
    /// is writing into the same folder now (two into one folder would mix their files).
    /// </summary>
    public RestoreJobView? Start(RestoreJobRequest request, Func<IProgress<RestoreProgress>, CancellationToken, Task<RestoreResult>> restore)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(restore);
        var to = System.IO.Path.GetFullPath(request.To).TrimEnd('/');
        var job = new Job(new RestoreJobView(Guid.NewGuid().ToString("N")[..12], request.Target, request.SnapshotId, request.Service, request.Path, to,
            "Running", 0, 0, 0, 0, time.GetUtcNow(), null, 0, null, [], []));
        lock (_jobs)
        {
            if (_jobs.Values.Any(j => j.View.State == "Running" && j.View.To == to))
            {
                return null;
            }

            _jobs[job.View.Id] = job;
            Forget();
        }

        logger.RestoreStarted(job.View.Id, request.Service, request.SnapshotId, to);
        _ = Task.Run(() => RunAsync(job, restore), CancellationToken.None);
        return job.View;
    }

    /// <summary>The job's status, or null when this process has none of that id.</summary>
    public RestoreJobView? Find(string id) => _jobs.TryGetValue(id, out var job) ? job.View : null;

    /// <summary>This process's restores, newest first.</summary>
    public IReadOnlyList<RestoreJobView> Recent() => [.. _jobs.Values.Select(j => j.View).OrderByDescending(v => v.Started)];

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private async Task RunAsync(Job job, Func<IProgress<RestoreProgress>, CancellationToken, Task<RestoreResult>> restore)
    {
        try
        {
            var result = await restore(job, _stopping.Token);
            job.End(time.GetUtcNow(), result.Errors.Count == 0 ? "Succeeded" : "Failed",
                result.Errors.Count == 0 ? null : $"{result.Errors.Count} entries were not restored: {string.Join("; ", result.Errors.Take(5))}",
                result);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            job.End(time.GetUtcNow(), "Failed", "The host stopped during the restore; the folder holds what was written until then. Restore again into a new folder.", null);
        }
        catch (Exception e)
        {
            // A job's failure is its status, never a crash of the host: the person reads it on the page.
            job.End(time.GetUtcNow(), "Failed", $"{e.Message} (restoring into {job.View.To}; what was written until then is there)", null);
        }

        logger.RestoreEnded(job.View.Id, job.View.State, job.View.FilesDone, job.View.BytesDone, job.View.Reason ?? "");
    }

    private void Forget()
    {
        foreach (var old in _jobs.Values.Where(j => j.View.State != "Running").OrderByDescending(j => j.View.Started).Skip(Kept).ToList())
        {
            _jobs.TryRemove(old.View.Id, out _);
        }
    }

    /// <summary>One job: its view replaced whole on every report, so a reader never sees half an update.</summary>
    private sealed class Job(RestoreJobView view) : IProgress<RestoreProgress>
    {
        private volatile RestoreJobView _view = view;

        public RestoreJobView View => _view;

        public void Report(RestoreProgress value) => _view = _view with
        {
            FilesDone = value.FilesDone,
            FilesTotal = value.FilesTotal,
            BytesDone = value.BytesDone,
            BytesTotal = value.BytesTotal,
        };

        public void End(DateTimeOffset at, string state, string? reason, RestoreResult? result) => _view = _view with
        {
            State = state,
            Ended = at,
            Seconds = Math.Round((at - _view.Started).TotalSeconds, 3),
            Reason = reason,
            FilesDone = result?.Files ?? _view.FilesDone,
            Warnings = result?.Warnings.ToList() ?? [],
            Errors = result?.Errors.ToList() ?? [],
        };
    }
}
