using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using BackupOrchestrator.Repository.Targets;
using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Repository.Tests;

/// <summary>
/// A repository written by our blob target, listed and read back by the official JavaScript SDK
/// (bench/storage-js/list.mjs, @azure/storage-blob): nothing in the layout needs our code to list or read.
/// The test installs the script's npm packages itself when they are missing (npm ci, once per checkout).
/// </summary>
public sealed class BlobLayoutInteropTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly TestRepository _t = new();

    public void Dispose() => _t.Dispose();

    [Fact]
    public async Task ObjectsWrittenByTheRepository_AreListedAndReadByTheJavaScriptSdk()
    {
        var container = AzuriteFixture.UniqueName("interop");
        var target = new BlobTarget(BlobConnection.FromConnectionString(azurite.ConnectionString, "the test"), container, "homelab");
        _t.WriteRandom("db/data.bin", 9 << 20, seed: 31); // more than one pack, so packs are block blobs
        _t.Write("etc/conf.yaml", "a: 1\n");
        var repository = await BackupRepository.InitAsync(target, _t.Key);
        await _t.BackupAsync(repository);
        var ours = new Dictionary<string, (long Size, string Sha256)>();
        await foreach (var item in target.ListAsync("", default))
        {
            ours["homelab/" + item.Name] = (item.Size, Convert.ToHexStringLower(SHA256.HashData((await target.GetAsync(item.Name, default))!)));
        }

        var lines = await RunListScriptAsync(azurite.ConnectionString, container, "homelab/");

        var theirs = lines.Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => e.GetProperty("name").GetString()!, e => (e.GetProperty("size").GetInt64(), e.GetProperty("sha256").GetString()!));
        Assert.Equal(ours.OrderBy(p => p.Key, StringComparer.Ordinal), theirs.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Contains("homelab/config", theirs.Keys);
        Assert.Contains(theirs.Keys, k => k.StartsWith("homelab/packs/", StringComparison.Ordinal));
        Assert.Contains(theirs.Keys, k => k.StartsWith("homelab/index/", StringComparison.Ordinal));
        Assert.Contains(theirs.Keys, k => k.StartsWith("homelab/snapshots/", StringComparison.Ordinal));
    }

    private static async Task<List<string>> RunListScriptAsync(string connection, string container, string prefix)
    {
        var folder = FindScriptFolder();
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "@azure", "storage-blob")))
        {
            var install = await RunAsync(folder, "npm", "ci", "--no-audit", "--no-fund");
            Assert.True(install.Exit == 0, $"npm ci in {folder} failed:\n{install.Stderr}");
        }
        var run = await RunAsync(folder, "node", "list.mjs", connection, container, prefix);
        Assert.True(run.Exit == 0, $"node list.mjs failed:\n{run.Stderr}");
        return run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    private static string FindScriptFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bench", "storage-js");
            if (File.Exists(Path.Combine(candidate, "list.mjs")))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"bench/storage-js/list.mjs not found above {AppContext.BaseDirectory}.");
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string folder, string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
