using BackupOrchestrator.Functions.Http;
using BackupOrchestrator.Functions.Integrity;
using BackupOrchestrator.Functions.Night;
using BackupOrchestrator.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackupOrchestrator.Functions.Tests.Night;

/// <summary>
/// The integrity check on the Maintenance night's targets, on the real engine: once from the timer's path on a
/// Sunday, once on request while every target is whole, then on request again after one pack of the primary was
/// corrupted. Arranged once; each test looks at one part.
/// </summary>
[Collection(NightsCollection.Name)]
public sealed class IntegrityTests(NightsFixture nights)
{
    private static readonly DateTimeOffset Sunday = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    private sealed record Checks(MaintenanceNight Night, IntegrityHttp Http, string? NotDue, string? Due, IntegrityStatus Timer, AcceptedResult Accepted, IActionResult WhileRunning, IntegrityStatus Healthy, IntegrityStatus Damaged);

    private static HttpRequest Request(string method = "GET")
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("127.0.0.1", 7071);
        return context.Request;
    }

    private static string Show(object value) => System.Text.Json.JsonSerializer.Serialize(value);

    private Task<Checks> ChecksAsync() => nights.OnceAsync("IntegrityChecks", async () =>
    {
        var night = await MaintenanceNight.GetAsync(nights);
        var client = night.Harness.Client;

        // The timer's path: a Monday is not the catalog's day (sunday, the default); a Sunday is.
        var notDue = await Starter(night, Sunday.AddDays(1)).StartIfDueAsync(client, NightHarness.Timeout(30));
        var due = await Starter(night, Sunday).StartIfDueAsync(client, NightHarness.Timeout(30));
        var timer = await CompletedAsync(night, "2026-11-29");

        var http = new IntegrityHttp(Starter(night, DateTimeOffset.UtcNow), HttpCalls.Guard(readOnly: false));
        var accepted = Assert.IsType<AcceptedResult>(await http.RunIntegrity(Request("POST"), client));
        var whileRunning = await http.RunIntegrity(Request("POST"), client);
        var healthy = await CompletedAsync(night, night.Harness.Day);

        // The biggest pack holds photo.bin (3 MB of random bytes); flip bytes in its middle.
        var pack = Directory.GetFiles(Path.Combine(night.Primary, "packs"), "*", SearchOption.AllDirectories).MaxBy(f => new FileInfo(f).Length)!;
        using (var file = new FileStream(pack, FileMode.Open, FileAccess.ReadWrite))
        {
            file.Position = file.Length / 2;
            file.Write(new byte[64]);
        }

        Assert.IsType<AcceptedResult>(await http.RunIntegrity(Request("POST"), client));
        var damaged = await CompletedAsync(night, night.Harness.Day);
        return new Checks(night, http, notDue, due, timer, accepted, whileRunning, healthy, damaged);
    });

    private static IntegrityStarter Starter(MaintenanceNight night, DateTimeOffset now) =>
        new(night.Harness.Starter, new ManualTimeProvider(now), NullLogger<IntegrityStarter>.Instance);

    private static async Task<IntegrityStatus> CompletedAsync(MaintenanceNight night, string day)
    {
        var done = await night.Harness.Client.WaitForInstanceCompletionAsync(NightIds.Integrity(day), getInputsAndOutputs: true, NightHarness.Timeout(120));
        return done.ReadOutputAs<IntegrityStatus>()!;
    }

    [Fact]
    public async Task Timer_OnlyOnTheCatalogsDay_StartsTheCheck()
    {
        var checks = await ChecksAsync();

        Assert.Null(checks.NotDue);
        Assert.Null(await checks.Night.Harness.Client.GetInstanceAsync(NightIds.Integrity("2026-11-30")));
        Assert.Equal("integrity:2026-11-29", checks.Due);
        Assert.Equal("timer", checks.Timer.Trigger);
        Assert.Equal(IntegrityState.Passed, checks.Timer.State);
    }

    [Fact]
    public async Task RunIntegrity_Now_202WithTheStatusUrl_409WhileItRuns()
    {
        var checks = await ChecksAsync();
        var day = checks.Night.Harness.Day;

        Assert.Equal($"http://127.0.0.1:7071/api/integrity/{day}", checks.Accepted.Location);
        Assert.Equal(NightIds.Integrity(day), Assert.IsType<IntegrityStartedView>(checks.Accepted.Value).InstanceId);
        var refused = Assert.IsType<ObjectResult>(checks.WhileRunning);
        Assert.Equal(409, refused.StatusCode);
        Assert.StartsWith($"the integrity check of {day} is still running", Assert.IsType<ProblemDetails>(refused.Value).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunIntegrity_ReadOnly_403AndNothingStarts()
    {
        var checks = await ChecksAsync();
        var http = new IntegrityHttp(Starter(checks.Night, new DateTimeOffset(2026, 11, 10, 8, 0, 0, TimeSpan.Zero)), HttpCalls.Guard(readOnly: true));

        var result = Assert.IsType<ObjectResult>(await http.RunIntegrity(Request("POST"), checks.Night.Harness.Client));

        Assert.Equal(403, result.StatusCode);
        Assert.StartsWith("This host is read-only (Backup__ReadOnly=true), so it will not start an integrity check.", Assert.IsType<ProblemDetails>(result.Value).Detail, StringComparison.Ordinal);
        Assert.Null(await checks.Night.Harness.Client.GetInstanceAsync(NightIds.Integrity("2026-11-10")));
    }

    [Fact]
    public async Task IntegrityCheck_HealthyTargets_PassesReadingTheCatalogsShare()
    {
        var checks = await ChecksAsync();
        var healthy = checks.Healthy;

        Assert.True(healthy.State == IntegrityState.Passed, Show(healthy));
        Assert.Equal("request", healthy.Trigger);
        Assert.Equal(["primary", "secondary"], healthy.Targets.Select(t => t.Target));
        Assert.All(healthy.Targets, t =>
        {
            Assert.True(t.Ok && t.Error is null, Show(t));
            Assert.Equal(1.0, t.Sample);
            Assert.True(t.ChunksChecked > 0 && t.ChunksChecked == t.ChunksReferenced, Show(t));
        });
        Assert.Equal(11, healthy.Targets[0].Snapshots); // keeper 9 after its retention, slow and photos one each
    }

    [Fact]
    public async Task IntegrityCheck_OnePackCorrupted_NamesTheSnapshotsAndFilesItBreaks()
    {
        var checks = await ChecksAsync();
        var damaged = checks.Damaged;

        Assert.True(damaged.State == IntegrityState.Failed, Show(damaged));
        var primary = damaged.Targets.Single(t => t.Target == "primary");
        Assert.False(primary.Ok);
        var problem = Assert.Single(primary.Problems);
        Assert.Equal("damaged", problem.Kind);
        var affected = Assert.Single(problem.Affected);
        Assert.Equal("photos", affected.Service);
        Assert.Equal(checks.Night.Service("photos").SnapshotName, affected.Snapshot);
        Assert.Contains(checks.Night.PhotoFile.TrimStart('/'), affected.Files.Select(f => f.TrimStart('/')));
        Assert.True(damaged.Targets.Single(t => t.Target == "secondary").Ok, "the secondary's copy is whole");
        Assert.Contains("DAMAGED: 1 bad chunk(s)", checks.Night.Harness.Box.Log("integrity.log"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetIntegrityDay_CheckedDay_TheDaysLatestCheck()
    {
        var checks = await ChecksAsync();

        var status = Assert.IsType<IntegrityStatus>(Assert.IsType<OkObjectResult>(await checks.Http.GetIntegrityDay(Request(), checks.Night.Harness.Client, checks.Night.Harness.Day)).Value);

        Assert.Equal(IntegrityState.Failed, status.State);
        Assert.Equal(checks.Damaged.Started, status.Started);
    }

    [Fact]
    public async Task GetIntegrity_SeveralChecks_TheLatestResultPerTargetAndEveryDay()
    {
        var checks = await ChecksAsync();

        var overview = Assert.IsType<IntegrityOverview>(Assert.IsType<OkObjectResult>(await checks.Http.GetIntegrity(Request(), checks.Night.Harness.Client)).Value);

        Assert.Equal(["primary", "secondary"], overview.Targets.Select(t => t.Target));
        Assert.False(overview.Targets[0].Ok);
        Assert.True(overview.Targets[1].Ok);
        Assert.Equal([checks.Night.Harness.Day, "2026-11-29"], overview.Checks.Select(c => c.Day));
        Assert.Equal($"/api/integrity/{checks.Night.Harness.Day}", overview.Checks[0].Url);
    }

    [Fact]
    public async Task GetIntegrityDay_DayWithoutACheck_404()
    {
        var checks = await ChecksAsync();

        var result = Assert.IsType<ObjectResult>(await checks.Http.GetIntegrityDay(Request(), checks.Night.Harness.Client, "2001-01-01"));

        Assert.Equal(404, result.StatusCode);
        Assert.StartsWith("No integrity check ran on 2001-01-01.", Assert.IsType<ProblemDetails>(result.Value).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetIntegrityDay_BadDate_400WithWhatToWrite()
    {
        var checks = await ChecksAsync();

        var result = Assert.IsType<ObjectResult>(await checks.Http.GetIntegrityDay(Request(), checks.Night.Harness.Client, "last-sunday"));

        Assert.Equal(400, result.StatusCode);
        Assert.Contains("application/problem+json", result.ContentTypes);
        Assert.Equal("'last-sunday' is not a day: write it as yyyy-MM-dd (e.g. 2026-12-06).", Assert.IsType<ProblemDetails>(result.Value).Detail);
    }
}
