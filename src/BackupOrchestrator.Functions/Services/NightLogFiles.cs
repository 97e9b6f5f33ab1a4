using System.Collections.Concurrent;
using System.Globalization;
using BackupOrchestrator.Functions.Configuration;
using Microsoft.Extensions.Options;

namespace BackupOrchestrator.Functions.Services;

/// <summary>
/// The log files of seed 000 under <see cref="NightOptions.LogDirectory"/>: <c>orchestrator.log</c> (the
/// orchestrations' replay-safe logs), <c>{service}_backup.log</c> (one per service: its backups, hook output)
/// and <c>resource_monitor.log</c> (every resource reading). Lines are appended whole, timestamped in UTC.
/// </summary>
public sealed class NightLogFiles(IOptions<NightOptions> options, TimeProvider time)
{
    public const string OrchestratorLog = "orchestrator.log";
    public const string ResourceMonitorLog = "resource_monitor.log";

    private readonly ConcurrentDictionary<string, Lock> _locks = new(StringComparer.Ordinal);

    public string Directory { get; } = NightOptions.Resolve(options.Value.LogDirectory);

    public string PathOf(string file) => Path.Combine(Directory, file);

    /// <summary>The log file of one service (its name made safe for a file name).</summary>
    public static string ServiceLog(string service) =>
        string.Concat(service.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')) + "_backup.log";

    public void Append(string file, string message)
    {
        var path = PathOf(file);
        var stamp = time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var text = string.Concat(message.Split('\n').Select(line => $"{stamp} {line.TrimEnd('\r')}\n"));
        lock (_locks.GetOrAdd(path, _ => new Lock()))
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.AppendAllText(path, text);
        }
    }
}
