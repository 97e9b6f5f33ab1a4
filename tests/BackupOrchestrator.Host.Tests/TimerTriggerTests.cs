using BackupOrchestrator.Host.Timers;
using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Host.Tests;

/// <summary>The sample app's Tick timer through real hosts on one Azurite (record fields: kind, pastDue, last, next, at, host).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TimerTriggerTests(AzuriteFixture azurite)
{
    private static readonly string[] TickOnly = ["--functions", "Tick"];

    [Fact]
    public async Task ShortSchedule_FiresOnTheScheduleAndRecordsItsStatus()
    {
        var environment = new HostEnvironment(azurite.ConnectionString);
        await using (var host = await HostProcess.StartAsync(TestPaths.SampleApp, environment.Variables(tickSchedule: "*/1 * * * * *"), TickOnly))
        {
            await HostEnvironment.WaitUntilAsync(() => HostEnvironment.Records(environment.RecordFile, "Tick").Count >= 3, TimeSpan.FromSeconds(20), "three ticks");
        }

        var ticks = HostEnvironment.Records(environment.RecordFile, "Tick");
        Assert.All(ticks, t => Assert.Equal("False", t[1]));
        var nexts = ticks.Select(t => DateTime.Parse(t[3], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        // Each run names the following occurrence: whole seconds, strictly later each time (a run late under load
        // skips to the next occurrence rather than firing twice).
        Assert.All(nexts, n => Assert.Equal(0, n.Millisecond));
        Assert.All(nexts.Zip(nexts.Skip(1)), pair => Assert.True(pair.Second > pair.First, $"{pair.First:o} then {pair.Second:o}"));

        var status = await new ScheduleStatusStore(environment.Blobs(), environment.HostId).GetAsync("Host.Functions.Tick", CancellationToken.None);
        Assert.NotNull(status);
        Assert.True(status.Next > status.Last);
    }

    [Fact]
    public async Task Downtime_OverSeveralOccurrences_FiresOncePastDueAtStart()
    {
        var environment = new HostEnvironment(azurite.ConnectionString);
        var schedule = "*/2 * * * * *";
        await using (var first = await HostProcess.StartAsync(TestPaths.SampleApp, environment.Variables(tickSchedule: schedule), TickOnly))
        {
            await HostEnvironment.WaitUntilAsync(() => HostEnvironment.Records(environment.RecordFile, "Tick").Count >= 1, TimeSpan.FromSeconds(20), "a first tick");
            Assert.Equal(0, await first.TerminateAsync(TimeSpan.FromSeconds(20)));
        }

        await Task.Delay(TimeSpan.FromSeconds(5)); // Two occurrences or more go by with no host.
        var secondRecords = Path.ChangeExtension(environment.RecordFile, ".second.tsv");
        await using (var second = await HostProcess.StartAsync(TestPaths.SampleApp, environment.Variables(secondRecords, schedule), TickOnly))
        {
            await HostEnvironment.WaitUntilAsync(() => HostEnvironment.Records(secondRecords, "Tick").Count >= 3, TimeSpan.FromSeconds(20), "three ticks after the restart");
        }

        var ticks = HostEnvironment.Records(secondRecords, "Tick");
        Assert.Equal("True", ticks[0][1]);
        Assert.Single(ticks, t => t[1] == "True");
    }

    [Fact]
    public async Task TwoHosts_OneStorageAccount_FireEachOccurrenceOnce()
    {
        var environment = new HostEnvironment(azurite.ConnectionString);
        var schedule = "*/1 * * * * *";
        var fileA = Path.ChangeExtension(environment.RecordFile, ".a.tsv");
        var fileB = Path.ChangeExtension(environment.RecordFile, ".b.tsv");
        var a = environment.Variables(fileA, schedule);
        a["Sample__HostTag"] = "a";
        var b = environment.Variables(fileB, schedule);
        b["Sample__HostTag"] = "b";
        await using (var hostA = await HostProcess.StartAsync(TestPaths.SampleApp, a, TickOnly))
        await using (var hostB = await HostProcess.StartAsync(TestPaths.SampleApp, b, TickOnly))
        {
            await HostEnvironment.WaitUntilAsync(
                () => HostEnvironment.Records(fileA, "Tick").Count + HostEnvironment.Records(fileB, "Tick").Count >= 6,
                TimeSpan.FromSeconds(30),
                "six ticks between the two hosts");
        }

        var ticks = HostEnvironment.Records(fileA, "Tick").Concat(HostEnvironment.Records(fileB, "Tick")).ToList();
        var occurrences = ticks.Select(t => t[3]).ToList();
        Assert.Equal(occurrences.Count, occurrences.Distinct().Count());
        // One listener: a host takes over only when the other stops, so one of them ran every tick until shutdown.
        Assert.True(HostEnvironment.Records(fileA, "Tick").Count == 0 || HostEnvironment.Records(fileB, "Tick").Count <= 1, $"both hosts fired:\n{string.Join('\n', ticks.Select(t => string.Join(' ', t)))}");
    }
}
