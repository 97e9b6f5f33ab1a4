using BackupOrchestrator.Domain.Night;
using BackupOrchestrator.Functions.Night;
using BackupOrchestrator.Repository;
using BackupOrchestrator.Repository.Backup;
using BackupOrchestrator.Repository.Keys;
using BackupOrchestrator.Repository.Snapshots;
using BackupOrchestrator.Repository.Sources;
using BackupOrchestrator.Repository.Targets;
using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Functions.Tests.Night;

/// <summary>
/// The Maintenance night, arranged once for the tests that look at it: keeper's older snapshots seeded on the
/// primary with chosen times (days 1-14 before tonight, then every third day back to day 62, one each), a folder of
/// photos with an incompressible file, then one night through the real engine.
/// </summary>
internal sealed record MaintenanceNight(NightRun Run, IReadOnlyList<DateTimeOffset> Seeded, string PhotoFile)
{
    public static readonly int[] SeedDays = [.. Enumerable.Range(1, 14), .. Enumerable.Range(0, 16).Select(i => 17 + (3 * i))];

    public NightHarness Harness => Run.Harness;

    public string Primary => Path.Combine(Harness.Box.Data, "repo");

    public string Secondary => Path.Combine(Harness.Box.Data, "copy");

    public static Task<MaintenanceNight> GetAsync(NightsFixture nights) => nights.OnceAsync(nameof(NightCatalogs.Maintenance), async () =>
    {
        // The other night of these tests runs meanwhile: both mostly wait (a 10 s backup, the engine's polling).
        _ = UnreachableAsync(nights);
        var harness = await nights.StartAsync(NightCatalogs.Maintenance, o => o.PruneGracePeriod = TimeSpan.Zero);
        var keeper = Path.Combine(harness.Box.Data, "keeper");
        Directory.CreateDirectory(keeper);
        var photos = Path.Combine(harness.Box.Data, "photos");
        Directory.CreateDirectory(photos);
        var photo = Path.Combine(photos, "photo.bin");
        File.WriteAllBytes(photo, System.Security.Cryptography.RandomNumberGenerator.GetBytes(3_000_000));
        File.WriteAllText(Path.Combine(photos, "caption.txt"), "the lake at dawn\n");

        var now = DateTimeOffset.UtcNow;
        var clock = new ManualTimeProvider(now - TimeSpan.FromDays(SeedDays.Max()));
        var repository = await BackupRepository.InitAsync(new DirectoryTarget(Path.Combine(harness.Box.Data, "repo")), RepositoryKey.Load(harness.Box.Options.KeyFile!), clock);
        var seeded = new List<DateTimeOffset>();
        foreach (var days in SeedDays.OrderDescending())
        {
            // Each day's notes differ, so each snapshot has a pack of its own that a prune can free.
            File.WriteAllText(Path.Combine(keeper, "notes.txt"), $"notes of {days} days ago: {Guid.NewGuid()}\n");
            clock.Advance(now - TimeSpan.FromDays(days) - clock.GetUtcNow());
            seeded.Add((await new BackupRunner(repository).RunAsync(new BackupRequest("keeper", [new PathSource(keeper)]))).Snapshot.Time);
        }

        File.WriteAllText(Path.Combine(keeper, "notes.txt"), "tonight's notes\n");
        return new MaintenanceNight(new NightRun(harness, await harness.RunNightAsync()), seeded, photo);
    });

    /// <summary>A night whose secondary cannot be written (its parent is a file), and whose prune day is two days off.</summary>
    public static Task<NightRun> UnreachableAsync(NightsFixture nights) => nights.OnceAsync(nameof(NightCatalogs.UnreachableSecondary), async () =>
    {
        var pruneDay = NightClock.BackupDay(DateTimeOffset.UtcNow, TimeZoneInfo.Utc).AddDays(2).DayOfWeek;
        var harness = await nights.StartAsync(NightCatalogs.UnreachableSecondary(pruneDay));
        File.WriteAllText(Path.Combine(harness.Box.Data, "not-a-folder"), "a file where the secondary's parent folder should be\n");
        return new NightRun(harness, await harness.RunNightAsync());
    });

    public async Task<List<SnapshotSummary>> SnapshotsAsync(string folder, string service)
    {
        var repository = await BackupRepository.OpenAsync(new DirectoryTarget(folder), RepositoryKey.Load(Harness.Box.Options.KeyFile!));
        var (snapshots, errors) = await new SnapshotStore(repository).LoadSummariesAsync();
        Assert.Empty(errors);
        return snapshots.Where(s => s.Service == service).OrderByDescending(s => s.Time).ToList();
    }

    public BackupStatus Service(string name)
    {
        var status = Run.Services[name];
        Assert.True(status.State == BackupState.Succeeded, System.Text.Json.JsonSerializer.Serialize(status));
        return status;
    }
}
