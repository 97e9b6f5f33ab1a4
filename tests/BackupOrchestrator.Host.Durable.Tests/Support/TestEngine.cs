using BackupOrchestrator.Testing;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Host.Durable.Tests.Support;

/// <summary>Engines on the fixture's Azurite with quick polling and a unique hub per test.</summary>
internal static class TestEngine
{
    public static string NewHubName(string prefix) => prefix + Guid.NewGuid().ToString("N")[..10];

    public static DurableEngineOptions Options(AzuriteFixture azurite, string hubName) => new()
    {
        StorageConnectionString = azurite.ConnectionString,
        HubName = hubName,
        PartitionCount = 2,
        MaxQueuePollingInterval = TimeSpan.FromMilliseconds(500),
        MaxConcurrentActivityFunctions = 8,
        MaxConcurrentOrchestratorFunctions = 8,
    };

    /// <summary>Warnings and errors to the console; DURABLE_TEST_LOG=Information (or Debug) shows DTFx's own logs too.</summary>
    public static ILoggerFactory Logging { get; } = LoggerFactory.Create(b =>
    {
        var level = Enum.TryParse<LogLevel>(Environment.GetEnvironmentVariable("DURABLE_TEST_LOG"), out var l) ? l : LogLevel.Warning;
        b.SetMinimumLevel(level).AddSimpleConsole(o => o.TimestampFormat = "HH:mm:ss.fff ");
        if (level >= LogLevel.Warning)
        {
            b.AddFilter("DurableTask", LogLevel.Error);
        }
    });

    public static DurableEngine Create(AzuriteFixture azurite, string hubName, Action<DurableEngine> register)
    {
        var engine = new DurableEngine(Options(azurite, hubName), Logging);
        register(engine);
        return engine;
    }

    /// <summary>Test timeout for orchestrations that should finish in a few seconds on a busy 2-core box.</summary>
    public static CancellationToken Timeout(int seconds = 60) => new CancellationTokenSource(TimeSpan.FromSeconds(seconds)).Token;
}
