using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using BackupOrchestrator.Host.Configuration;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Host.Storage;

/// <summary>
/// With <c>UseDevelopmentStorage=true</c> and no Azurite answering on 127.0.0.1:10000-10002, starts one (data in
/// ./.azurite) and stops it when the host exits; when none is installed, says how to install it. func leaves this
/// to the person; doing it here makes `functions-host` on a fresh clone one command.
/// </summary>
internal sealed class AzuriteLauncher : IAsyncDisposable
{
    public const string BinaryVariable = "AZURITE_BIN";
    public const string InstallHint = "Install it with `npm install azurite@3.37.0` (in the repository root), set AZURITE_BIN to its executable, or start one yourself.";
    private static readonly int[] Ports = [10000, 10001, 10002];

    private readonly Process _process;

    private AzuriteLauncher(Process process) => _process = process;

    /// <summary>Starts Azurite when development storage is configured and none answers; null when nothing was started.</summary>
    public static async Task<AzuriteLauncher?> EnsureRunningAsync(string connectionString, string scriptRoot, ILogger logger, CancellationToken cancellationToken)
    {
        if (!HostStorage.IsDevelopmentStorage(connectionString) || await AnswersAsync(Ports[0], cancellationToken))
        {
            return null;
        }

        var binary = Find(scriptRoot) ?? throw new HostConfigurationException(
            "AzureWebJobsStorage", HostStorage.DevelopmentStorage, "no Azurite answers on 127.0.0.1:10000 and none is installed.", InstallHint);

        var data = Path.Combine(Directory.GetCurrentDirectory(), ".azurite");
        Directory.CreateDirectory(data);
        var start = new ProcessStartInfo(binary) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "--silent", "--location", data, "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1" })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new HostConfigurationException(binary, null, "did not start.", InstallHint);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (!string.IsNullOrWhiteSpace(e.Data))
            {
                Logs.AzuriteOutput(logger, e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var launcher = new AzuriteLauncher(process);
        var deadline = Stopwatch.StartNew();
        foreach (var port in Ports)
        {
            while (!await AnswersAsync(port, cancellationToken))
            {
                if (process.HasExited || deadline.Elapsed > TimeSpan.FromSeconds(30))
                {
                    await launcher.DisposeAsync();
                    throw new HostConfigurationException(binary, null, $"did not listen on 127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)} (exit code {(process.HasExited ? process.ExitCode.ToString(CultureInfo.InvariantCulture) : "none")}).", "Check that ports 10000-10002 are free, or start Azurite yourself.");
                }

                await Task.Delay(50, cancellationToken);
            }
        }

        Logs.AzuriteStarted(logger, binary, data);
        return launcher;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(5));
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
        {
            // Already gone, or slow to go: nothing more to do at exit.
        }

        _process.Dispose();
    }

    private static string? Find(string scriptRoot)
    {
        var fromEnv = Environment.GetEnvironmentVariable(BinaryVariable);
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            return File.Exists(fromEnv) ? fromEnv : throw new HostConfigurationException(BinaryVariable, null, $"'{fromEnv}' does not exist.", InstallHint);
        }

        foreach (var start in new[] { scriptRoot, Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "node_modules", ".bin", "azurite");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "azurite"))
            .FirstOrDefault(File.Exists);
    }

    private static async Task<bool> AnswersAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromMilliseconds(500));
            await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
