using System.ComponentModel;
using System.Diagnostics;

namespace BackupOrchestrator.Functions.Services;

/// <summary>How one hook ended. <see cref="Ok"/>: it exited 0 within its timeout.</summary>
public sealed record HookResult(string Kind, int Number, IReadOnlyList<string> Argv, int? ExitCode, bool TimedOut, TimeSpan Duration, string? Error)
{
    public bool Ok => ExitCode == 0 && !TimedOut && Error is null;

    /// <summary>"pre hook 1 (docker stop home-assistant) exited 1".</summary>
    public string Describe()
    {
        var what = $"{Kind} hook {Number} ({string.Join(' ', Argv)})";
        return Error is not null ? $"{what} could not run: {Error}"
            : TimedOut ? $"{what} ran longer than {Duration.TotalSeconds:0.#} s and was killed"
            : $"{what} exited {ExitCode}";
    }
}

/// <summary>
/// Runs a service's hooks: each an argv started directly (never a shell built from catalog strings), in order,
/// with the catalog's data_root as working directory and a timeout each; stdout and stderr go line by line into
/// the service's log. A hook that outlives its timeout is killed with its process tree.
/// </summary>
public sealed class HookRunner(NightLogFiles logs, TimeProvider time)
{
    /// <summary>
    /// Runs <paramref name="hooks"/> in order. With <paramref name="stopAtFailure"/> (pre hooks) the first that
    /// fails ends the list; otherwise (post hooks) every one runs, so a stopped service is always started again.
    /// </summary>
    public async Task<IReadOnlyList<HookResult>> RunAllAsync(string kind, string service, IReadOnlyList<IReadOnlyList<string>> hooks, string workingDirectory, TimeSpan timeout, bool stopAtFailure, CancellationToken cancellationToken)
    {
        var results = new List<HookResult>(hooks.Count);
        for (var i = 0; i < hooks.Count; i++)
        {
            var result = await RunAsync(kind, i + 1, service, hooks[i], workingDirectory, timeout, cancellationToken);
            results.Add(result);
            if (!result.Ok && stopAtFailure)
            {
                break;
            }
        }

        return results;
    }

    public async Task<HookResult> RunAsync(string kind, int number, string service, IReadOnlyList<string> argv, string workingDirectory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var log = NightLogFiles.ServiceLog(service);
        var label = $"[{kind} {number}]";
        var started = time.GetTimestamp();
        var info = new ProcessStartInfo(argv[0])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in argv.Skip(1))
        {
            info.ArgumentList.Add(arg);
        }

        logs.Append(log, $"{label} run: {string.Join(' ', argv)}");
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Capture(log, label, e.Data);
        process.ErrorDataReceived += (_, e) => Capture(log, label + " stderr:", e.Data);
        try
        {
            process.Start();
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException or IOException)
        {
            var failed = new HookResult(kind, number, argv, null, false, time.GetElapsedTime(started), e.Message);
            logs.Append(log, $"{label} {failed.Describe()}");
            return failed;
        }

        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var limit = new CancellationTokenSource(timeout, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(limit.Token, cancellationToken);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(either.Token);
        }
        catch (OperationCanceledException)
        {
            timedOut = limit.IsCancellationRequested;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
        }

        var result = new HookResult(kind, number, argv, timedOut ? null : process.ExitCode, timedOut, timedOut ? timeout : time.GetElapsedTime(started), null);
        logs.Append(log, $"{label} {(result.Ok ? "ok" : result.Describe())}");
        return result;
    }

    private void Capture(string log, string label, string? line)
    {
        if (line is not null)
        {
            logs.Append(log, $"{label} {line}");
        }
    }
}
