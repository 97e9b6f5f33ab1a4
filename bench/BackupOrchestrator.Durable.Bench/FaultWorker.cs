using System.Globalization;
using BackupOrchestrator.Durable.AzureStorage;
using BackupOrchestrator.Durable.Worker;
using BackupOrchestrator.Storage;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Durable.Bench;

/// <summary>A worker process for crash tests: runs <see cref="FaultWorkload"/> on a hub until killed.</summary>
internal static class FaultWorker
{
    public static async Task<int> RunAsync(CommandLine options)
    {
        using var loggerFactory = new LoggerFactory();
        loggerFactory.AddProvider(new ConsoleLog(Enum.Parse<LogLevel>(options.Get("log-level") ?? "Information")));
        if (options.Get("crash-on") is { } crash)
        {
            var parts = crash.Split(':');
            loggerFactory.AddProvider(new CrashInjector(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture)));
        }

        using var account = StorageAccount.Create(options.Require("connection"));
        var hub = new AzureStorageOrchestrationService(account, new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = options.Require("hub"),
            WorkerId = options.Require("worker-id"),
            PartitionCount = 2,
            ControlQueueVisibilityTimeout = TimeSpan.FromSeconds(8),
            WorkItemQueueVisibilityTimeout = TimeSpan.FromSeconds(8),
        }, loggerFactory: loggerFactory);
        await using var worker = new DurableTaskWorker(hub, new DurableTaskWorkerOptions
        {
            ActivityRenewInterval = TimeSpan.FromSeconds(2),
            MaxDequeueCount = 50,
            LockWait = TimeSpan.FromMilliseconds(500),
        }, loggerFactory: loggerFactory);
        FaultWorkload.Register(worker.Registry);
        await worker.StartAsync();
        Console.Out.WriteLine("worker: started");
        Console.Out.Flush();
        await Task.Delay(Timeout.Infinite);
        return 0;
    }
}
