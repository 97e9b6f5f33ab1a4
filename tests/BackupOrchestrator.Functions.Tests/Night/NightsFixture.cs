using System.Collections.Concurrent;
using BackupOrchestrator.Functions.Configuration;
using BackupOrchestrator.Functions.Night;
using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Functions.Tests.Night;

/// <summary>A whole night's outcome: each service's final status, and the harness it ran on (its files, its hub).</summary>
internal sealed record NightRun(NightHarness Harness, Dictionary<string, BackupStatus> Services);

/// <summary>
/// One Azurite for the night's tests, and each scenario night run once however many tests look at it
/// (a night takes seconds of a busy 2-core box). Disposes the engines, then Azurite.
/// </summary>
public sealed class NightsFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Lazy<Task<NightRun>>> _nights = new(StringComparer.Ordinal);
    private readonly List<NightHarness> _harnesses = [];
    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _shared = new(StringComparer.Ordinal);

    public AzuriteFixture Azurite { get; } = new();

    internal Task<NightRun> NightAsync(string name, string catalogYaml, Action<NightOptions>? configure = null) =>
        _nights.GetOrAdd(name, _ => new Lazy<Task<NightRun>>(async () =>
        {
            var harness = await StartAsync(catalogYaml, configure);
            return new NightRun(harness, await harness.RunNightAsync());
        })).Value;

    /// <summary>Anything built once for the whole collection (a harness with a night started a test's own way).</summary>
    internal async Task<T> OnceAsync<T>(string name, Func<Task<T>> build) where T : class =>
        (T)await _shared.GetOrAdd(name, _ => new Lazy<Task<object>>(async () => await build())).Value;

    internal async Task<NightHarness> StartAsync(string catalogYaml, Action<NightOptions>? configure = null)
    {
        var harness = await NightHarness.StartAsync(Azurite, catalogYaml, configure);
        lock (_harnesses)
        {
            _harnesses.Add(harness);
        }

        return harness;
    }

    public Task InitializeAsync() => Azurite.InitializeAsync();

    public async Task DisposeAsync()
    {
        foreach (var harness in _harnesses)
        {
            await harness.DisposeAsync();
        }

        await Azurite.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class NightsCollection : ICollectionFixture<NightsFixture>
{
    public const string Name = "Nights";
}
