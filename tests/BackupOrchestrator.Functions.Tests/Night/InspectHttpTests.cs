using BackupOrchestrator.Functions.Http;
using BackupOrchestrator.Functions.Night;
using Microsoft.Extensions.Logging.Abstractions;
using static BackupOrchestrator.Functions.Tests.Night.HttpCalls;

namespace BackupOrchestrator.Functions.Tests.Night;

/// <summary>GET services/{service}/dependencies (seed 000's dependency_checker.sh) on real nights, GET resources on a fake /proc.</summary>
[Collection(NightsCollection.Name)]
public sealed class InspectHttpTests(NightsFixture nights)
{
    private async Task<(NightRun Night, InspectHttp Http)> GatesAsync()
    {
        var night = await nights.NightAsync(nameof(NightCatalogs.Gates), NightCatalogs.Gates);
        return (night, new InspectHttp(night.Harness.Starter, night.Harness.Box.Probe));
    }

    [Fact]
    public async Task GetDependencies_WebappTonight_OpenWithEachDependencySucceeded()
    {
        var (night, http) = await GatesAsync();
        var view = Ok<DependencyCheckView>(await http.GetDependencies(Request(), night.Harness.Client, "webapp"));

        Assert.Equal(night.Harness.Day, view.Day);
        Assert.Equal("open", view.Gate);
        Assert.True(view.Open);
        Assert.Equal("database, config succeeded", view.Reason);
        Assert.Equal(["database Succeeded", "config Succeeded"], view.Dependencies.Select(d => $"{d.Service} {d.State}"));
        Assert.All(view.Dependencies, d => Assert.NotNull(d.SnapshotId));
    }

    [Fact]
    public async Task GetDependencies_MailIndexOnItsDay_ClosedBecauseMailFailed()
    {
        var (night, http) = await GatesAsync();
        var view = Ok<DependencyCheckView>(await http.GetDependencies(Request(query: $"?day={night.Harness.Day}"), night.Harness.Client, "mail-index"));

        Assert.Equal("closed", view.Gate);
        Assert.False(view.Open);
        Assert.StartsWith("dependency mail failed: ", view.Reason, StringComparison.Ordinal);
        Assert.Equal("Failed", Assert.Single(view.Dependencies).State);
    }

    [Fact]
    public async Task GetDependencies_DependencyNotRunYet_WaitingNamingIt()
    {
        var night = await ApiNight.StartAsync(nights);
        var http = new InspectHttp(night.Harness.Starter, night.Harness.Box.Probe);
        var view = Ok<DependencyCheckView>(await http.GetDependencies(Request(), night.Harness.Client, "later2"));

        Assert.Equal("waiting", view.Gate);
        Assert.False(view.Open);
        Assert.Equal("waiting for later (NotStarted)", view.Reason);
    }

    [Fact]
    public async Task GetDependencies_UnknownService_404()
    {
        var (night, http) = await GatesAsync();
        var problem = Problem(await http.GetDependencies(Request(), night.Harness.Client, "sonarr"), 404);
        Assert.StartsWith($"The night of {night.Harness.Day} has no service 'sonarr'. Its services: database,", problem.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?day=yesterday", 400, "'yesterday' is not a day")]
    [InlineData("?day=2001-01-01", 404, "No night 2001-01-01 has started")]
    public async Task GetDependencies_BadOrUnknownDay_ProblemDetails(string query, int status, string expected)
    {
        var (night, http) = await GatesAsync();
        var problem = Problem(await http.GetDependencies(Request(query: query), night.Harness.Client, "webapp"), status);
        Assert.StartsWith(expected, problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetResources_FakeMachine_EachReadingAgainstTheCatalogsThreshold()
    {
        using var box = new TestBox();
        var catalog = Path.Combine(box.Root, "catalog.yaml");
        File.WriteAllText(catalog, """
            version: 1
            data_root: data
            timezone: UTC
            targets:
              primary: {kind: directory, path: repo}
            thresholds: {cpu: 80, memory: 80, disk: 100, io: 50}
            windows:
              - {name: only, start: "01:00", length: 1h}
            services:
              - {name: svc, tier: only, sources: [data]}
            """);
        box.Options.Catalog = catalog;
        box.WriteProc("stat", "cpu  100 0 100 800 0 0 0 0 0 0\n"); // Unchanged between the two samples: 0% busy.
        box.WriteProc("meminfo", "MemTotal:       1000000 kB\nMemAvailable:     100000 kB\n"); // 90% in use.
        box.WriteProc("pressure/io", "some avg10=12.50 avg60=1.00 avg300=0.00 total=1\n");
        var starter = new NightStarter(Microsoft.Extensions.Options.Options.Create(box.Options), TimeProvider.System, NullLogger<NightStarter>.Instance);

        var view = Ok<ResourcesView>(await new InspectHttp(starter, box.Probe).GetResources(Request()));

        Assert.False(view.Ok);
        Assert.Equal(["memory 90% > 80%"], view.Over);
        var readings = view.Readings.ToDictionary(r => r.Name);
        Assert.Equal((0.0, 80, "ok"), (readings["cpu"].Percent, readings["cpu"].Threshold, readings["cpu"].State));
        Assert.Equal((90.0, 80, "over"), (readings["memory"].Percent, readings["memory"].Threshold, readings["memory"].State));
        Assert.Equal((12.5, 50, "ok"), (readings["io"].Percent, readings["io"].Threshold, readings["io"].State));
        Assert.Equal("ok", readings["disk"].State);
        Assert.InRange(readings["disk"].Percent!.Value, 0, 100);
        Assert.Equal(Path.Combine(box.Data, "repo"), view.DiskPath); // Relative to data_root, as the backups write it.
        Assert.Contains("memory 90% > 80%", box.Log("resource_monitor.log"), StringComparison.Ordinal);
    }
}
