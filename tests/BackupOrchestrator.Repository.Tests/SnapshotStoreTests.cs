using BackupOrchestrator.Repository.Snapshots;

namespace BackupOrchestrator.Repository.Tests;

/// <summary>Listings and "latest" read manifest headers only; full manifests are loaded one at a time.</summary>
public sealed class SnapshotStoreTests : IDisposable
{
    private readonly TestRepository _t = new();

    public void Dispose() => _t.Dispose();

    [Fact]
    public async Task LoadSummaries_GiveEveryHeaderWithItsEntryCount_OldestFirst()
    {
        for (int i = 0; i < 5; i++)
        {
            _t.Write($"dir/f{i}.txt", $"file {i}");
        }
        var repository = await _t.OpenAsync();
        var mail = await _t.BackupAsync(repository, "mail");
        var web = await _t.BackupAsync(repository, "web");

        var (summaries, errors) = await new SnapshotStore(repository).LoadSummariesAsync();

        Assert.Empty(errors);
        Assert.Equal([mail.Snapshot.Name, web.Snapshot.Name], summaries.Select(s => s.Name));
        Assert.Equal(mail.Snapshot.Entries.Count, summaries[0].EntryCount);
        Assert.Equal(mail.Snapshot.StreamHash, summaries[0].StreamHash);
        Assert.IsNotType<SnapshotManifest>(summaries[0]);
    }

    [Fact]
    public async Task FindLatestOfService_SkipsNewerSnapshotsOfOtherServices()
    {
        _t.Write("a.txt", "a");
        var repository = await _t.OpenAsync();
        var mail = await _t.BackupAsync(repository, "mail");
        await _t.BackupAsync(repository, "web");

        var found = await new SnapshotStore(repository).FindAsync("latest:mail");

        Assert.Equal(mail.Snapshot.Name, found.Name);
        Assert.Equal(mail.Snapshot.Entries.Count, found.Entries.Count);
    }

    [Fact]
    public async Task FindTagged_FindsTheServicesSnapshotWithTheTag_SinceTheGivenTime_AndNothingElse()
    {
        _t.Write("a.txt", "a");
        var repository = await _t.OpenAsync();
        var before = DateTimeOffset.UtcNow;
        var runner = new Backup.BackupRunner(repository);
        var mine = await runner.RunAsync(new Backup.BackupRequest("mail", [new Sources.PathSource(_t.Source)]) { Tags = ["night:2026-12-01", "run:abc"] });
        await runner.RunAsync(new Backup.BackupRequest("web", [new Sources.PathSource(_t.Source)]) { Tags = ["run:abc"] });
        await runner.RunAsync(new Backup.BackupRequest("mail", [new Sources.PathSource(_t.Source)]) { Tags = ["run:other"] });
        var store = new SnapshotStore(repository);

        Assert.Equal(mine.Snapshot.Id, (await store.FindTaggedAsync("mail", "run:abc", before.AddSeconds(-1)))?.Id);
        Assert.Null(await store.FindTaggedAsync("mail", "run:nope", before.AddSeconds(-1)));
        Assert.Null(await store.FindTaggedAsync("db", "run:abc", before.AddSeconds(-1)));
        // Written before the given time: not looked at.
        Assert.Null(await store.FindTaggedAsync("mail", "run:abc", DateTimeOffset.UtcNow.AddSeconds(1)));
    }
}
