using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BackupOrchestrator.Host.Metadata;
using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Host.Tests;

/// <summary>The host started on real builds: what it discovers and prints, and what it refuses.</summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class StartupTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Start_SampleApp_ListsExactlyTheFunctionsOfFunctionsMetadata()
    {
        var metadata = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.SampleApp, FunctionMetadataReader.FileName)))!.AsArray();
        var expected = metadata.Select(f => f!["name"]!.GetValue<string>()).Order().ToArray();
        var environment = new HostEnvironment(azurite.ConnectionString);

        await using var host = await HostProcess.StartAsync(TestPaths.SampleApp, environment.Variables());

        var listed = BannerLine().Matches(host.Output).Select(m => m.Groups["name"].Value).Order().ToArray();
        Assert.Equal(expected, listed);
        Assert.Contains($"Hello: [GET] http://127.0.0.1:{host.Port}/api/hello/{{name}}", host.Output, StringComparison.Ordinal);
        Assert.Contains($"StartFanOut: [POST] http://127.0.0.1:{host.Port}/api/fanout/{{count:int}}", host.Output, StringComparison.Ordinal);
        Assert.Contains("Tick: timerTrigger (0 0 0 1 1 *;", host.Output, StringComparison.Ordinal);
        Assert.Contains("FanOut: orchestrationTrigger", host.Output, StringComparison.Ordinal);
        Assert.Contains("Square: activityTrigger", host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithFunctionsFlag_RunsOnlyThose()
    {
        var environment = new HostEnvironment(azurite.ConnectionString);
        await using var host = await HostProcess.StartAsync(TestPaths.SampleApp, environment.Variables(), "--functions", "Hello", "Items");

        var listed = BannerLine().Matches(host.Output).Select(m => m.Groups["name"].Value).Order().ToArray();
        Assert.Equal(["Hello", "Items"], listed);
        using var http = new HttpClient { BaseAddress = host.BaseUri };
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.GetAsync("api/admin-only")).StatusCode);
    }

    [Fact]
    public async Task Start_UnknownFunctionInFlag_IsRefusedWithTheChoices()
    {
        var (exit, output) = await HostProcess.RunToExitAsync(TestPaths.SampleApp, new HostEnvironment(azurite.ConnectionString).Variables(), "--functions", "Nope");
        Assert.NotEqual(0, exit);
        Assert.Contains("--functions: 'Nope': is not a function of the app", output, StringComparison.Ordinal);
        Assert.Contains("Hello", output, StringComparison.Ordinal);
        AssertNoStackTrace(output);
    }

    [Theory]
    [InlineData("host.json", "{ \"version\": \"2.0\", \"logging\": { \"logLevel\": { \"default\": \"Loud\" } } }", "host.json: 'logging.logLevel.default': \"Loud\" is not a log level.")]
    [InlineData("host.json", "{ \"version\": \"1.0\" }", "host.json: 'version': is '1.0'")]
    [InlineData("host.json", "{ \"version\": \"2.0\", \"functionTimeout\": \"soon\" }", "host.json: 'functionTimeout': 'soon' is not a time span.")]
    [InlineData("host.json", "{ \"version\": \"2.0\",\n  \"extensions\": { ", "host.json: is not valid JSON at line 2")]
    [InlineData("local.settings.json", "{ \"Values\": { \"A\": ", "local.settings.json: is not valid JSON at line 1")]
    [InlineData("local.settings.json", "{ \"Values\": { \"Nested\": { \"A\": \"b\" } } }", "local.settings.json: 'Values.Nested': is an object; settings are strings.")]
    [InlineData("local.settings.json", "{ \"Host\": { \"LocalHttpPort\": 99999 } }", "local.settings.json: 'Host.LocalHttpPort': 99999 is not a TCP port.")]
    [InlineData("functions.metadata", "{}", "functions.metadata: '(root)': must be a JSON array of functions")]
    [InlineData("functions.metadata", "[ { \"name\": \"Q\", \"scriptFile\": \"SampleFunctionsApp.dll\", \"entryPoint\": \"A.B.C\", \"bindings\": [ { \"name\": \"m\", \"type\": \"queueTrigger\", \"direction\": \"In\" } ] } ]", "functions.metadata: 'Q.bindings[0].type': binding 'queueTrigger' (parameter 'm') is not supported by this host.")]
    [InlineData("functions.metadata", "[ { \"name\": \"Q\", \"scriptFile\": \"SampleFunctionsApp.dll\", \"entryPoint\": \"SampleFunctionsApp.Missing.Run\", \"bindings\": [ { \"name\": \"r\", \"type\": \"httpTrigger\", \"direction\": \"In\", \"authLevel\": \"Anonymous\" } ] } ]", "functions.metadata: 'Q.entryPoint': type 'SampleFunctionsApp.Missing' is not in SampleFunctionsApp.dll.")]
    public async Task Start_BadFile_IsRefusedWithFileKeyAndWhatToDo(string file, string content, string expected)
    {
        var root = TestPaths.CopyOfSampleApp();
        try
        {
            File.WriteAllText(Path.Combine(root, file), content);
            var (exit, output) = await HostProcess.RunToExitAsync(root, new HostEnvironment(azurite.ConnectionString).Variables());
            Assert.Equal(1, exit);
            Assert.Contains(expected, output, StringComparison.Ordinal);
            AssertNoStackTrace(output);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("host.json", "host.json: not found at")]
    [InlineData("functions.metadata", "functions.metadata: not found at")]
    public async Task Start_MissingFile_IsRefusedWithWhatToDo(string file, string expected)
    {
        var root = TestPaths.CopyOfSampleApp();
        try
        {
            File.Delete(Path.Combine(root, file));
            var (exit, output) = await HostProcess.RunToExitAsync(root, new HostEnvironment(azurite.ConnectionString).Variables());
            Assert.Equal(1, exit);
            Assert.Contains(expected, output, StringComparison.Ordinal);
            AssertNoStackTrace(output);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Start_LocalSettings_ValuesBecomeConfigurationAndPortComesFromHost()
    {
        var root = TestPaths.CopyOfSampleApp();
        try
        {
            var port = HostProcess.FreePort();
            var environment = new HostEnvironment(azurite.ConnectionString);
            var variables = environment.Variables();
            variables.Remove("TickSchedule");
            File.WriteAllText(Path.Combine(root, "local.settings.json"), $$"""
                { "IsEncrypted": false, "Values": { "TickSchedule": "0 30 4 * * *" }, "Host": { "LocalHttpPort": {{port}} } }
                """);
            await using var host = await HostProcess.StartAsync(root, variables, settingsPort: port, "--functions", "Tick", "Hello");
            Assert.Contains("Tick: timerTrigger (0 30 4 * * *;", host.Output, StringComparison.Ordinal);
            Assert.Contains($"Hello: [GET] http://127.0.0.1:{port}/api/hello/{{name}}", host.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Start_CorsFlag_AllowsThatOriginOnly()
    {
        var environment = new HostEnvironment(azurite.ConnectionString);
        await using var host = await HostProcess.StartAsync(TestPaths.SampleApp, environment.Variables(), "--functions", "Hello", "--cors", "http://allowed.test");
        using var http = new HttpClient { BaseAddress = host.BaseUri };

        using var allowed = new HttpRequestMessage(HttpMethod.Get, "api/hello/x");
        allowed.Headers.Add("Origin", "http://allowed.test");
        using var allowedResponse = await http.SendAsync(allowed);
        Assert.Equal("http://allowed.test", allowedResponse.Headers.GetValues("Access-Control-Allow-Origin").Single());

        using var other = new HttpRequestMessage(HttpMethod.Get, "api/hello/x");
        other.Headers.Add("Origin", "http://other.test");
        using var otherResponse = await http.SendAsync(other);
        Assert.False(otherResponse.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Start_MissingSetting_IsRefusedWithTheSettingName()
    {
        var variables = new HostEnvironment(azurite.ConnectionString).Variables();
        variables.Remove("TickSchedule");
        var (exit, output) = await HostProcess.RunToExitAsync(TestPaths.SampleApp, variables, "--functions", "Tick");
        Assert.Equal(1, exit);
        Assert.Contains("names the setting 'TickSchedule', which is not set.", output, StringComparison.Ordinal);
        AssertNoStackTrace(output);
    }

    private static void AssertNoStackTrace(string output)
    {
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\t(?<name>[A-Za-z][A-Za-z0-9_-]*): ", RegexOptions.Multiline)]
    private static partial Regex BannerLine();
}
