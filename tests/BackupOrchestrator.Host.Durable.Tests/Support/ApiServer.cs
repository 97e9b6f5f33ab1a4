using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using BackupOrchestrator.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Host.Durable.Tests.Support;

/// <summary>
/// A minimal web app on Kestrel (127.0.0.1, a free port) that maps only the engine's management API, with a real
/// engine on its own Azurite. The key check accepts <see cref="SystemKey"/> as <c>code</c> or <c>x-functions-key</c>.
/// </summary>
public sealed class ApiServer : IAsyncLifetime
{
    public const string SystemKey = "test-system-key";

    private readonly AzuriteFixture _azurite = new();
    private WebApplication? _app;

    public DurableEngine Engine { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public string Hub { get; } = TestEngine.NewHubName("api");

    public AzuriteFixture Azurite => _azurite;

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        Engine = TestEngine.Create(_azurite, Hub, e =>
        {
            e.AddOrchestrator(nameof(FanOut), new FanOut());
            e.AddOrchestrator(nameof(ExternalEvent), new ExternalEvent());
            e.AddOrchestrator(nameof(Failing), new Failing());
            e.AddActivity(nameof(Twice), new Twice());
        });
        await Engine.StartAsync(TestEngine.Timeout());

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        Engine.MapManagementApi(
            _app,
            http => http.Request.Query["code"] == SystemKey || http.Request.Headers["x-functions-key"] == SystemKey,
            () => SystemKey);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient { BaseAddress = new Uri(address.TrimEnd('/') + "/runtime/webhooks/durabletask/") };
        Http.DefaultRequestHeaders.Add("x-functions-key", SystemKey);
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await Engine.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<JsonNode?> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    /// <summary>POST orchestrators/{name}[/{id}] and the instance id from the 202.</summary>
    public async Task<string> StartAsync(string name, string? id, string? inputJson)
    {
        using var response = await Http.PostAsync($"orchestrators/{name}" + (id is null ? string.Empty : "/" + Uri.EscapeDataString(id)), inputJson is null ? null : Json(inputJson));
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        return (string)(await ReadJsonAsync(response))!["id"]!;
    }

    public static MediaTypeHeaderValue JsonMediaType => new("application/json");
}
