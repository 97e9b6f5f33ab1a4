using System.Net;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using BackupOrchestrator.Host.Http;
using BackupOrchestrator.Testing;
using DurableTask.AzureStorage;
using DurableTask.Core;

namespace BackupOrchestrator.Host.Tests;

/// <summary>
/// The sample app's FanOut orchestration (one Square activity per number) through the real host on DTFx, started
/// over HTTP with the [DurableClient]; its end read by an independent DTFx Azure Storage client.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DurableTriggerTests(AzuriteFixture azurite)
{
    private static readonly string[] DurableOnly = ["--functions", "StartFanOut", "FanOut", "Square"];

    [Fact]
    public async Task FanOut_StartedOverHttp_CompletesAndTheOfficialClientReadsIt()
    {
        var environment = new HostEnvironment(azurite.ConnectionString);
        await using var host = await HostProcess.StartAsync(TestPaths.SampleApp, environment.Variables(), DurableOnly);
        var keys = await KeysAsync(environment);

        using var http = new HttpClient { BaseAddress = host.BaseUri };
        using var started = await http.PostAsync($"api/fanout/10?code={keys.Function}&id=fan-http", null);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.Equal("fan-http", JsonNode.Parse(await started.Content.ReadAsStringAsync())!["id"]!.GetValue<string>());

        var state = await WaitForCompletionAsync(azurite.ConnectionString, environment.HubName, "fan-http", TimeSpan.FromSeconds(60));
        AssertSquares(state, 10);

        using var unauthorized = await http.GetAsync("runtime/webhooks/durabletask/instances/fan-http");
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        using var status = await http.GetAsync($"runtime/webhooks/durabletask/instances/fan-http?code={keys.System}");
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.Equal("Completed", JsonNode.Parse(await status.Content.ReadAsStringAsync())!["runtimeStatus"]!.GetValue<string>());
    }

    [Fact]
    public async Task SigKill_MidFanOut_NextHostCompletesWithEveryActivityResult()
    {
        var environment = new HostEnvironment(azurite.ConnectionString);
        var variables = environment.Variables();
        variables["Sample__ActivityDelayMs"] = "1000";
        await using (var first = await HostProcess.StartAsync(TestPaths.SampleApp, variables, DurableOnly))
        {
            var keys = await KeysAsync(environment);
            using var http = new HttpClient { BaseAddress = first.BaseUri };
            (await http.PostAsync($"api/fanout/12?code={keys.Function}&id=fan-kill", null)).EnsureSuccessStatusCode();
            await HostEnvironment.WaitUntilAsync(() => HostEnvironment.Records(environment.RecordFile, "Square").Count >= 4, TimeSpan.FromSeconds(60), "four squares done");
            await first.KillAsync();
        }

        var doneBeforeKill = HostEnvironment.Records(environment.RecordFile, "Square").Count;
        Assert.InRange(doneBeforeKill, 4, 11);
        await using var second = await HostProcess.StartAsync(TestPaths.SampleApp, variables, DurableOnly);
        var state = await WaitForCompletionAsync(azurite.ConnectionString, environment.HubName, "fan-kill", TimeSpan.FromSeconds(120));
        AssertSquares(state, 12);
    }

    [Fact]
    public async Task SigTerm_MidFanOut_ExitsZeroAndNextHostCompletes()
    {
        var environment = new HostEnvironment(azurite.ConnectionString);
        var variables = environment.Variables();
        variables["Sample__ActivityDelayMs"] = "1500";
        await using (var first = await HostProcess.StartAsync(TestPaths.SampleApp, variables, DurableOnly))
        {
            var keys = await KeysAsync(environment);
            using var http = new HttpClient { BaseAddress = first.BaseUri };
            (await http.PostAsync($"api/fanout/8?code={keys.Function}&id=fan-term", null)).EnsureSuccessStatusCode();
            await HostEnvironment.WaitUntilAsync(() => HostEnvironment.Records(environment.RecordFile, "Square").Count >= 1, TimeSpan.FromSeconds(60), "a first square");
            Assert.Equal(0, await first.TerminateAsync(TimeSpan.FromSeconds(40)));
            Assert.Contains("Stopped.", first.Output, StringComparison.Ordinal);
        }

        await using var second = await HostProcess.StartAsync(TestPaths.SampleApp, variables, DurableOnly);
        var state = await WaitForCompletionAsync(azurite.ConnectionString, environment.HubName, "fan-term", TimeSpan.FromSeconds(120));
        AssertSquares(state, 8);
    }

    [Fact]
    public async Task AzuriteRestart_MidFanOut_OrchestrationCompletesWithEveryActivityResult()
    {
        await using var storage = new OwnAzurite();
        await storage.StartAsync();
        var environment = new HostEnvironment(storage.ConnectionString);
        var variables = environment.Variables();
        variables["Sample__ActivityDelayMs"] = "1000";
        await using var host = await HostProcess.StartAsync(TestPaths.SampleApp, variables, DurableOnly);
        var keys = await KeysAsync(environment);
        using var http = new HttpClient { BaseAddress = host.BaseUri };
        (await http.PostAsync($"api/fanout/12?code={keys.Function}&id=fan-azurite", null)).EnsureSuccessStatusCode();
        await HostEnvironment.WaitUntilAsync(() => HostEnvironment.Records(environment.RecordFile, "Square").Count >= 3, TimeSpan.FromSeconds(60), "three squares done");

        await storage.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));
        await storage.StartAsync();

        var state = await WaitForCompletionAsync(storage.ConnectionString, environment.HubName, "fan-azurite", TimeSpan.FromSeconds(150));
        AssertSquares(state, 12);
        Assert.False(host.HasExited, host.Output);
    }

    private static void AssertSquares(OrchestrationState state, int count)
    {
        Assert.True(state.OrchestrationStatus == OrchestrationStatus.Completed, $"{state.OrchestrationStatus}: {state.Output}");
        var output = JsonNode.Parse(state.Output)!;
        var squares = output["squares"]?.AsArray() ?? output["Squares"]!.AsArray();
        Assert.Equal(Enumerable.Range(1, count).Select(n => n * n), squares.Select(s => s!.GetValue<int>()));
        Assert.Equal(Enumerable.Range(1, count).Sum(n => (long)n * n), (output["sum"] ?? output["Sum"])!.GetValue<long>());
    }

    private static async Task<OrchestrationState> WaitForCompletionAsync(string connectionString, string hubName, string instanceId, TimeSpan timeout)
    {
        var service = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = hubName,
            StorageAccountClientProvider = new StorageAccountClientProvider(
                StorageServiceClientProvider.ForBlob(connectionString, new BlobClientOptions(BlobClientOptions.ServiceVersion.V2026_06_06)),
                StorageServiceClientProvider.ForQueue(connectionString, new QueueClientOptions(QueueClientOptions.ServiceVersion.V2025_11_05)),
                StorageServiceClientProvider.ForTable(connectionString, new TableClientOptions(TableClientOptions.ServiceVersion.V2020_12_06))),
        });
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            OrchestrationState? state = null;
            try
            {
                state = (await service.GetOrchestrationStateAsync(instanceId, allExecutions: false)).FirstOrDefault();
            }
            catch (Exception ex) when (ex is Azure.RequestFailedException or HttpRequestException || ex.GetBaseException() is Azure.RequestFailedException or HttpRequestException or System.Net.Sockets.SocketException)
            {
                // Storage coming back; try again.
            }

            if (state?.OrchestrationStatus is OrchestrationStatus.Completed or OrchestrationStatus.Failed or OrchestrationStatus.Terminated)
            {
                return state;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{instanceId} is {state?.OrchestrationStatus.ToString() ?? "not found"} after {timeout}.");
            }

            await Task.Delay(250);
        }
    }

    private static async Task<(string Function, string System)> KeysAsync(HostEnvironment environment)
    {
        var container = environment.Blobs().GetBlobContainerClient(FunctionKeys.Container);
        var host = JsonNode.Parse((await container.GetBlobClient($"{environment.HostId}/host.json").DownloadContentAsync()).Value.Content.ToString())!;
        var system = host["systemKeys"]!.AsArray().First(k => k!["name"]!.GetValue<string>() == FunctionKeys.DurableSystemKey)!["value"]!.GetValue<string>();
        return (host["functionKeys"]![0]!["value"]!.GetValue<string>(), system);
    }
}
