using BackupOrchestrator.Durable.AzureStorage;
using BackupOrchestrator.Durable.Backend;
using BackupOrchestrator.Durable.Client;
using BackupOrchestrator.Storage.Tables;
using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Durable.Tests.AzureStorage;

/// <summary>Two clients (two hub objects, as two processes would have) start one instance id at the same moment.</summary>
[Collection("Azurite")]
public sealed class StartRaceTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int Rounds = 15;
    private readonly string _hubName = "r" + Guid.NewGuid().ToString("N")[..12];
    private AzureStorageOrchestrationService _first = null!;
    private AzureStorageOrchestrationService _second = null!;

    public async Task InitializeAsync()
    {
        var settings = new AzureStorageOrchestrationServiceSettings { TaskHubName = _hubName, PartitionCount = 1 };
        _first = new AzureStorageOrchestrationService(azurite.Account, settings);
        _second = new AzureStorageOrchestrationService(azurite.Account, settings);
        await _first.CreateIfNotExistsAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DeleteAsync();
    }

    [Theory]
    [InlineData(InstanceIdReuse.RefuseIfRunning)]
    [InlineData(InstanceIdReuse.ReturnExistingIfRunning)]
    public async Task TwoClientsStartOneIdAtOnce_ExactlyOneExecutionIsStarted(InstanceIdReuse ifExists)
    {
        for (int round = 0; round < Rounds; round++)
        {
            string id = $"race-{ifExists}-{round}";
            var outcomes = await RaceAsync(id, ifExists);

            var row = await new DurableTaskClient(_first).GetInstanceAsync(id);
            Assert.NotNull(row);
            Assert.Equal(OrchestrationRuntimeStatus.Pending, row.RuntimeStatus);
            if (ifExists == InstanceIdReuse.RefuseIfRunning)
            {
                Assert.Single(outcomes, o => o is null);
                Assert.Single(outcomes, o => o is OrchestrationAlreadyExistsException);
            }
            else
            {
                Assert.All(outcomes, o => Assert.Null(o));
            }
        }

        // One start message per id: a second one would start (or be dropped against) another execution.
        Assert.Equal(Rounds, await ControlQueueLengthAsync());
    }

    [Fact]
    public async Task TwoClientsRestartOneFinishedIdAtOnce_ExactlyOneRestarts()
    {
        var table = azurite.Account.GetTableClient(_first.Names.InstancesTable);
        for (int round = 0; round < Rounds; round++)
        {
            string id = $"restart-{round}";
            await new DurableTaskClient(_first).ScheduleNewOrchestrationInstanceAsync("Chain", "x", new StartOrchestrationOptions { InstanceId = id });
            await table.UpsertEntityAsync(new TableEntity(id, "") { ["RuntimeStatus"] = nameof(OrchestrationRuntimeStatus.Completed) }, TableUpdateMode.Merge);

            var outcomes = await RaceAsync(id, InstanceIdReuse.RefuseIfRunning);

            Assert.Single(outcomes, o => o is null);
            Assert.Single(outcomes, o => o is OrchestrationAlreadyExistsException);
        }

        Assert.Equal(2 * Rounds, await ControlQueueLengthAsync());
    }

    /// <summary>Both starts, released together; each outcome is null (started or returned) or the exception.</summary>
    private async Task<Exception?[]> RaceAsync(string id, InstanceIdReuse ifExists)
    {
        using var go = new ManualResetEventSlim();
        var starts = new[] { _first, _second }.Select(hub => Task.Run(async () =>
        {
            go.Wait();
            try
            {
                await new DurableTaskClient(hub).ScheduleNewOrchestrationInstanceAsync("Chain", "x", new StartOrchestrationOptions { InstanceId = id, IfExists = ifExists });
                return null;
            }
            catch (OrchestrationAlreadyExistsException ex)
            {
                return (Exception?)ex;
            }
        })).ToList();
        go.Set();
        return await Task.WhenAll(starts);
    }

    private Task<int> ControlQueueLengthAsync() => azurite.Account.GetQueueClient(_first.Names.ControlQueues[0]).GetApproximateMessageCountAsync();
}
