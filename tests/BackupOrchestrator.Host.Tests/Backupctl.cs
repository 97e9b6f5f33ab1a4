using System.Diagnostics;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs;

namespace BackupOrchestrator.Host.Tests;

/// <summary>backupctl as a process (its own build), and the function key a host keeps in its storage.</summary>
internal static class Backupctl
{
    /// <summary>Runs backupctl with <paramref name="args"/>, BACKUPCTL_URL/KEY removed unless given: exit code, stdout, stderr.</summary>
    public static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(TestPaths.Backupctl);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("BACKUPCTL_URL");
        start.Environment.Remove("BACKUPCTL_KEY");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>The host's default function key (blob azure-webjobs-secrets/HOSTID/host.json, where the host keeps it).</summary>
    public static async Task<string> FunctionKeyAsync(string connectionString, string hostId)
    {
        var blobs = new BlobServiceClient(connectionString, new BlobClientOptions(BackupOrchestrator.Host.Durable.StorageClients.BlobVersion));
        var secrets = await blobs.GetBlobContainerClient("azure-webjobs-secrets").GetBlobClient($"{hostId}/host.json").DownloadContentAsync();
        return JsonNode.Parse(secrets.Value.Content.ToString())!["functionKeys"]![0]!["value"]!.GetValue<string>();
    }
}
