using BackupOrchestrator.Host.Timers;
using BackupOrchestrator.Testing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackupOrchestrator.Host.Tests;

/// <summary>The timer listener on a manual clock over a real Azurite: a daily schedule tested in milliseconds.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TimerListenerTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly string _hostId = AzuriteFixture.UniqueName("listener");

    [Fact]
    public async Task DailySchedule_ClockPassesOneAM_FiresOnceWithTheNextDay()
    {
        var time = new ManualTimeProvider(Noon);
        var (listener, invocations, store) = Create(time);
        using var stop = new CancellationTokenSource();
        var running = listener.RunAsync(stop.Token);

        await HostEnvironment.WaitUntilAsync(() => store.GetAsync("Host.Functions.Daily", CancellationToken.None).Result is not null, TimeSpan.FromSeconds(10), "the first status");
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 1, 0, 0, TimeSpan.Zero), (await store.GetAsync("Host.Functions.Daily", CancellationToken.None))!.Next);
        Assert.Empty(invocations);

        time.Advance(TimeSpan.FromHours(13));
        await HostEnvironment.WaitUntilAsync(() => invocations.Count == 1, TimeSpan.FromSeconds(10), "the 01:00 run");
        var info = invocations.Single();
        Assert.False(info.IsPastDue);
        Assert.Equal(new DateTime(2026, 12, 3, 1, 0, 0, DateTimeKind.Utc), info.ScheduleStatus!.Next);
        await HostEnvironment.WaitUntilAsync(() => store.GetAsync("Host.Functions.Daily", CancellationToken.None).Result?.Last == new DateTimeOffset(2026, 12, 2, 1, 0, 0, TimeSpan.Zero), TimeSpan.FromSeconds(10), "the recorded run");

        await stop.CancelAsync();
        await running;
        Assert.Single(invocations);
    }

    [Fact]
    public async Task RecordedNextGoneBy_StartsWithOnePastDueRun()
    {
        var time = new ManualTimeProvider(Noon);
        var (listener, invocations, store) = Create(time);
        await store.SetAsync("Host.Functions.Daily", new TimerStatus(Noon.AddDays(-3), Noon.AddDays(-2), Noon.AddDays(-3)), CancellationToken.None);
        using var stop = new CancellationTokenSource();
        var running = listener.RunAsync(stop.Token);

        await HostEnvironment.WaitUntilAsync(() => invocations.Count == 1, TimeSpan.FromSeconds(10), "the past-due run");
        await Task.Delay(300);
        await stop.CancelAsync();
        await running;
        Assert.True(Assert.Single(invocations).IsPastDue);
    }

    private (TimerListener Listener, List<TimerInfo> Invocations, ScheduleStatusStore Store) Create(TimeProvider time)
    {
        var blobs = new HostEnvironment(azurite.ConnectionString, _hostId).Blobs();
        var schedule = TimerSchedule.Parse("Daily", "0 0 1 * * *", new ConfigurationBuilder().AddInMemoryCollection([new("TZ", "UTC")]).Build());
        var invocations = new List<TimerInfo>();
        var store = new ScheduleStatusStore(blobs, _hostId);
        var listener = new TimerListener(
            new TimerDefinition("Daily", "Host.Functions.Daily", schedule, RunOnStartup: false, UseMonitor: true),
            (info, _) =>
            {
                lock (invocations)
                {
                    invocations.Add(info);
                }

                return Task.CompletedTask;
            },
            store,
            new ListenerLease(blobs, _hostId, "Host.Functions.Daily", TimeSpan.FromSeconds(15)),
            TimeSpan.FromSeconds(1),
            time,
            NullLogger.Instance);
        return (listener, invocations, store);
    }
}
