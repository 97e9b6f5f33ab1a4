using BackupOrchestrator.Domain.Night;
using BackupOrchestrator.Functions.Services;
using Microsoft.DurableTask;

namespace BackupOrchestrator.Functions.Night;

/// <summary>Keeps a service orchestration's custom status: each step with its reason and the time it began (orchestration time, so replays agree).</summary>
internal sealed class StatusBoard(TaskOrchestrationContext context, ServiceRun run)
{
    private BackupStatus _status = new()
    {
        Service = run.Service,
        Day = run.Day,
        State = BackupState.WaitingForSchedule,
        Since = Now(context),
    };

    public BackupStatus Current => _status;

    public void Enter(BackupState state, string? reason = null)
    {
        var now = Now(context);
        _status = _status with
        {
            State = state,
            Reason = reason,
            Since = now,
            Started = state == BackupState.Running ? now : _status.Started,
            Ended = state.IsFinal() ? now : null,
            Progress = state == BackupState.Running ? _status.Progress : null,
            Steps = [.. _status.Steps, new StepTime(state, now, reason)],
        };
        context.SetCustomStatus(_status);
    }

    public void Progress(RunningProgress progress)
    {
        _status = _status with { Progress = progress };
        context.SetCustomStatus(_status);
    }

    /// <summary>The final status, with what the backup reported when it ran.</summary>
    public BackupStatus Finish(BackupState state, string? reason, BackupReport? report = null)
    {
        Enter(state, reason);
        if (report is not null)
        {
            _status = _status with
            {
                SnapshotId = report.SnapshotId,
                SnapshotName = report.SnapshotName,
                BytesRead = report.BytesRead,
                BytesStored = report.BytesStored,
                Duration = report.Duration,
                Warnings = report.Warnings,
                Hooks = report.Hooks,
            };
        }
        else if (_status.Started is { } started)
        {
            _status = _status with { Duration = _status.Since - started };
        }

        context.SetCustomStatus(_status);
        return _status;
    }

    /// <summary>The copy's progress or end: the backup's own state stays as it ended.</summary>
    public void Copy(CopyStatus copy)
    {
        _status = _status with { Copy = copy };
        context.SetCustomStatus(_status);
    }

    /// <summary>One target's prune, replacing the earlier report of the same target.</summary>
    public void Prune(PruneStatus prune)
    {
        _status = _status with { Prune = [.. _status.Prune.Where(p => p.Target != prune.Target), prune] };
        context.SetCustomStatus(_status);
    }

    public DateTimeOffset Time => Now(context);

    private static DateTimeOffset Now(TaskOrchestrationContext context) => new(context.CurrentUtcDateTime, TimeSpan.Zero);
}
