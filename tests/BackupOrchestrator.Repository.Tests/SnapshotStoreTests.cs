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
}
