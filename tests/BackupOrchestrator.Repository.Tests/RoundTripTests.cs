using System.Diagnostics;
using System.Text;
using BackupOrchestrator.Repository.Backup;
using BackupOrchestrator.Repository.Restore;
using BackupOrchestrator.Repository.Snapshots;
using BackupOrchestrator.Repository.Sources;

namespace BackupOrchestrator.Repository.Tests;

public sealed class RoundTripTests : IDisposable
{
    private readonly TestRepository _t = new();

    public void Dispose() => _t.Dispose();

    private void EdgeCaseTree()
    {
        _t.Write("empty.txt", "");
        _t.Write("docs/readme.md", "# hello\n" + string.Concat(Enumerable.Repeat("some text that compresses well. ", 2000)));
        _t.Write("ünïcødé/файл-日本語.txt", "unicode name");
        var longName = string.Join('/', Enumerable.Repeat(new string('d', 60), 4)) + "/" + new string('f', 200) + ".txt";
        _t.Write(longName, "long name");
        _t.WriteRandom("big/random.bin", 3 * 1024 * 1024 + 17, seed: 1);
        _t.WriteRandom("small/random.bin", 100_000, seed: 2);
        File.CreateSymbolicLink(Path.Combine(_t.Source, "link-to-readme"), "docs/readme.md");
        File.CreateSymbolicLink(Path.Combine(_t.Source, "dangling"), "/nonexistent/target");
        var original = _t.Write("hard/original.txt", "shared by two names");
        Assert.Equal(0, PosixCalls.Link(original, Path.Combine(_t.Source, "hard/second-name.txt")));
        using (var sparse = File.Create(Path.Combine(_t.Source, "sparse.img")))
        {
            sparse.SetLength(8 * 1024 * 1024);
            sparse.Seek(5 * 1024 * 1024, SeekOrigin.Begin);
            sparse.Write(Encoding.ASCII.GetBytes("data in the middle of a hole"));
        }
        Directory.CreateDirectory(Path.Combine(_t.Source, "empty-folder"));
        File.SetUnixFileMode(_t.Write("secret.conf", "0600"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [Fact]
    public async Task TreeWithEdgeCases_RestoredToDirectory_IsIdentical()
    {
        EdgeCaseTree();
        var repository = await _t.OpenAsync();

        var result = await _t.BackupAsync(repository);
        var restoreRoot = _t.RestorePath();
        var restored = await new Restorer(repository).ToDirectoryAsync(result.Snapshot, restoreRoot);

        Assert.Empty(restored.Errors);
        TreeAssert.Equal(_t.Source, _t.Restored(restoreRoot, _t.Source));
        var hard1 = Path.Combine(_t.Restored(restoreRoot, _t.Source), "hard/original.txt");
        var hard2 = Path.Combine(_t.Restored(restoreRoot, _t.Source), "hard/second-name.txt");
        Assert.True(FileStatus.TryGet(hard1, out var s1, out _));
        Assert.True(FileStatus.TryGet(hard2, out var s2, out _));
        Assert.Equal(s1.Inode, s2.Inode);
    }

    [Theory]
    [InlineData(EntryHash.Sha256, EntryHash.Sha512Truncated)]
    [InlineData(EntryHash.Sha512Truncated, EntryHash.Sha256)]
    public async Task EitherEntryHash_RoundTripsAndVerifies_AndAParentHashedTheOtherWayIsNotReused(string first, string second)
    {
        EdgeCaseTree();
        var repository = await _t.OpenAsync();

        var one = await _t.BackupAsync(repository, options: new Backup.BackupOptions { EntryHash = first });
        var two = await _t.BackupAsync(repository, options: new Backup.BackupOptions { EntryHash = second });

        Assert.Equal(first, one.Snapshot.EntryHash);
        Assert.Equal(second, two.Snapshot.EntryHash);
        Assert.Equal(0, two.Snapshot.Stats.FilesUnchanged);
        Assert.Equal(one.Snapshot.Stats.FilesNew, two.Snapshot.Stats.FilesNew);
        Assert.Equal(one.Snapshot.Stats.BytesRead, two.Snapshot.Stats.BytesRead);
        Assert.NotEqual(one.Snapshot.Entries[0].Hash, two.Snapshot.Entries[0].Hash);
        foreach (var snapshot in new[] { one.Snapshot, two.Snapshot })
        {
            var root = _t.RestorePath(snapshot.ShortId);
            Assert.Empty((await new Restorer(repository).ToDirectoryAsync(snapshot, root)).Errors);
            TreeAssert.Equal(_t.Source, _t.Restored(root, _t.Source));
        }
        Assert.True((await new Maintenance.Verifier(repository).VerifyAsync()).Ok);
    }

    [Fact]
    public async Task RestoredTar_IsListedByGnuTar()
    {
        EdgeCaseTree();
        var repository = await _t.OpenAsync();
        var result = await _t.BackupAsync(repository);
        var tarPath = Path.Combine(_t.Root, "out.tar");

        await using (var output = File.Create(tarPath))
        {
            await new Restorer(repository).ToTarAsync(result.Snapshot, output);
        }

        var (exit, stdout, stderr) = await RunAsync("tar", "-tf", tarPath);
        Assert.True(exit == 0, stderr);
        var names = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var source = _t.Source.TrimStart('/');
        Assert.Contains(source + "/ünïcødé/файл-日本語.txt", names);
        Assert.Contains(source + "/big/random.bin", names);
        Assert.Contains(source + "/hard/second-name.txt", names);
        Assert.Equal(result.Snapshot.Entries.Count, names.Length);

        var extracted = Path.Combine(_t.Root, "gnu");
        Directory.CreateDirectory(extracted);
        (exit, _, stderr) = await RunAsync("tar", "-xf", tarPath, "-C", extracted);
        Assert.True(exit == 0, stderr);
        TreeAssert.Equal(_t.Source, _t.Restored(extracted, _t.Source));
    }

    [Fact]
    public async Task ZeroByteService_BacksUpAndRestoresNothing()
    {
        var repository = await _t.OpenAsync();

        var result = await _t.BackupAsync(repository, "empty-service", null, new CommandSource("nothing", ["true"]));
        var restored = await new Restorer(repository).ToDirectoryAsync(result.Snapshot, _t.RestorePath());

        Assert.Empty(restored.Errors);
        Assert.Equal(0, new FileInfo(Path.Combine(_t.RestorePath(), "commands/nothing")).Length);
    }

    [Fact]
    public async Task DumpCommand_IsStreamedIntoParts_AndRestoredAsOneFile()
    {
        var repository = await _t.OpenAsync();
        // 10 MiB of deterministic output: more than two 4 MiB parts.
        var script = "awk 'BEGIN { for (i = 0; i < 10240; i++) { c = sprintf(\"%c\", 65 + i % 26); s = c; while (length(s) < 1024) s = s s; printf \"%s\", substr(s, 1, 1024) } }'";

        var result = await _t.BackupAsync(repository, "db", null, new CommandSource("pg_dumpall", ["sh", "-c", script]));
        var restored = await new Restorer(repository).ToDirectoryAsync(result.Snapshot, _t.RestorePath());

        Assert.Equal(3, result.Snapshot.Entries.Count(e => e.PartOf == "commands/pg_dumpall"));
        var dump = File.ReadAllBytes(Path.Combine(_t.RestorePath(), "commands/pg_dumpall"));
        Assert.Equal(10 * 1024 * 1024, dump.Length);
        Assert.Equal((byte)'A', dump[0]);
        Assert.Equal((byte)('A' + 1), dump[1024]);
        Assert.Equal((byte)('A' + 10239 % 26), dump[^1]);
        Assert.Empty(restored.Errors);
    }

    [Fact]
    public async Task FailingDumpCommand_FailsTheBackup_AndRecordsNoSnapshot()
    {
        var repository = await _t.OpenAsync();

        var error = await Assert.ThrowsAsync<RepositoryException>(() =>
            _t.BackupAsync(repository, "db", null, new CommandSource("dump", ["sh", "-c", "echo partial; echo 'connection refused' >&2; exit 3"])));

        Assert.Contains("exited with status 3", error.Message);
        Assert.Contains("connection refused", error.Message);
        Assert.Empty(await new SnapshotStore(repository).ListNamesAsync());
    }

    [Fact]
    public async Task CancelledBackup_KillsItsRunningDumpCommand_AndRecordsNoSnapshot()
    {
        var repository = await _t.OpenAsync();
        var pidFile = Path.Combine(_t.Root, "dump.pid");
        using var cancel = new CancellationTokenSource();
        var request = new BackupRequest("db", [new CommandSource("dump", ["sh", "-c", $"echo $$ > {pidFile}; exec sleep 60"])]);

        var backup = new BackupRunner(repository).RunAsync(request, null, cancel.Token);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!File.Exists(pidFile) || File.ReadAllText(pidFile).Trim().Length == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the dump command did not start");
            await Task.Delay(20);
        }
        var pid = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => backup);
        deadline = DateTime.UtcNow.AddSeconds(5);
        while (Alive(pid))
        {
            Assert.True(DateTime.UtcNow < deadline, $"the dump command (pid {pid}) still runs after its backup was cancelled");
            await Task.Delay(20);
        }
        Assert.Empty(await new SnapshotStore(repository).ListNamesAsync());
    }

    /// <summary>Running or sleeping; a zombie (killed, not yet reaped) or a missing /proc entry is dead.</summary>
    private static bool Alive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)] != 'Z';
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
    }

    [Fact]
    public async Task OneFile_IsRestored_FetchingOnlyItsChunks()
    {
        for (int i = 0; i < 6; i++)
        {
            _t.WriteRandom($"data/file{i}.bin", 2 * 1024 * 1024, seed: i);
        }
        var wanted = _t.Write("data/zz-config.yaml", "key: value\n");
        var repository = await _t.OpenAsync();
        var result = await _t.BackupAsync(repository);

        var restoreRoot = _t.RestorePath();
        var restored = await new Restorer(repository).ToDirectoryAsync(result.Snapshot, restoreRoot, only: wanted);

        Assert.Equal("key: value\n", File.ReadAllText(_t.Restored(restoreRoot, wanted)));
        Assert.Equal(1, restored.Files);
        Assert.False(File.Exists(_t.Restored(restoreRoot, Path.Combine(_t.Source, "data/file0.bin"))));
        var ranges = Restorer.Select(result.Snapshot, wanted);
        Assert.True(ranges.Sum(r => r.End - r.Start) < 4096);
    }

    [Fact]
    public async Task OneFolder_IsRestoredWithItsContents()
    {
        _t.Write("a/one.txt", "1");
        _t.Write("a/sub/two.txt", "2");
        _t.Write("b/three.txt", "3");
        var repository = await _t.OpenAsync();
        var result = await _t.BackupAsync(repository);

        var restoreRoot = _t.RestorePath();
        await new Restorer(repository).ToDirectoryAsync(result.Snapshot, restoreRoot, only: Path.Combine(_t.Source, "a"));

        Assert.Equal("2", File.ReadAllText(_t.Restored(restoreRoot, Path.Combine(_t.Source, "a/sub/two.txt"))));
        Assert.False(File.Exists(_t.Restored(restoreRoot, Path.Combine(_t.Source, "b/three.txt"))));
    }

    internal static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}
