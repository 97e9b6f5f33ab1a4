using BackupOrchestrator.Host.Durable.Tests.Support;
using BackupOrchestrator.Testing;
using DurableTask.Core;
using System.Text.Json.Nodes;
using DurableTask.Core.History;
using Microsoft.DurableTask.Client;

namespace BackupOrchestrator.Host.Durable.Tests;

/// <summary>Orchestrations written against the SDK, run by the engine on DTFx over a real Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ScenarioTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task FanOut_CompletesAndTheOfficialClientReadsStateAndHistory()
    {
        var hub = TestEngine.NewHubName("fan");
        await using var engine = TestEngine.Create(azurite, hub, e =>
        {
            e.AddOrchestrator(nameof(FanOut), new FanOut());
            e.AddActivity(nameof(Twice), new Twice());
        });
        await engine.StartAsync(TestEngine.Timeout());

        var id = await engine.Client.ScheduleNewOrchestrationInstanceAsync(nameof(FanOut), 20, new Microsoft.DurableTask.StartOrchestrationOptions("fan-1"));
        var done = await engine.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, TestEngine.Timeout());

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(Enumerable.Range(1, 20).Sum() * 2, done.ReadOutputAs<int>());

        using var official = OfficialClient.Create(azurite, hub);
        var state = Assert.Single(await official.GetOrchestrationStateAsync(id, allExecutions: false, fetchInput: true));
        Assert.Equal(OrchestrationStatus.Completed, state.OrchestrationStatus);
        Assert.Equal(nameof(FanOut), state.Name);
        Assert.Equal("20", state.Input);
        Assert.Equal("420", state.Output);

        var history = await ReadHistoryAsync(official, id, state.OrchestrationInstance.ExecutionId);
        Assert.Equal(20, history.Count(e => Type(e) == "TaskScheduled" && (string?)e["Name"] == nameof(Twice)));
        var results = history.Where(e => Type(e) == "TaskCompleted").Select(e => int.Parse((string)e["Result"]!, System.Globalization.CultureInfo.InvariantCulture)).Order();
        Assert.Equal(Enumerable.Range(1, 20).Select(i => i * 2), results);
        Assert.Single(history, e => Type(e) == "ExecutionCompleted");
    }

    /// <summary>
    /// The history as DTFx's client API returns it (a JSON array of its history events, as Durable Functions reads it):
    /// a row its tracking store cannot parse would throw here.
    /// </summary>
    internal static async Task<List<JsonObject>> ReadHistoryAsync(DurableTask.AzureStorage.AzureStorageOrchestrationService official, string id, string executionId)
    {
        var json = await official.GetOrchestrationHistoryAsync(id, executionId);
        return JsonNode.Parse(json)!.AsArray().Select(n => n!.AsObject()).ToList();
    }

    /// <summary>EventType as its name (DTFx writes the enum as a number).</summary>
    internal static string Type(JsonObject e) => e["EventType"] is JsonValue v && v.TryGetValue(out int n) ? ((EventType)n).ToString() : (string)e["EventType"]!;
}
