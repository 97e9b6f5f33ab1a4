using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Host.Tests;

/// <summary>
/// An Azurite this test stops and starts again on the same ports and data folder (the shared fixture's cannot be
/// restarted): for "storage went away in the middle" scenarios.
/// </summary>
internal sealed class OwnAzurite : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly string _data = Directory.CreateTempSubdirectory("host-azurite-").FullName;
    private readonly int[] _ports = [HostProcess.FreePort(), HostProcess.FreePort(), HostProcess.FreePort()];
    private Process? _process;

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{_ports[0]}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{_ports[1]}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{_ports[2]}/devstoreaccount1;";

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo(AzuriteFixture.FindAzurite()) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "--silent", "--loose", "--location", _data, "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1",
            "--blobPort", P(0), "--queuePort", P(1), "--tablePort", P(2) })
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        foreach (var port in _ports)
        {
            await HostEnvironment.WaitUntilAsync(() => Answers(port), TimeSpan.FromSeconds(90), $"Azurite on {port}");
        }
    }

    /// <summary>Stops Azurite with SIGTERM (it saves its data on the way out).</summary>
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            _process.Dispose();
        }

        Directory.Delete(_data, recursive: true);
    }

    private string P(int i) => _ports[i].ToString(CultureInfo.InvariantCulture);

    private static bool Answers(int port)
    {
        using var client = new TcpClient();
        try
        {
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
