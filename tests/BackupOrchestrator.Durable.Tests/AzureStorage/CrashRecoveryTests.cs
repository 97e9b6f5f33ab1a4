using System.Diagnostics;
using BackupOrchestrator.Durable.AzureStorage;
using BackupOrchestrator.Durable.Backend;
using BackupOrchestrator.Durable.Bench;
using BackupOrchestrator.Durable.Client;
using BackupOrchestrator.Testing;
using Xunit.Abstractions;

namespace BackupOrchestrator.Durable.Tests.AzureStorage;

/// <summary>
/// Worker processes killed with SIGKILL at chosen steps of the commit (after the history write,
/// after the instance row, after sending messages, after an activity ran, ...) and at random
/// times, then restarted: every instance must still finish with the right output.
/// </summary>
[Collection("Azurite")]
public sealed class CrashRecoveryTests(AzuriteFixture azurite, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Instances = 12;
    private readonly string _hubName = "c" + Guid.NewGuid().ToString("N")[..12];
    private readonly List<Process> _processes = [];
    private AzureStorageOrchestrationService _hub = null!;

    public async Task InitializeAsync()
    {
        _hub = new AzureStorageOrchestrationService(azurite.Account, new AzureStorageOrchestrationServiceSettings { TaskHubName = _hubName, PartitionCount = 2 });
        await _hub.CreateIfNotExistsAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        foreach (var p in _processes)
        {
            if (!p.HasExited)
            {
                p.Kill();
            }

            p.Dispose();
        }

        await _hub.DeleteAsync();
    }

    [Fact]
    public async Task WorkerKilledAtManyPoints_RestartedWorkerFinishesEveryInstanceCorrectly()
    {
        var client = new DurableTaskClient(_hub);
        for (int n = 0; n < Instances; n++)
        {
            await client.ScheduleNewOrchestrationInstanceAsync("FaultFlow", n, new StartOrchestrationOptions { InstanceId = $"crash-{n}" });
        }

        // Event ids from Logs.cs: 2003 history written, 2004 instance row written, 2005 messages sent,
        // 2006 consumed messages deleted, 1021 activity completed (result not yet sent), 1011 episode committed,
        // 1026 answer handed to its episode in memory (its work-item message not yet deleted).
        // "1021:3" and "1026:3" fall in the middle of a batch: the 5 fanned-out activities share one work-item message.
        string[] crashes = ["2003:2", "1021:3", "2004:3", "2005:4", "1026:3", "1021:6", "2006:5", "2003:9", "random", "1026:9", "2005:12", "1011:15"];
        int injected = 0;
        foreach (string crash in crashes)
        {
            var worker = StartWorker("w1", crash == "random" ? null : crash);
            if (crash == "random")
            {
                await Task.Delay(Random.Shared.Next(800, 2500));
                worker.Kill();
            }

            bool exited = await WaitForExitAsync(worker, TimeSpan.FromSeconds(25));
            if (!exited)
            {
                worker.Kill();
            }
            else if (crash != "random")
            {
                injected++;
            }

            output.WriteLine($"crash {crash}: {(exited ? "killed itself" : "point not reached, killed")}");
        }

        // Two healthy workers finish the rest.
        StartWorker("w1", null);
        StartWorker("w2", null);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        for (int n = 0; n < Instances; n++)
        {
            OrchestrationMetadata done;
            try
            {
                done = await client.WaitForInstanceCompletionAsync($"crash-{n}", cancellationToken: cts.Token);
            }
            catch (OperationCanceledException)
            {
                await DumpAsync(client);
                throw;
            }

            Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
            Assert.Equal(FaultWorkload.Expected(n), done.ReadOutputAs<int>());
        }

        Assert.True(injected >= 6, $"only {injected} injected crashes happened");
    }

    private async Task DumpAsync(DurableTaskClient client)
    {
        for (int n = 0; n < Instances; n++)
        {
            var i = await client.GetInstanceAsync($"crash-{n}", true, true);
            Log($"crash-{n}: {i?.RuntimeStatus} {i?.SerializedOutput} :: {string.Join(", ", i?.History?.Select(e => $"{e.EventType}#{e.EventId}") ?? [])}");
        }

        foreach (string q in _hub.Names.ControlQueues.Append(_hub.Names.WorkItemQueue))
        {
            foreach (var m in await azurite.Account.GetQueueClient(q).PeekMessagesAsync(32))
            {
                Log($"{q}: {m.DequeueCount} {m.MessageText[..Math.Min(300, m.MessageText.Length)]}");
            }
        }
    }

    private Process StartWorker(string workerId, string? crashOn)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "BackupOrchestrator.Durable.Bench.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { dll, "worker", "--connection", azurite.ConnectionString, "--hub", _hubName, "--worker-id", workerId })
        {
            info.ArgumentList.Add(arg);
        }

        if (crashOn is not null)
        {
            info.ArgumentList.Add("--crash-on");
            info.ArgumentList.Add(crashOn);
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { Log($"[{workerId}] {e.Data}"); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Log($"[{workerId} err] {e.Data}"); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _processes.Add(process);
        return process;
    }

    private void Log(string line)
    {
        try
        {
            output.WriteLine(line);
        }
        catch (InvalidOperationException)
        {
            // The test has finished; late output is dropped.
        }
    }

    private static async Task<bool> WaitForExitAsync(Process process, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
