using System.Diagnostics;
using BackupOrchestrator.Host.Durable;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Host.Bench;

/// <summary>
/// From RaiseEventAsync to the orchestrator's code running with the event, on a hub left idle first (2.5-3.5 s, so
/// the control queue's poll has backed off to maxQueuePollingInterval, as it has when a dependency's event arrives
/// in the night): what the polling interval costs a waiting orchestration.
/// Two raisers: the engine's own client (the management API, [DurableClient], orchestrations: the provider wakes its
/// own control queue's poll when it sends to it) and a separate DTFx client, as another process raising the event.
/// </summary>
internal static class EventLatency
{
    public static async Task<List<double>> MeasureAsync(DurableEngineOptions options, ILoggerFactory logging, int samples, bool external)
    {
        await using var runner = await EngineRunner.StartAsync(options, logging);
        var client = runner.Engine.Client;
        using var other = new DurableTask.AzureStorage.AzureStorageOrchestrationService(DurableEngine.CreateSettings(options, logging));
        var otherClient = new DurableTask.Core.TaskHubClient(other);
        var offset = external ? 100_000 : 0;
        var random = new Random(42);
        var result = new List<double>(samples);
        for (var i = offset; i < offset + samples; i++)
        {
            var id = await client.ScheduleNewOrchestrationInstanceAsync(nameof(SdkPinged), i);
            while ((await client.GetInstanceAsync(id))?.SerializedCustomStatus != "\"waiting\"")
            {
                await Task.Delay(50);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(2500 + random.Next(1000)));
            var raised = Stopwatch.GetTimestamp();
            if (external)
            {
                await otherClient.RaiseEventAsync(new DurableTask.Core.OrchestrationInstance { InstanceId = id }, SdkPinged.EventName, i);
            }
            else
            {
                await client.RaiseEventAsync(id, SdkPinged.EventName, i);
            }
            long acted;
            while (!SdkPinged.Acted.TryGetValue(i, out acted))
            {
                await Task.Delay(5);
            }

            result.Add(Stopwatch.GetElapsedTime(raised, acted).TotalMilliseconds);
        }

        Console.WriteLine($"event latency samples, {(external ? "separate client" : "engine's client")} (ms): {string.Join(' ', result.Select(x => x.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))}");
        return result;
    }
}
