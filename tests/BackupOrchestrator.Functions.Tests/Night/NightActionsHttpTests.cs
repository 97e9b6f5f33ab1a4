using BackupOrchestrator.Domain.Night;
using BackupOrchestrator.Functions.Http;
using BackupOrchestrator.Functions.Night;
using Microsoft.DurableTask.Client;
using static BackupOrchestrator.Functions.Tests.Night.HttpCalls;

namespace BackupOrchestrator.Functions.Tests.Night;

/// <summary>POST windows/{window}/run, POST services/{service}/run (+ GET its run), POST nights/{day}/retry on the real engine.</summary>
[Collection(NightsCollection.Name)]
public sealed class NightActionsHttpTests(NightsFixture nights)
{
    [Fact]
    public async Task RunWindow_First_StartsTonightsWindowWithEveryServiceReleasedNow()
    {
        var night = await ApiNight.StartAsync(nights);
        var today = NightIds.Day(DateOnly.FromDateTime(night.Before.UtcDateTime));

        Assert.Equal(today, night.Started.Day);
        Assert.Equal(NightIds.Window(today, "first"), night.Started.InstanceId);
        Assert.Equal($"http://127.0.0.1:7071/api/nights/{today}", night.Started.StatusUrl);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, night.Window.RuntimeStatus);
        var input = night.Window.ReadInputAs<WindowRun>()!;
        var clock = input.Services[0].Clock;
        Assert.Equal(["base", "broken", "after-broken", "on-base"], input.Services.Select(s => s.Service));
        // The offsets (0, 30, 45, 50 minutes) are not waited for: every service is released at the call's night time.
        Assert.All(input.Services, s => Assert.InRange(s.Release, clock.ToNight(night.Before), clock.ToNight(night.After)));
        var ended = night.Window.ReadOutputAs<WindowResult>()!.Services.ToDictionary(s => s.Service);
        Assert.True(ended["base"].State == BackupState.Succeeded, ended["base"].Reason);
        Assert.True(ended["on-base"].State == BackupState.Succeeded, ended["on-base"].Reason);
        Assert.Equal(BackupState.Failed, ended["broken"].State);
        Assert.Equal(BackupState.Skipped, ended["after-broken"].State);
        Assert.StartsWith("dependency broken failed", ended["after-broken"].Reason, StringComparison.Ordinal);
        Assert.Null(await night.Harness.Client.GetInstanceAsync(NightIds.Window(today, "second")));
    }

    [Fact]
    public async Task RunWindow_AlreadyStartedTonight_409()
    {
        var night = await ApiNight.StartAsync(nights);
        var problem = Problem(await night.Http.RunWindow(Request("POST"), night.Harness.Client, "first"), 409);
        Assert.StartsWith($"the window first of {night.Started.Day} already started (Completed", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunWindow_UnknownWindow_404NamingTheWindows()
    {
        var harness = await ApiNight.HarnessAsync(nights);
        var problem = Problem(await ApiNight.HttpOf(harness).RunWindow(Request("POST"), harness.Client, "third"), 404);
        Assert.Equal("The catalog has no window 'third'. Its windows: first, second.", problem.Detail);
    }

    [Fact]
    public async Task RetryNight_FailedServiceWhoseSourceIsBack_RerunsItWithItsSkippedDependentThenNothingIsLeft()
    {
        var night = await ApiNight.StartAsync(nights);
        var day = night.Started.Day;
        Directory.CreateDirectory(Path.Combine(night.Harness.Box.Data, "broken"));
        File.WriteAllText(Path.Combine(night.Harness.Box.Data, "broken", "file.txt"), "back\n");

        var view = Accepted<NightRetryView>(await night.Http.RetryNight(Request("POST"), night.Harness.Client, day));

        Assert.Equal(day, view.Day);
        var retried = Assert.Single(view.Retried);
        Assert.Equal("broken", retried.Service);
        Assert.Equal(["broken", "after-broken"], retried.Started);
        Assert.Empty(view.Refused);
        foreach (var service in retried.Started)
        {
            var done = await night.Harness.Client.WaitForInstanceCompletionAsync(NightIds.Backup(day, service), getInputsAndOutputs: true, NightHarness.Timeout(60));
            var status = done.ReadOutputAs<BackupStatus>()!;
            Assert.True(status.State == BackupState.Succeeded, System.Text.Json.JsonSerializer.Serialize(status));
        }

        var again = Ok<NightRetryView>(await night.Http.RetryNight(Request("POST"), night.Harness.Client, day));
        Assert.Empty(again.Retried);
        Assert.Empty(again.Refused);
    }

    [Fact]
    public async Task RetryNight_BadDate_400()
    {
        var harness = await ApiNight.HarnessAsync(nights);
        var problem = Problem(await ApiNight.HttpOf(harness).RetryNight(Request("POST"), harness.Client, "2026-13-01"), 400);
        Assert.Equal("'2026-13-01' is not a day: write it as yyyy-MM-dd (e.g. 2026-12-01) or 'tonight'.", problem.Detail);
    }

    [Fact]
    public async Task RetryNight_NightThatNeverStarted_404()
    {
        var harness = await ApiNight.HarnessAsync(nights);
        var problem = Problem(await ApiNight.HttpOf(harness).RetryNight(Request("POST"), harness.Client, "2001-01-01"), 404);
        Assert.StartsWith("No night 2001-01-01 has started", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunService_DependentOfAFailedService_RunsNowPastTheGateOncePerRunId()
    {
        var harness = await ApiNight.HarnessAsync(nights);
        var http = ApiNight.HttpOf(harness);
        var runId = "t-" + Guid.NewGuid().ToString("N")[..8];

        var first = Accepted<ManualRunView>(await http.RunService(Request("POST", $$"""{"runId": "{{runId}}"}"""), harness.Client, "after-broken"));

        Assert.Equal(NightIds.Manual("after-broken", runId), first.InstanceId);
        Assert.Equal($"http://127.0.0.1:7071/api/services/after-broken/runs/{runId}", first.StatusUrl);
        Assert.False(first.AlreadyStarted);
        var done = await harness.Client.WaitForInstanceCompletionAsync(first.InstanceId, getInputsAndOutputs: true, NightHarness.Timeout(60));
        var status = done.ReadOutputAs<BackupStatus>()!;
        Assert.True(status.State == BackupState.Succeeded, System.Text.Json.JsonSerializer.Serialize(status));
        Assert.NotNull(status.SnapshotId);
        // No schedule wait beyond "now", no dependency gate; the resource gate and a slot, as the night's runs.
        Assert.DoesNotContain(status.Steps, s => s.State == BackupState.WaitingForDependencies);
        Assert.Contains(status.Steps, s => s.State == BackupState.WaitingForSlot);

        var again = Accepted<ManualRunView>(await http.RunService(Request("POST", $$"""{"runId": "{{runId}}"}"""), harness.Client, "after-broken"));
        Assert.True(again.AlreadyStarted);
        Assert.Equal(first.InstanceId, again.InstanceId);
        var view = Ok<ManualRunStatusView>(await http.GetManualRun(Request(), harness.Client, "after-broken", runId));
        Assert.Equal("Completed", view.RuntimeStatus);
        Assert.Equal(status.SnapshotId, view.Status!.SnapshotId);
    }

    [Fact]
    public async Task RunService_NoBody_StartsARunWithANewRunId()
    {
        var harness = await ApiNight.HarnessAsync(nights);
        var view = Accepted<ManualRunView>(await ApiNight.HttpOf(harness).RunService(Request("POST"), harness.Client, "base"));
        Assert.Matches("^[0-9a-f]{32}$", view.RunId);
        Assert.NotNull(await harness.Client.GetInstanceAsync(view.InstanceId));
    }

    [Fact]
    public async Task RunService_UnknownService_404NamingTheCatalogsServices()
    {
        var harness = await ApiNight.HarnessAsync(nights);
        var problem = Problem(await ApiNight.HttpOf(harness).RunService(Request("POST"), harness.Client, "sonarr"), 404);
        Assert.Equal("The catalog has no service 'sonarr'. Its services: base, broken, after-broken, on-base, later, later2.", problem.Detail);
    }

    [Theory]
    [InlineData("{\"runId\": ", "The body is not JSON of the form {\"runId\": \"…\"}")]
    [InlineData("[1, 2]", "The body is not JSON of the form {\"runId\": \"…\"}")]
    [InlineData("{\"runId\": \"a b/c\"}", "runId 'a b/c' is not a run id")]
    public async Task RunService_BadBody_400SayingWhatToSend(string body, string expected)
    {
        var harness = await ApiNight.HarnessAsync(nights);
        var problem = Problem(await ApiNight.HttpOf(harness).RunService(Request("POST", body), harness.Client, "base"), 400);
        Assert.StartsWith(expected, problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetManualRun_UnknownRun_404()
    {
        var harness = await ApiNight.HarnessAsync(nights);
        var problem = Problem(await ApiNight.HttpOf(harness).GetManualRun(Request(), harness.Client, "base", "never"), 404);
        Assert.StartsWith("There is no run 'never' of base.", problem.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("retry", "retry the failed services of tonight")]
    [InlineData("run", "run base")]
    [InlineData("window", "run the window second")]
    public async Task Posts_ReadOnly_403AndNothingStarts(string action, string words)
    {
        var harness = await ApiNight.HarnessAsync(nights);
        var http = ApiNight.HttpOf(harness, readOnly: true);
        var request = Request("POST", """{"runId": "read-only"}""");

        var result = action switch
        {
            "retry" => await http.RetryNight(request, harness.Client, "tonight"),
            "run" => await http.RunService(request, harness.Client, "base"),
            _ => await http.RunWindow(request, harness.Client, "second"),
        };

        var problem = Problem(result, 403);
        Assert.Equal($"This host is read-only (Backup__ReadOnly=true), so it will not {words}. "
            + "To allow it, set Backup__ReadOnly to false (local.settings.json Values or the environment) and restart the host.", problem.Detail);
        Assert.Null(await harness.Client.GetInstanceAsync(NightIds.Manual("base", "read-only")));
        Assert.Null(await harness.Client.GetInstanceAsync(NightIds.Window(harness.Starter.Tonight(), "second")));
    }
}
