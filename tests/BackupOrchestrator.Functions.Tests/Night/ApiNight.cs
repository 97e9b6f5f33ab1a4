using BackupOrchestrator.Functions.Http;
using BackupOrchestrator.Functions.Night;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging.Abstractions;
using static BackupOrchestrator.Functions.Tests.Night.HttpCalls;

namespace BackupOrchestrator.Functions.Tests.Night;

/// <summary>
/// The API tests' night on the real engine: a harness over <see cref="NightCatalogs.Api"/> whose night was started
/// by <c>POST windows/first/run</c> (its answer and the window's end kept for the test that checks them).
/// </summary>
internal sealed record ApiNight(NightHarness Harness, NightActionsHttp Http, WindowRunView Started, OrchestrationMetadata Window, DateTimeOffset Before, DateTimeOffset After)
{
    public static Task<NightHarness> HarnessAsync(NightsFixture nights) =>
        nights.OnceAsync("api-harness", () => nights.StartAsync(NightCatalogs.Api));

    public static NightActionsHttp HttpOf(NightHarness harness, bool readOnly = false) =>
        new(harness.Starter, new ManualRuns(harness.Starter, Microsoft.Extensions.Options.Options.Create(harness.Box.Options), TimeProvider.System, NullLogger<ManualRuns>.Instance), Guard(readOnly));

    public static Task<ApiNight> StartAsync(NightsFixture nights) => nights.OnceAsync("api-night", async () =>
    {
        var harness = await HarnessAsync(nights);
        var http = HttpOf(harness);
        var before = DateTimeOffset.UtcNow;
        var started = Accepted<WindowRunView>(await http.RunWindow(Request("POST"), harness.Client, "first"));
        var after = DateTimeOffset.UtcNow;
        var window = await harness.Client.WaitForInstanceCompletionAsync(started.InstanceId, getInputsAndOutputs: true, NightHarness.Timeout(120));
        return new ApiNight(harness, http, started, window, before, after);
    });
}
