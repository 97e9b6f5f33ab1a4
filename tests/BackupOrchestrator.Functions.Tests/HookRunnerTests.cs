using System.Diagnostics;
using BackupOrchestrator.Functions.Services;

namespace BackupOrchestrator.Functions.Tests;

public sealed class HookRunnerTests
{
    [Fact]
    public async Task RunAllAsync_PreHooks_InOrderOutputInTheServiceLogStopAtFirstFailure()
    {
        using var box = new TestBox();
        IReadOnlyList<IReadOnlyList<string>> hooks =
        [
            ["echo", "first"],
            ["sh", "-c", "echo second; exit 3"],
            ["echo", "never"],
        ];
        var results = await box.Hooks.RunAllAsync("pre", "webapp", hooks, box.Data, TimeSpan.FromSeconds(10), stopAtFailure: true, CancellationToken.None);

        Assert.Equal(2, results.Count);
        Assert.True(results[0].Ok);
        Assert.Equal(3, results[1].ExitCode);
        Assert.Equal("pre hook 2 (sh -c echo second; exit 3) exited 3", results[1].Describe());
        var log = box.Log("webapp_backup.log");
        Assert.True(log.IndexOf("[pre 1] first", StringComparison.Ordinal) < log.IndexOf("[pre 2] second", StringComparison.Ordinal));
        Assert.DoesNotContain("never", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CatalogStringWithShellSyntax_IsOneArgumentNeverAShell()
    {
        using var box = new TestBox();
        var marker = Path.Combine(box.Data, "pwned");
        var result = await box.Hooks.RunAsync("post", 1, "svc", ["echo", $"$HOME; touch {marker}"], box.Data, TimeSpan.FromSeconds(10), CancellationToken.None);
        Assert.True(result.Ok);
        Assert.False(File.Exists(marker));
        Assert.Contains($"[post 1] $HOME; touch {marker}", box.Log("svc_backup.log"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_HookOutlivesItsTimeout_KilledAndReportedTimedOut()
    {
        using var box = new TestBox();
        var watch = Stopwatch.StartNew();
        var result = await box.Hooks.RunAsync("pre", 1, "svc", ["sleep", "30"], box.Data, TimeSpan.FromMilliseconds(300), CancellationToken.None);
        Assert.True(result.TimedOut);
        Assert.False(result.Ok);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task RunAsync_MissingProgram_NotOkWithTheError()
    {
        using var box = new TestBox();
        var result = await box.Hooks.RunAsync("pre", 1, "svc", ["no-such-program-here"], box.Data, TimeSpan.FromSeconds(5), CancellationToken.None);
        Assert.False(result.Ok);
        Assert.StartsWith("pre hook 1 (no-such-program-here) could not run:", result.Describe(), StringComparison.Ordinal);
    }
}
