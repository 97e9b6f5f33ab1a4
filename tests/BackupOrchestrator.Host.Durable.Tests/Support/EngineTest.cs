using BackupOrchestrator.Testing;
using Microsoft.DurableTask.Client;

namespace BackupOrchestrator.Host.Durable.Tests.Support;

/// <summary>A started engine on its own hub with the support orchestrations, for each test of a class.</summary>
public abstract class EngineTest(AzuriteFixture azurite, string hubPrefix) : IAsyncLifetime
{
    protected AzuriteFixture Azurite { get; } = azurite;

    protected string Hub { get; } = TestEngine.NewHubName(hubPrefix);

    protected DurableEngine Engine { get; private set; } = null!;

    protected DurableTaskClient Client => Engine.Client;

    public async Task InitializeAsync()
    {
        Engine = TestEngine.Create(Azurite, Hub, e =>
        {
            e.AddOrchestrator(nameof(FanOut), new FanOut());
            e.AddOrchestrator(nameof(ExternalEvent), new ExternalEvent());
            e.AddOrchestrator(nameof(Failing), new Failing());
            e.AddOrchestrator(nameof(Chain), new Chain());
            e.AddActivity(nameof(Twice), new Twice());
            e.AddActivity(nameof(Increment), new Increment());
        });
        await Engine.StartAsync(TestEngine.Timeout());
    }

    public async Task DisposeAsync() => await Engine.DisposeAsync();

    protected Task<OrchestrationMetadata> CompleteAsync(string id) =>
        Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, TestEngine.Timeout());

    /// <summary>Starts an instance that waits for an event (Running until one is raised).</summary>
    protected async Task<string> StartWaitingAsync(string id)
    {
        await Client.ScheduleNewOrchestrationInstanceAsync(nameof(ExternalEvent), false, new Microsoft.DurableTask.StartOrchestrationOptions(id));
        await ScenarioTests.WaitForCustomStatusAsync(Engine, id, "waiting");
        return id;
    }
}
