using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace BackupOrchestrator.Night.Bench;

/// <summary>The local host (functions-host.dll) on the app's build as a child process, its output to a file; its CPU and peak RSS from /proc.</summary>
internal static class HostRun
{
    public static Process Start(string hostDll, string appDir, int port, IReadOnlyDictionary<string, string> environment, string logFile)
    {
        if (!File.Exists(hostDll) || !Directory.Exists(appDir))
        {
            throw new FileNotFoundException($"Build the host and the app first (Release): {hostDll}, {appDir}");
        }

        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { hostDll, "--script-root", appDir, "--port", port.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var log = new StreamWriter(logFile) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the host");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public static async Task WaitHealthyAsync(HttpClient http, Process host, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !host.HasExited)
        {
            try
            {
                using var response = await http.GetAsync(new Uri("api/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"The host did not answer 200 on /api/health within {timeout} (exited: {host.HasExited}).");
    }

    /// <summary>utime + stime (/proc/PID/stat fields 14 and 15, USER_HZ 100).</summary>
    public static double CpuSeconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    /// <summary>VmHWM: the process's peak resident set.</summary>
    public static long PeakRssKiB(int pid) =>
        long.Parse(File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.WriteLine(line);
        }
    }
}
