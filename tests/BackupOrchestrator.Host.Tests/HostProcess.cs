using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace BackupOrchestrator.Host.Tests;

/// <summary>The real host (functions-host.dll) as a child process on a free 127.0.0.1 port.</summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private HostProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public Uri BaseUri => new($"http://127.0.0.1:{Port}/");

    public int Id => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the host and waits until it prints that it started (or exits).</summary>
    public static Task<HostProcess> StartAsync(string scriptRoot, IReadOnlyDictionary<string, string> environment, params string[] args)
        => StartAsync(scriptRoot, environment, settingsPort: null, args);

    /// <summary>As <see cref="StartAsync(string, IReadOnlyDictionary{string, string}, string[])"/>; with a
    /// <paramref name="settingsPort"/>, no --port flag is passed (the host must take that port from local.settings.json).</summary>
    public static async Task<HostProcess> StartAsync(string scriptRoot, IReadOnlyDictionary<string, string> environment, int? settingsPort, params string[] args)
    {
        var host = Launch(scriptRoot, environment, args, settingsPort);
        var exited = host._process.WaitForExitAsync();
        var first = await Task.WhenAny(host._started.Task, exited, Task.Delay(TimeSpan.FromSeconds(60)));
        if (first != host._started.Task)
        {
            var output = host.Output;
            await host.DisposeAsync();
            throw new InvalidOperationException($"The host did not start ({(first == exited ? "it exited" : "60 s passed")}):\n{output}");
        }

        return host;
    }

    /// <summary>Runs the host until it exits by itself (a refused configuration): exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunToExitAsync(string scriptRoot, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        await using var host = Launch(scriptRoot, environment, args, fixedPort: null);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await host._process.WaitForExitAsync(timeout.Token);
        host._process.WaitForExit(); // Drains the redirected output.
        return (host._process.ExitCode, host.Output);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>SIGTERM, as systemd or `kill` sends; returns the exit code.</summary>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        _ = Kill(_process.Id, 15);
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        _ = Kill(_process.Id, 9);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try
            {
                await TerminateAsync(TimeSpan.FromSeconds(20));
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }

    private static HostProcess Launch(string scriptRoot, IReadOnlyDictionary<string, string> environment, string[] args, int? fixedPort)
    {
        var port = fixedPort ?? FreePort();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(TestPaths.HostAssembly);
        start.ArgumentList.Add("--script-root");
        start.ArgumentList.Add(scriptRoot);
        if (fixedPort is null)
        {
            start.ArgumentList.Add("--port");
            start.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var host = new HostProcess(process, port);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (line.StartsWith(FunctionsHost.StartedLine, StringComparison.Ordinal))
        {
            _started.TrySetResult();
        }
    }

    private static int Kill(int pid, int signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        return kill.ExitCode;
    }
}
