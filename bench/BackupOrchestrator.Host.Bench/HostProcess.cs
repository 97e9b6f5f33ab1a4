using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace BackupOrchestrator.Host.Bench;

/// <summary>
/// The local host (functions-host.dll) running the app's build as a separate process on the bench's Azurite:
/// cold start from process start to the first 200 of GET /api/health, then the process's CPU while idle
/// (utime + stime from /proc, over the given seconds, after 5 s to settle).
/// </summary>
internal static class HostProcess
{
    public sealed record Result(IReadOnlyList<TimeSpan> ColdStarts, double IdleCpuPercent);

    /// <summary>Starts the host <paramref name="starts"/> times (the first on a storage account it has never seen); idle CPU of the last.</summary>
    public static async Task<Result> MeasureAsync(string hostDll, string appDir, string connectionString, int idleSeconds, int starts)
    {
        var colds = new List<TimeSpan>();
        var idle = 0.0;
        for (var i = 0; i < starts; i++)
        {
            var (cold, cpu) = await StartOnceAsync(hostDll, appDir, connectionString, i == starts - 1 ? idleSeconds : 0);
            colds.Add(cold);
            idle = cpu;
        }

        return new Result(colds, idle);
    }

    private static async Task<(TimeSpan Cold, double IdleCpu)> StartOnceAsync(string hostDll, string appDir, string connectionString, int idleSeconds)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.GetFullPath(hostDll));
        start.ArgumentList.Add("--script-root");
        start.ArgumentList.Add(Path.GetFullPath(appDir));
        start.ArgumentList.Add("--port");
        start.ArgumentList.Add(port.ToString(CultureInfo.InvariantCulture));
        start.Environment["AzureWebJobsStorage"] = connectionString;
        start.Environment["AzureFunctionsWebHost__hostid"] = "bench-" + Environment.ProcessId;

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the host");
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            TimeSpan? cold = null;
            while (cold is null)
            {
                if (process.HasExited || watch.Elapsed > TimeSpan.FromSeconds(60))
                {
                    lock (output)
                    {
                        throw new InvalidOperationException($"the host did not answer 200 on /api/health within 60 s (exited: {process.HasExited}):\n{output}");
                    }
                }

                try
                {
                    using var response = await http.GetAsync($"http://127.0.0.1:{port}/api/health");
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        cold = watch.Elapsed;
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    await Task.Delay(10);
                }
            }

            if (idleSeconds == 0)
            {
                return (cold.Value, 0);
            }

            await Task.Delay(TimeSpan.FromSeconds(5));
            var before = CpuTicks(process.Id);
            var idle = Stopwatch.StartNew();
            await Task.Delay(TimeSpan.FromSeconds(idleSeconds));
            var used = (CpuTicks(process.Id) - before) / 100.0; // USER_HZ is 100 on Linux
            return (cold.Value, 100 * used / idle.Elapsed.TotalSeconds);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
    }

    /// <summary>utime + stime of a process in clock ticks (/proc/PID/stat fields 14 and 15).</summary>
    private static long CpuTicks(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
