using System.Diagnostics;
using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Cli.Tests;

/// <summary>backupctl against blob targets on a real Azurite: how the connection is found, and what a person sees when it is wrong.</summary>
public sealed class BlobCommandsTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "cli-blob-" + Guid.NewGuid().ToString("N")[..10]);

    private string Key => Path.Combine(_root, "key.json");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task InitAsync()
    {
        Directory.CreateDirectory(Path.Combine(_root, "data"));
        File.WriteAllText(Path.Combine(_root, "data/a.txt"), "alpha");
        Assert.Equal(0, (await RunAsync([], "key", "init", "--key", Key)).Exit);
    }

    [Fact]
    public async Task ConnectionSetting_AndTheAzureWebJobsStorageDefault_BothReachTheContainer()
    {
        await InitAsync();
        var repo = $"blob:{AzuriteFixture.UniqueName("cli")}/homelab";

        var backup = await RunAsync([("OFFSITE_STORAGE", azurite.ConnectionString)], "backup", "-r", repo, "-k", Key, "-s", "files", "--path", Path.Combine(_root, "data"), "--connection-setting", "OFFSITE_STORAGE");
        var list = await RunAsync([("AzureWebJobsStorage", azurite.ConnectionString)], "snapshots", "-r", repo, "-k", Key);
        var tar = Path.Combine(_root, "out.tar");
        var restore = await RunAsync([], "restore", "latest:files", "-r", repo, "-k", Key, "--tar", tar, "--connection", azurite.ConnectionString);

        Assert.True(backup.Exit == 0, backup.Stderr);
        Assert.True(list.Exit == 0, list.Stderr);
        Assert.Contains("files", list.Stdout);
        Assert.True(restore.Exit == 0, restore.Stderr);
        Assert.True(new FileInfo(tar).Length > 0);
    }

    [Fact]
    public async Task NoConnection_ExitsOne_NamingTheThreeWaysToGiveOne()
    {
        await InitAsync();

        var result = await RunAsync([], "snapshots", "-r", "blob:backups", "-k", Key);

        Assert.Equal(1, result.Exit);
        Assert.Contains("--connection, --connection-setting NAME, or the AzureWebJobsStorage environment variable", result.Stderr);
    }

    [Fact]
    public async Task IdentityBasedSettingOverHttp_ExitsOne_WithOneLine()
    {
        await InitAsync();

        var result = await RunAsync([("AzureWebJobsStorage__blobServiceUri", azurite.BlobEndpoint.ToString())], "snapshots", "-r", "blob:backups", "-k", Key);

        Assert.Equal(1, result.Exit);
        Assert.StartsWith("error: AzureWebJobsStorage__blobServiceUri must be https", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Fact]
    public async Task WrongAccountKey_ExitsOne_Saying403Plainly_WithoutAStackTrace()
    {
        await InitAsync();
        var wrong = azurite.ConnectionString.Replace(AzuriteFixture.DevelopmentAccountKey, Convert.ToBase64String(new byte[64]), StringComparison.Ordinal);

        var result = await RunAsync([], "backup", "-r", $"blob:{AzuriteFixture.UniqueName("key")}", "-k", Key, "-s", "files", "--path", Path.Combine(_root, "data"), "--connection", wrong);

        Assert.Equal(1, result.Exit);
        Assert.Contains("403", result.Stderr);
        Assert.Contains("the account key was refused", result.Stderr);
        Assert.Contains("Fix --connection", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.DoesNotContain(Convert.ToBase64String(new byte[64]), result.Stderr);
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync((string Name, string Value)[] environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "backupctl.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        // Only what the test gives: a developer's own AzureWebJobsStorage must not leak in.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("AzureWebJobsStorage", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}
