using System.Formats.Tar;
using System.Security.Cryptography;
using BackupOrchestrator.Repository.Backup;
using BackupOrchestrator.Repository.Chunking;
using BackupOrchestrator.Repository.Format;
using BackupOrchestrator.Repository.Keys;
using BackupOrchestrator.Repository.Maintenance;
using BackupOrchestrator.Repository.Restore;
using BackupOrchestrator.Repository.Snapshots;
using BackupOrchestrator.Repository.Sources;
using Microsoft.Win32.SafeHandles;

namespace BackupOrchestrator.Repository.Tests;

public sealed class DamageTests : IDisposable
{
    private readonly TestRepository _t = new();

    public void Dispose() => _t.Dispose();

    private async Task<(BackupRepository Repository, SnapshotManifest Snapshot)> BackedUpTreeAsync()
    {
        _t.WriteRandom("data/a.bin", 2 * 1024 * 1024, seed: 1);
        _t.WriteRandom("data/b.bin", 2 * 1024 * 1024, seed: 2);
        _t.Write("etc/app.conf", "setting = 1\n");
        var repository = await _t.OpenAsync();
        var result = await _t.BackupAsync(repository);
        return (repository, result.Snapshot);
    }

    /// <summary>The pack file holding the chunk in the middle of a file's data, and that chunk's range in it.</summary>
    private async Task<(string Path, int Offset, int Length)> ChunkOfAsync(BackupRepository repository, SnapshotManifest snapshot, string sourceRelative)
    {
        var path = Path.Combine(_t.Source, sourceRelative).TrimStart('/');
        var entry = snapshot.Entries.Single(e => e.Path == path);
        var offsets = Restore.ChunkFetcher.ComputeOffsets(snapshot);
        int index = Array.FindLastIndex(offsets, o => o <= entry.DataOffset + entry.Size / 2);
        var (pack, offset, length) = await PackFiles.LocateAsync(repository, snapshot.Chunks[index].Id);
        return (Path.Combine(_t.RepoPath, pack), offset, length);
    }

    [Fact]
    public async Task FlippedByteInChunk_FailsRestore_AndVerifyNamesSnapshotAndFile()
    {
        var (repository, snapshot) = await BackedUpTreeAsync();
        var (pack, offset, length) = await ChunkOfAsync(repository, snapshot, "data/b.bin");
        var bytes = File.ReadAllBytes(pack);
        bytes[offset + length / 2] ^= 0x01;
        File.WriteAllBytes(pack, bytes);

        var restore = await Assert.ThrowsAsync<IntegrityException>(() => new Restorer(repository).ToDirectoryAsync(snapshot, _t.RestorePath()));
        var report = await new Verifier(repository).VerifyAsync();

        Assert.Contains("failed authentication", restore.Message);
        Assert.False(report.Ok);
        var problem = Assert.Single(report.Problems);
        Assert.Equal("damaged", problem.Kind);
        var affected = Assert.Single(problem.Affected);
        Assert.Equal(snapshot.Name, affected.Snapshot);
        Assert.Contains(affected.Files, f => f.EndsWith("data/b.bin", StringComparison.Ordinal));
        Assert.DoesNotContain(affected.Files, f => f.EndsWith("etc/app.conf", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OneFileRestore_BytesNotMatchingTheRecordedSha256_FailIt_AndNameTheFile()
    {
        var (repository, snapshot) = await BackedUpTreeAsync();
        var wanted = Path.Combine(_t.Source, "data/b.bin");
        // The chunks are intact (their tags pass); the file index disagrees with them, as a
        // damaged or mismatched manifest would. A partial restore must not write the file whole.
        var entry = snapshot.Entries.Single(e => e.Path == wanted.TrimStart('/'));
        entry.Hash![0] ^= 0x01;

        var root = _t.RestorePath();
        var error = await Assert.ThrowsAsync<IntegrityException>(() => new Restorer(repository).ToDirectoryAsync(snapshot, root, only: wanted));

        Assert.Contains("data/b.bin) do not match their recorded hash", error.Message);
        var restored = _t.Restored(root, wanted);
        Assert.True(!File.Exists(restored) || new FileInfo(restored).Length < 2 * 1024 * 1024, "the file was written whole");
        entry.Hash[0] ^= 0x01;
        var good = await new Restorer(repository).ToDirectoryAsync(snapshot, _t.RestorePath(), only: wanted);
        Assert.Equal(1, good.Files);
    }

    [Fact]
    public async Task MissingPack_FailsRestore_AndVerifyReportsEveryChunkInIt()
    {
        var (repository, snapshot) = await BackedUpTreeAsync();
        var (pack, _, _) = await ChunkOfAsync(repository, snapshot, "data/a.bin");
        File.Delete(pack);

        var restore = await Assert.ThrowsAsync<IntegrityException>(() => new Restorer(repository).ToDirectoryAsync(snapshot, _t.RestorePath()));
        var report = await new Verifier(repository).VerifyAsync(sample: 0.01);

        Assert.Contains("is missing", restore.Message);
        Assert.NotEmpty(report.Problems);
        Assert.All(report.Problems, p => Assert.Equal("missing", p.Kind));
        Assert.All(report.Problems, p => Assert.Contains(Path.GetFileName(pack), p.Message));
        Assert.Contains(report.Problems, p => p.Affected[0].Files.Any(f => f.EndsWith("data/a.bin", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task TruncatedManifest_IsReported_AndOtherSnapshotsStayReadable()
    {
        var (repository, first) = await BackedUpTreeAsync();
        var second = (await _t.BackupAsync(repository)).Snapshot;
        var manifestPath = Path.Combine(_t.RepoPath, ObjectNames.Snapshot(second.Name));
        var bytes = File.ReadAllBytes(manifestPath);
        File.WriteAllBytes(manifestPath, bytes[..(bytes.Length / 2)]);

        var load = await Assert.ThrowsAsync<IntegrityException>(() => new SnapshotStore(repository).LoadAsync(second.Name));
        var report = await new Verifier(repository).VerifyAsync();
        var restored = await new Restorer(repository).ToDirectoryAsync(await new SnapshotStore(repository).LoadAsync(first.Name), _t.RestorePath());

        Assert.Contains(second.Name, load.Message);
        Assert.Contains(report.DamagedSnapshots, d => d.Contains(second.Name, StringComparison.Ordinal));
        Assert.Empty(restored.Errors);
        TreeAssert.Equal(_t.Source, _t.Restored(_t.RestorePath(), _t.Source));
    }

    [Fact]
    public async Task TruncatedManifest_StopsPruneFromSweeping()
    {
        var (repository, _) = await BackedUpTreeAsync();
        var second = (await _t.BackupAsync(repository)).Snapshot;
        var manifestPath = Path.Combine(_t.RepoPath, ObjectNames.Snapshot(second.Name));
        File.WriteAllBytes(manifestPath, File.ReadAllBytes(manifestPath)[..40]);

        var report = await new Pruner(repository).PruneAsync(_ => new Domain.Retention.RetentionRule(KeepLast: 1), dryRun: false, TimeSpan.Zero);

        Assert.NotNull(report.SweepSkipped);
        Assert.Equal(0, report.ChunksDeleted);
    }

    [Fact]
    public async Task WrongKey_IsRefused_WithBothKeyIds()
    {
        var (_, _) = await BackedUpTreeAsync();
        var other = RepositoryKey.Generate();

        var error = await Assert.ThrowsAsync<RepositoryException>(() => BackupRepository.OpenAsync(_t.Target, other));

        Assert.Contains("Wrong key", error.Message);
        Assert.Contains(other.KeyId, error.Message);
        Assert.Contains(_t.Key.KeyId, error.Message);
        Assert.DoesNotContain(Convert.ToBase64String(other.EncryptionKey), error.Message);
    }

    [Theory]
    [InlineData(2, "written by an older backupctl")]
    [InlineData(5, "Use a newer backupctl")]
    public async Task OtherFormatVersion_IsRefused_WithWhatToDo_AndTheRepositoryIsLeftAsItWas(int version, string advice)
    {
        var (_, snapshot) = await BackedUpTreeAsync();
        var configPath = Path.Combine(_t.RepoPath, ObjectNames.Config);
        var current = RepositoryConfig.Parse(File.ReadAllBytes(configPath), "test");
        var other = (current with { Version = version }).ToJson();
        File.WriteAllBytes(configPath, other);
        var chunkFiles = Directory.GetFiles(_t.RepoPath, "*", SearchOption.AllDirectories).Length;

        var error = await Assert.ThrowsAsync<RepositoryException>(() => BackupRepository.OpenAsync(_t.Target, _t.Key));

        Assert.Contains($"format version {version}", error.Message);
        Assert.Contains(advice, error.Message);
        Assert.Equal(other, File.ReadAllBytes(configPath));
        Assert.Equal(chunkFiles, Directory.GetFiles(_t.RepoPath, "*", SearchOption.AllDirectories).Length);
        File.WriteAllBytes(configPath, current.ToJson());
        var reopened = await BackupRepository.OpenAsync(_t.Target, _t.Key);
        Assert.Equal(snapshot.Name, (await new SnapshotStore(reopened).LoadSummaryAsync(snapshot.Name)).Name);
    }

    [Fact]
    public void KeyFile_IsCreatedWithMode0600_AndNeverOverwritten()
    {
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_t.KeyPath));
        Assert.Throws<RepositoryException>(() => RepositoryKey.CreateFile(_t.KeyPath));
        Assert.Equal(_t.Key.KeyId, RepositoryKey.Load(_t.KeyPath).KeyId);
        Assert.DoesNotContain("secret", _t.Key.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task MaliciousPathsInTar_AreRefused_NothingLandsOutsideTheRoot()
    {
        var repository = await _t.OpenAsync();
        var outside = Path.Combine(_t.Root, "outside");
        Directory.CreateDirectory(outside);
        using var tar = new MemoryStream();
        using (var writer = new TarWriter(tar, TarEntryFormat.Pax, leaveOpen: true))
        {
            writer.WriteEntry(TarFile("ok.txt", "fine"));
            writer.WriteEntry(TarFile("../escape.txt", "escaped"));
            writer.WriteEntry(TarFile("a/../../escape2.txt", "escaped"));
            writer.WriteEntry(TarFile(outside.TrimStart('/') is var rel ? "/" + rel + "/absolute.txt" : "", "escaped"));
            writer.WriteEntry(new PaxTarEntry(TarEntryType.SymbolicLink, "link") { LinkName = outside });
            writer.WriteEntry(TarFile("link/through-link.txt", "escaped"));
            writer.WriteEntry(new PaxTarEntry(TarEntryType.HardLink, "hard") { LinkName = "../outside/x" });
        }
        var snapshot = await RawSnapshotAsync(repository, tar.ToArray());
        var restoreRoot = _t.RestorePath();

        var result = await new Restorer(repository).ToDirectoryAsync(snapshot, restoreRoot);

        Assert.Equal("fine", File.ReadAllText(Path.Combine(restoreRoot, "ok.txt")));
        Assert.Empty(Directory.EnumerateFileSystemEntries(outside));
        Assert.False(File.Exists(Path.Combine(_t.Root, "escape.txt")));
        Assert.False(File.Exists(Path.Combine(_t.Root, "escape2.txt")));
        Assert.Equal(5, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Contains("refused", e));
    }

    [Fact]
    public async Task UnreadableFile_IsReported_NotFatal_UnlessRequired()
    {
        _t.Write("readable.txt", "yes");
        var locked = _t.Write("locked.txt", "no");
        var repository = await _t.OpenAsync();
        var options = new BackupOptions
        {
            OpenFile = path => path == locked
                ? throw new UnauthorizedAccessException("Permission denied")
                : File.OpenHandle(path),
        };

        var result = await _t.BackupAsync(repository, options: options);
        var strict = await Assert.ThrowsAsync<RepositoryException>(() => new BackupRunner(repository, options)
            .RunAsync(new BackupRequest("strict", [new PathSource(_t.Source)]) { FailOnUnreadable = true }));

        Assert.Contains(result.Warnings, w => w.Contains("locked.txt", StringComparison.Ordinal) && w.Contains("Permission denied", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Snapshot.Entries, e => e.Path.EndsWith("locked.txt", StringComparison.Ordinal));
        Assert.Contains("locked.txt", strict.Message);
        Assert.Single(await new SnapshotStore(repository).ListNamesAsync());
    }

    [Fact]
    public async Task MissingSourceRoot_FailsTheBackup_AndRecordsNoSnapshot()
    {
        _t.Write("present.txt", "here");
        var repository = await _t.OpenAsync();
        var missing = Path.Combine(_t.Root, "not-mounted");

        var error = await Assert.ThrowsAsync<RepositoryException>(() => new BackupRunner(repository)
            .RunAsync(new BackupRequest("mail", [new PathSource(_t.Source), new PathSource(missing)])));

        Assert.Contains(missing, error.Message);
        Assert.Contains("does not exist", error.Message);
        Assert.Contains("service mail", error.Message);
        Assert.Empty(await new SnapshotStore(repository).ListNamesAsync());
    }

    private static PaxTarEntry TarFile(string name, string content) =>
        new(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content)) };

    /// <summary>Stores an arbitrary tar stream as a snapshot, as a damaged or hostile repository could hold.</summary>
    private static async Task<SnapshotManifest> RawSnapshotAsync(BackupRepository repository, byte[] tar)
    {
        var id = repository.ChunkIds.Compute(tar);
        await PackFiles.StoreAsync(repository, id, repository.Sealer.Seal(tar, ObjectNames.ChunkAad(id)));
        // One file-index entry spans everything before the end marker, as a hand-made manifest might.
        var body = tar.AsSpan(0, tar.Length - StreamHash.EndMarkerLength);
        var entry = new EntryRecord { Path = "hostile", Type = EntryRecord.TypeFile, Size = body.Length, Hash = EntryHash.Compute(EntryHash.Sha256, body) };
        var manifest = new SnapshotManifest
        {
            Id = "0123456789abcdef",
            Name = SnapshotStore.NewName(DateTimeOffset.UtcNow, "0123456789abcdef"),
            Service = "hostile",
            Time = DateTimeOffset.UtcNow,
            StreamLength = tar.Length,
            Entries = [entry],
            Chunks = [new ChunkRecord(id.ToString(), tar.Length)],
            StreamHash = StreamHash.Compute([entry], tar.Length, EntryHash.Sha256),
        };
        await new SnapshotStore(repository).WriteAsync(manifest, default);
        return manifest;
    }
}
