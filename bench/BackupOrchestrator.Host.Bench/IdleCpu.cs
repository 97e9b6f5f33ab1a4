using System.Diagnostics;
using BackupOrchestrator.Host.Durable;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Host.Bench;

/// <summary>CPU this process uses while a started worker has nothing to do (its queue polls, lease renewals).</summary>
internal static class IdleCpu
{
    public static async Task<double> InProcessAsync(DurableEngineOptions options, ILoggerFactory logging, bool engine, int seconds)
    {
        await using IRunner runner = engine ? await EngineRunner.StartAsync(options, logging) : await BareRunner.StartAsync(options, logging);

        // Let start-up work (lease acquisition, JIT) settle before measuring.
        await Task.Delay(TimeSpan.FromSeconds(5));
        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        self.Refresh();
        return 100 * (self.TotalProcessorTime - cpu).TotalSeconds / watch.Elapsed.TotalSeconds;
    }
}
