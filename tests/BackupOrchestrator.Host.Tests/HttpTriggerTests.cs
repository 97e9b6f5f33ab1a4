using System.Net;
using System.Text.Json.Nodes;
using BackupOrchestrator.Host.Http;
using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Host.Tests;

/// <summary>HTTP functions of the sample app through the real host: routes, methods, route values, keys.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class HttpTriggerTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly string[] HttpOnly = ["--functions", "Hello", "Echo", "AdminOnly", "Items", "Fail"];
    private readonly HttpClient _http = new();
    private HostEnvironment _environment = null!;
    private HostProcess _host = null!;

    public async Task InitializeAsync()
    {
        _environment = new HostEnvironment(azurite.ConnectionString);
        _host = await HostProcess.StartAsync(TestPaths.SampleApp, _environment.Variables(), HttpOnly);
        _http.BaseAddress = _host.BaseUri;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Anonymous_RouteParameter_IsBoundByNameAndResultIsJson()
    {
        using var response = await _http.GetAsync("api/hello/world");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Hello, world", body["greeting"]!.GetValue<string>());
        Assert.Equal("Hello", body["function"]!.GetValue<string>());
    }

    [Fact]
    public async Task EachInvocation_GetsItsOwnScopeAndInvocationId()
    {
        var first = JsonNode.Parse(await _http.GetStringAsync("api/hello/a"))!;
        var second = JsonNode.Parse(await _http.GetStringAsync("api/hello/b"))!;
        Assert.NotEqual(first["scope"]!.GetValue<string>(), second["scope"]!.GetValue<string>());
        Assert.NotEqual(first["invocationId"]!.GetValue<string>(), second["invocationId"]!.GetValue<string>());
    }

    [Fact]
    public async Task RouteConstraintAndMethods_AreHonoured()
    {
        var item = JsonNode.Parse(await _http.GetStringAsync("api/items/42"))!;
        Assert.Equal(42, item["id"]!.GetValue<int>());
        Assert.Equal("item 42", item["name"]!.GetValue<string>());

        using var delete = await _http.DeleteAsync("api/items/42");
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);

        using var notAnInt = await _http.GetAsync("api/items/abc");
        Assert.Equal(HttpStatusCode.NotFound, notAnInt.StatusCode);

        using var wrongMethod = await _http.PutAsync("api/items/42", new StringContent("x"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrongMethod.StatusCode);

        using var noPrefix = await _http.GetAsync("hello/world");
        Assert.Equal(HttpStatusCode.NotFound, noPrefix.StatusCode);
    }

    [Fact]
    public async Task FunctionLevel_RefusesNoKeyAndWrongKey_TakesFunctionHostAndMasterKeys()
    {
        var secrets = await ReadKeysAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, await PostEchoAsync(null, header: true));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostEchoAsync("wrong", header: true));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostEchoAsync("wrong", header: false));
        Assert.Equal(HttpStatusCode.OK, await PostEchoAsync(secrets.FunctionKey, header: true));
        Assert.Equal(HttpStatusCode.OK, await PostEchoAsync(secrets.FunctionKey, header: false));
        Assert.Equal(HttpStatusCode.OK, await PostEchoAsync(secrets.HostFunctionKey, header: true));
        Assert.Equal(HttpStatusCode.OK, await PostEchoAsync(secrets.MasterKey, header: false));

        using var request = new HttpRequestMessage(HttpMethod.Post, "api/echo") { Content = new StringContent("ping") };
        request.Headers.Add(HttpFunctionEndpoints.KeyHeader, secrets.FunctionKey);
        using var response = await _http.SendAsync(request);
        Assert.Equal("ping", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AdminLevel_TakesOnlyTheMasterKey()
    {
        var secrets = await ReadKeysAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await _http.GetAsync("api/admin-only")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _http.GetAsync("api/admin-only?code=wrong")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _http.GetAsync($"api/admin-only?code={secrets.HostFunctionKey}")).StatusCode);
        using var ok = await _http.GetAsync($"api/admin-only?code={secrets.MasterKey}");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("admin", await ok.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Keys_AreKeptAsTheFunctionsHostKeepsThem_AndSurviveARestart()
    {
        var before = await ReadKeysAsync();
        Assert.Contains("durabletask_extension", before.SystemKeyNames);
        await _host.DisposeAsync();
        _host = await HostProcess.StartAsync(TestPaths.SampleApp, _environment.Variables(), HttpOnly);
        _http.Dispose();
        using var http = new HttpClient { BaseAddress = _host.BaseUri };
        var after = await ReadKeysAsync();
        Assert.Equal(before.MasterKey, after.MasterKey);
        Assert.Equal(before.FunctionKey, after.FunctionKey);
        using var response = await http.PostAsync($"api/echo?code={after.FunctionKey}", new StringContent("again"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task FailingFunction_Returns500WithoutTheException()
    {
        using var response = await _http.GetAsync("api/fail");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("secret detail", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }

    private async Task<HttpStatusCode> PostEchoAsync(string? key, bool header)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, header || key is null ? "api/echo" : $"api/echo?code={Uri.EscapeDataString(key)}") { Content = new StringContent("x") };
        if (header && key is not null)
        {
            request.Headers.Add(HttpFunctionEndpoints.KeyHeader, key);
        }

        using var response = await _http.SendAsync(request);
        return response.StatusCode;
    }

    private async Task<(string MasterKey, string HostFunctionKey, string FunctionKey, string[] SystemKeyNames)> ReadKeysAsync()
    {
        var container = _environment.Blobs().GetBlobContainerClient(FunctionKeys.Container);
        var host = JsonNode.Parse((await container.GetBlobClient($"{_environment.HostId}/host.json").DownloadContentAsync()).Value.Content.ToString())!;
        var echo = JsonNode.Parse((await container.GetBlobClient($"{_environment.HostId}/echo.json").DownloadContentAsync()).Value.Content.ToString())!;
        return (
            host["masterKey"]!["value"]!.GetValue<string>(),
            host["functionKeys"]![0]!["value"]!.GetValue<string>(),
            echo["keys"]![0]!["value"]!.GetValue<string>(),
            [.. host["systemKeys"]!.AsArray().Select(k => k!["name"]!.GetValue<string>())]);
    }
}
