using System.Security.Cryptography;
using System.Text.Json.Nodes;
using BackupOrchestrator.Repository.Backup;
using BackupOrchestrator.Repository.Chunking;
using BackupOrchestrator.Repository.Format;
using BackupOrchestrator.Repository.Keys;
using BackupOrchestrator.Repository.Maintenance;
using BackupOrchestrator.Repository.Restore;
using BackupOrchestrator.Repository.Snapshots;
using BackupOrchestrator.Repository.Sources;
using BackupOrchestrator.Repository.Targets;

namespace BackupOrchestrator.Repository.Tests;

/// <summary>
/// Format 4 names chunks by HMAC-SHA-256 or keyed BLAKE3 (the one this CPU makes fastest) and says so in the config; format 3 repositories (HMAC-SHA-512/256,
/// no hash named) keep working as they were. The format 3 repository here was written by the older build
/// (Fixtures/README.md).
/// </summary>
public sealed class FormatCompatibilityTests : IDisposable
{
    private static readonly string FixtureRoot = Path.Combine(AppContext.BaseDirectory, "Fixtures", "format3");
    private readonly TestRepository _t = new();

    public void Dispose() => _t.Dispose();

    /// <summary>A writable copy of the golden format 3 repository and its key.</summary>
    private (DirectoryTarget Target, RepositoryKey Key) Format3Copy()
    {
        var repo = Path.Combine(_t.Root, "format3");
        foreach (var file in Directory.GetFiles(Path.Combine(FixtureRoot, "repo"), "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(repo, Path.GetRelativePath(Path.Combine(FixtureRoot, "repo"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
        return (new DirectoryTarget(repo), RepositoryKey.Load(Path.Combine(FixtureRoot, "fixture.key")));
    }

    [Fact]
    public async Task Format3Repository_WrittenByTheOlderBuild_RestoresEveryFileAndVerifies()
    {
        var (target, key) = Format3Copy();

        var repository = await BackupRepository.OpenAsync(target, key);
        var snapshot = await new SnapshotStore(repository).FindAsync("latest");
        var restoreRoot = _t.RestorePath();
        var restored = await new Restorer(repository).ToDirectoryAsync(snapshot, restoreRoot);
        var verify = await new Verifier(repository).VerifyAsync();

        Assert.Equal(3, repository.Config.Version);
        Assert.Equal(ChunkIdHash.HmacSha512Truncated, repository.ChunkIds.Name);
        Assert.Empty(restored.Errors);
        var expected = File.ReadAllLines(Path.Combine(FixtureRoot, "expected.sha256"));
        Assert.Equal(5, expected.Length);
        foreach (var line in expected)
        {
            var (hash, path) = (line[..64], line[66..]);
            var file = Path.Combine(restoreRoot, "tmp/fx/src", path);
            Assert.Equal(hash, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))));
            Assert.Equal(new DateTime(2026, 11, 1, 12, 0, 0, DateTimeKind.Utc), File.GetLastWriteTimeUtc(file));
        }
        var app = Path.Combine(restoreRoot, "tmp/fx/src/srv/app");
        Assert.Equal("conf/app.yaml", new FileInfo(Path.Combine(app, "current.yaml")).LinkTarget);
        Assert.True(FileStatus.TryGet(Path.Combine(app, "data/small.csv"), out var first, out _));
        Assert.True(FileStatus.TryGet(Path.Combine(app, "data/small-hardlink.csv"), out var second, out _));
        Assert.Equal(first.Inode, second.Inode);
        // Verify re-hashes every chunk with the repository's hash: each still hashes to its name.
        Assert.True(verify.Ok, string.Join("; ", verify.Problems.Select(p => p.Kind + " " + p.ChunkId)));
    }

    [Fact]
    public async Task Format3Repository_BackedUpInto_KeepsFormat3AndNamesNewChunksTheOldWay()
    {
        var (target, key) = Format3Copy();
        var repository = await BackupRepository.OpenAsync(target, key);
        var old = await new SnapshotStore(repository).FindAsync("latest");
        var restoreRoot = _t.RestorePath();
        await new Restorer(repository).ToDirectoryAsync(old, restoreRoot);
        var source = Path.Combine(restoreRoot, "tmp/fx/src/srv");

        var result = await new BackupRunner(repository).RunAsync(new BackupRequest("fixture-again", [new PathSource(source)]));

        // large.log (over 1 MiB) is chunked on its own: the same bytes get the same HMAC-SHA-512/256 names,
        // so its chunks dedup against the older build's; under another hash nothing would be shared.
        var largeData = old.Chunks.Select(c => c.Id).ToHashSet();
        Assert.Contains(result.Snapshot.Chunks, c => largeData.Contains(c.Id));
        Assert.True(result.Snapshot.Stats.ChunksNew < result.Snapshot.Chunks.Select(c => c.Id).Distinct().Count());
        Assert.Equal(3, RepositoryConfig.Parse(await target.GetAsync(ObjectNames.Config, default) ?? [], "test").Version);
        Assert.True((await new Verifier(repository).VerifyAsync()).Ok);
    }

    [Fact]
    public async Task NewRepository_IsFormat4_AndNamesChunksWithTheHashThisCpuMakesFastest()
    {
        await _t.OpenAsync();

        var config = JsonNode.Parse(File.ReadAllBytes(Path.Combine(_t.RepoPath, ObjectNames.Config)))!;
        Assert.Equal(4, (int)config["version"]!);
        // HMAC-SHA-256 where the kernel lists SHA-256 instructions (x86 sha_ni, arm64 sha2), keyed BLAKE3 elsewhere.
        var flags = File.ReadLines("/proc/cpuinfo").First(l => l.StartsWith("flags") || l.StartsWith("Features"));
        var words = flags[(flags.IndexOf(':') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string expected = words.Contains("sha_ni") || words.Contains("sha2") ? "hmac-sha256" : "blake3-keyed";
        Assert.Equal(Environment.GetEnvironmentVariable("BACKUPCTL_CHUNK_ID_HASH") ?? expected, (string)config["chunkIdHash"]!);
    }

    [Theory]
    [InlineData("blake3-keyed")]
    [InlineData("hmac-sha256")]
    public async Task NewRepository_WithEachChunkIdHash_NamesChunksByIt_DedupsAndVerifies(string hash)
    {
        var repository = await BackupRepository.InitAsync(_t.Target, _t.Key, hash, null, default);
        _t.Write("a.txt", "chunk naming");

        var result = await _t.BackupAsync(repository);
        // Another service backing up the same bytes (no parent to reuse) finds every chunk already named.
        var again = await _t.BackupAsync(await BackupRepository.OpenAsync(_t.Target, _t.Key), service: "svc2");

        var config = JsonNode.Parse(File.ReadAllBytes(Path.Combine(_t.RepoPath, ObjectNames.Config)))!;
        Assert.Equal(hash, (string)config["chunkIdHash"]!);
        // Every new byte of this stream is in one chunk; its name is the keyed hash of the stream.
        using var tar = new MemoryStream();
        await new Restorer(repository).ToTarAsync(result.Snapshot, tar);
        var piece = Assert.Single(result.Snapshot.Chunks);
        string name;
        if (hash == "blake3-keyed")
        {
            using var hasher = Blake3.Hasher.NewKeyed(_t.Key.ChunkIdKey);
            hasher.Update(tar.ToArray());
            name = hasher.Finalize().ToString();
        }
        else
        {
            name = Convert.ToHexStringLower(HMACSHA256.HashData(_t.Key.ChunkIdKey, tar.ToArray()));
        }
        Assert.Equal(name, piece.Id);
        Assert.Equal(0, again.Snapshot.Stats.ChunksNew);
        Assert.True((await new Verifier(repository).VerifyAsync()).Ok);
    }

    [Fact]
    public async Task Copy_BetweenRepositoriesThatNameChunksDifferently_IsRefusedWithWhatToDo()
    {
        var source = await BackupRepository.InitAsync(_t.Target, _t.Key, ChunkIdHash.HmacSha256, null, default);
        _t.Write("a.txt", "copied");
        await _t.BackupAsync(source);
        var destination = new DirectoryTarget(Path.Combine(_t.Root, "blake3"));
        await BackupRepository.InitAsync(destination, _t.Key, ChunkIdHash.Blake3Keyed, null, default);

        var error = await Assert.ThrowsAsync<RepositoryException>(() => new Copier(source).CopyAsync(destination));

        Assert.Contains("names chunks with blake3-keyed", error.Message);
        Assert.Contains("Copy into a new, empty destination", error.Message);
        Assert.Empty(await new SnapshotStore(await BackupRepository.OpenAsync(destination, _t.Key)).ListNamesAsync(default));
    }

    [Theory]
    [InlineData(null, "names no chunk-id hash")]
    [InlineData("sha3-keyed", "Use a newer backupctl")]
    public async Task Format4Config_WithoutAKnownChunkIdHash_IsRefusedWithWhatToDo(string? hash, string advice)
    {
        await _t.OpenAsync();
        var path = Path.Combine(_t.RepoPath, ObjectNames.Config);
        var config = JsonNode.Parse(File.ReadAllBytes(path))!.AsObject();
        config.Remove("chunkIdHash");
        if (hash is not null)
        {
            config["chunkIdHash"] = hash;
        }
        File.WriteAllText(path, config.ToJsonString());

        var error = await Assert.ThrowsAsync<RepositoryException>(() => BackupRepository.OpenAsync(_t.Target, _t.Key));

        Assert.Contains(_t.Target.Description, error.Message);
        Assert.Contains(advice, error.Message);
    }

    [Fact]
    public async Task Copy_FromFormat3IntoAFormat4Repository_IsRefused_AndIntoAnEmptyTargetStaysFormat3()
    {
        var (target, key) = Format3Copy();
        var source = await BackupRepository.OpenAsync(target, key);
        var format4 = await BackupRepository.InitAsync(new DirectoryTarget(Path.Combine(_t.Root, "format4")), key);
        var empty = new DirectoryTarget(Path.Combine(_t.Root, "empty"));

        var error = await Assert.ThrowsAsync<RepositoryException>(() => new Copier(source).CopyAsync(format4.Target));
        var report = await new Copier(source).CopyAsync(empty);

        Assert.Contains("Copy into a new, empty destination", error.Message);
        Assert.Equal(1, report.SnapshotsCopied);
        var copy = await BackupRepository.OpenAsync(empty, key);
        Assert.Equal(3, copy.Config.Version);
        Assert.True((await new Verifier(copy).VerifyAsync()).Ok);
    }
}
