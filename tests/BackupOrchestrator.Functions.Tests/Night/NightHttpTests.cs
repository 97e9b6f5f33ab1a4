using BackupOrchestrator.Domain.Night;
using BackupOrchestrator.Functions.Http;
using BackupOrchestrator.Functions.Night;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace BackupOrchestrator.Functions.Tests.Night;

/// <summary>The night's HTTP functions called as the host calls them, on the Gates night run on the real engine.</summary>
[Collection(NightsCollection.Name)]
public sealed class NightHttpTests(NightsFixture nights)
{
    private static HttpRequest Request(string method = "GET")
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("127.0.0.1", 7071);
        return context.Request;
    }

    private async Task<(NightRun Night, NightHttp Http)> ArrangeAsync()
    {
        var night = await nights.NightAsync(nameof(NightCatalogs.Gates), NightCatalogs.Gates);
        return (night, Http(night));
    }

    private static NightHttp Http(NightRun night, bool readOnly = false) =>
        new(night.Harness.Starter, night.Harness.Box.Logs, Guard(readOnly));

    internal static ReadOnlyGuard Guard(bool readOnly) =>
        new(Microsoft.Extensions.Options.Options.Create(new BackupOrchestrator.Functions.Configuration.NightOptions { ReadOnly = readOnly }));

    internal static ProblemDetails Problem(IActionResult result, int status)
    {
        var objectResult = Assert.IsType<ObjectResult>(result);
        Assert.Equal(status, objectResult.StatusCode);
        Assert.Contains("application/problem+json", objectResult.ContentTypes);
        return Assert.IsType<ProblemDetails>(objectResult.Value);
    }

    [Fact]
    public async Task GetNight_BadDate_400WithWhatToWrite()
    {
        var (night, http) = await ArrangeAsync();
        var problem = Problem(await http.GetNight(Request(), night.Harness.Client, "12/01/2026"), 400);
        Assert.Equal("'12/01/2026' is not a day: write it as yyyy-MM-dd (e.g. 2026-12-01) or 'tonight'.", problem.Detail);
    }

    [Fact]
    public async Task GetNight_NightThatNeverStarted_404()
    {
        var (night, http) = await ArrangeAsync();
        var problem = Problem(await http.GetNight(Request(), night.Harness.Client, "2001-01-01"), 404);
        Assert.StartsWith("No night 2001-01-01 has started", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NightHttp_CatalogEditedIntoErrorsWhileTheHostRuns_503ForTonightWhileAGivenDayStillAnswers()
    {
        var (night, _) = await ArrangeAsync();
        using var box = new TestBox();
        var broken = Path.Combine(box.Root, "catalog.yaml");
        File.WriteAllText(broken, "version: 1\nservices:\n  - {name: svc, tier: nowhere}\n");
        box.Options.Catalog = broken;
        var starter = new NightStarter(Microsoft.Extensions.Options.Options.Create(box.Options), TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<NightStarter>.Instance);
        var http = new NightHttp(starter, night.Harness.Box.Logs, Guard(false));
        var client = night.Harness.Client;

        // "tonight" is a day on the configured catalog's clock: it cannot be worked out, and each GET and the retry say why.
        foreach (var result in new[]
        {
            await http.GetNight(Request(), client, "tonight"),
            await http.GetServiceRun(Request(), client, "tonight", "webapp"),
            await http.RetryService(Request("POST"), client, "tonight", "mail"),
        })
        {
            var problem = Problem(result, 503);
            Assert.Equal("Catalog refused", problem.Title);
            Assert.Contains($"{broken}:", problem.Detail, StringComparison.Ordinal);
        }

        // A night named by its day keeps the catalog it started with.
        var view = Assert.IsType<NightView>(Assert.IsType<OkObjectResult>(await http.GetNight(Request(), client, night.Harness.Day)).Value);
        Assert.Equal(8, view.Services.Count);
        Assert.IsType<OkObjectResult>(await http.GetServiceRun(Request(), client, night.Harness.Day, "webapp"));
    }

    [Fact]
    public async Task GetNight_Tonight_EveryServiceWithItsStateAndTheCounts()
    {
        var (night, http) = await ArrangeAsync();
        var view = Assert.IsType<NightView>(Assert.IsType<OkObjectResult>(await http.GetNight(Request(), night.Harness.Client, "tonight")).Value);

        Assert.Equal(night.Harness.Day, view.Day);
        Assert.Equal(8, view.Services.Count);
        Assert.Equal(["Completed", "Completed"], view.Windows.Select(w => w.Status));
        Assert.Equal("Failed", view.Services.Single(s => s.Service == "mail").State);
        Assert.Equal(2, view.Counts["Skipped"]);
        Assert.Equal(1, view.Counts["Failed"]);
    }

    [Fact]
    public async Task GetServiceRun_UnknownService_404NamingTheNightsServices()
    {
        var (night, http) = await ArrangeAsync();
        var problem = Problem(await http.GetServiceRun(Request(), night.Harness.Client, night.Harness.Day, "nope"), 404);
        Assert.StartsWith($"The night of {night.Harness.Day} has no service 'nope'. Its services: database, config,", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetServiceRun_Webapp_StatusAndTheEndOfItsLog()
    {
        var (night, http) = await ArrangeAsync();
        var view = Assert.IsType<ServiceRunView>(Assert.IsType<OkObjectResult>(await http.GetServiceRun(Request(), night.Harness.Client, night.Harness.Day, "webapp")).Value);

        Assert.Equal(BackupState.Succeeded, view.Run.Status!.State);
        Assert.Equal("Completed", view.RuntimeStatus);
        Assert.Contains(view.Log, l => l.EndsWith("[pre 1] run: sh -c echo pre >> webapp-hooks.txt", StringComparison.Ordinal));
        Assert.Contains(view.Log, l => l.Contains("backup of webapp Succeeded; snapshot", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RetryService_ReadOnly_403SayingWhatAndHowToTurnItOff()
    {
        var night = await nights.NightAsync(nameof(NightCatalogs.Gates), NightCatalogs.Gates);
        var http = Http(night, readOnly: true);

        var problem = Problem(await http.RetryService(Request("POST"), night.Harness.Client, night.Harness.Day, "mail"), 403);

        Assert.Equal($"This host is read-only (Backup__ReadOnly=true), so it will not retry mail for {night.Harness.Day}. "
            + "To allow it, set Backup__ReadOnly to false (local.settings.json Values or the environment) and restart the host.", problem.Detail);
        var mail = await night.Harness.Client.GetInstanceAsync(NightIds.Backup(night.Harness.Day, "mail"), getInputsAndOutputs: true);
        Assert.Equal(BackupState.Failed, mail!.ReadOutputAs<BackupStatus>()!.State);
    }

    [Fact]
    public async Task RetryService_Succeeded_409NothingToRetry()
    {
        var (night, http) = await ArrangeAsync();
        var problem = Problem(await http.RetryService(Request("POST"), night.Harness.Client, night.Harness.Day, "config"), 409);
        Assert.StartsWith($"the backup of config for {night.Harness.Day} succeeded", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetryService_FailedAfterItsSourceIsBack_RerunsItAndTheDependentsSkippedForIt()
    {
        var night = await nights.NightAsync(nameof(NightCatalogs.Mail), NightCatalogs.Mail);
        var http = Http(night);
        Assert.Equal(BackupState.Failed, night.Services["mail"].State);
        Assert.Equal(BackupState.Skipped, night.Services["mail-index"].State);
        var otherEnded = night.Services["other"].Ended;
        Directory.CreateDirectory(Path.Combine(night.Harness.Box.Data, "mail"));
        File.WriteAllText(Path.Combine(night.Harness.Box.Data, "mail", "inbox.mbox"), "From: a@b\n\nhello\n");

        var accepted = Assert.IsType<AcceptedResult>(await http.RetryService(Request("POST"), night.Harness.Client, night.Harness.Day, "mail"));
        var retry = Assert.IsType<RetryView>(accepted.Value);
        Assert.Equal(NightIds.Backup(night.Harness.Day, "mail"), retry.InstanceId);
        Assert.Equal($"http://127.0.0.1:7071/api/nights/{night.Harness.Day}/services/mail", retry.StatusUrl);
        Assert.Equal(["mail-index"], retry.Following);

        var done = await night.Harness.Client.WaitForInstanceCompletionAsync(retry.InstanceId, getInputsAndOutputs: true, NightHarness.Timeout(60));
        var status = done.ReadOutputAs<BackupStatus>()!;
        Assert.True(status.State == BackupState.Succeeded, System.Text.Json.JsonSerializer.Serialize(status));
        Assert.NotNull(status.SnapshotId);
        var index = (await night.Harness.Client.WaitForInstanceCompletionAsync(NightIds.Backup(night.Harness.Day, "mail-index"), getInputsAndOutputs: true, NightHarness.Timeout(60))).ReadOutputAs<BackupStatus>()!;
        Assert.True(index.State == BackupState.Succeeded, System.Text.Json.JsonSerializer.Serialize(index));
        Assert.True(index.Started >= status.Ended, "mail-index ran before mail's new run ended");
        var other = await night.Harness.Client.GetInstanceAsync(NightIds.Backup(night.Harness.Day, "other"), getInputsAndOutputs: true);
        Assert.Equal(otherEnded, other!.ReadOutputAs<BackupStatus>()!.Ended);
    }
}
