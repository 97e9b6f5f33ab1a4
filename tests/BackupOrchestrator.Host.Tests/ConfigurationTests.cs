using BackupOrchestrator.Host.Configuration;
using BackupOrchestrator.Host.Loading;
using BackupOrchestrator.Host.Metadata;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BackupOrchestrator.Host.Tests;

/// <summary>The files the host reads, read in process: what is honoured.</summary>
public sealed class ConfigurationTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("host-config-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void HostJson_Sample_HonoursLevelsPrefixTimeoutAndSingleton()
    {
        var settings = HostJsonSettings.Load(TestPaths.SampleApp);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Information, settings.LogLevels[string.Empty]);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, settings.LogLevels["DurableTask"]);
        Assert.Equal("api", settings.RoutePrefix);
        Assert.Equal(TimeSpan.FromMinutes(5), settings.FunctionTimeout);
        Assert.Equal(TimeSpan.FromSeconds(15), settings.ListenerLockPeriod);
        Assert.Equal("%SampleHubName%", settings.DurableTask!["hubName"]!.GetValue<string>());
    }

    [Fact]
    public void HostJson_CommentsEmptyPrefixAndUnlimitedTimeout_AreRead()
    {
        File.WriteAllText(Path.Combine(_root, "host.json"), """
            { // as func allows
              "version": "2.0", "functionTimeout": "-1", "extensions": { "http": { "routePrefix": "" } }, }
            """);
        var settings = HostJsonSettings.Load(_root);
        Assert.Equal(string.Empty, settings.RoutePrefix);
        Assert.Null(settings.FunctionTimeout);
    }

    [Fact]
    public void LocalSettings_ValuesHostAndCors_AreRead()
    {
        File.WriteAllText(Path.Combine(_root, "local.settings.json"), """
            { "IsEncrypted": false, "Values": { "A__B": "c", "N": 5 }, "Host": { "LocalHttpPort": 7199, "CORS": "http://a, http://b" } }
            """);
        var settings = LocalSettings.Load(_root);
        Assert.Equal("c", settings.Values["A__B"]);
        Assert.Equal("5", settings.Values["N"]);
        Assert.Equal(7199, settings.LocalHttpPort);
        Assert.Equal(["http://a", "http://b"], settings.Cors);
    }

    [Fact]
    public void LocalSettings_Encrypted_IsRefusedWithWhatToDo()
    {
        File.WriteAllText(Path.Combine(_root, "local.settings.json"), """{ "IsEncrypted": true, "Values": {} }""");
        var ex = Assert.Throws<HostConfigurationException>(() => LocalSettings.Load(_root));
        Assert.Contains("'IsEncrypted'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("func settings decrypt", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LocalSettings_Missing_IsAllowedAsWithFunc()
        => Assert.False(LocalSettings.Load(_root).Found);

    [Fact]
    public void Metadata_TwoTriggers_IsRefused()
    {
        File.WriteAllText(Path.Combine(_root, "functions.metadata"), """
            [ { "name": "X", "scriptFile": "a.dll", "entryPoint": "A.B.C", "bindings": [
                { "name": "t", "type": "timerTrigger", "direction": "In", "schedule": "0 * * * * *" },
                { "name": "r", "type": "httpTrigger", "direction": "In" } ] } ]
            """);
        var ex = Assert.Throws<HostConfigurationException>(() => FunctionMetadataReader.Load(_root));
        Assert.Contains("'X.bindings': has 2 trigger bindings.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigureServices_Missing_IsRefusedWithWhatToAdd()
    {
        // functions-host.dll itself is an executable whose Program has no ConfigureServices.
        var app = new FunctionApp(Path.GetDirectoryName(TestPaths.HostAssembly)!, "functions-host.dll");
        var ex = Assert.Throws<HostConfigurationException>(() => app.ConfigureServices(new ServiceCollection(), new ConfigurationBuilder().Build()));
        Assert.Contains("Program.ConfigureServices", ex.Message, StringComparison.Ordinal);
        Assert.Contains("public static void ConfigureServices(IServiceCollection services, IConfiguration configuration)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Arguments_FuncFlags_AreParsed()
    {
        var args = HostArguments.Parse(["start", "--port", "7200", "--functions", "A", "B", "--verbose", "--cors", "http://x,http://y", "--script-root", _root]);
        Assert.Equal(7200, args.Port);
        Assert.Equal(["A", "B"], args.Functions);
        Assert.True(args.Verbose);
        Assert.Equal(["http://x", "http://y"], args.Cors);
        Assert.Equal(_root, args.ScriptRoot);
    }

    [Theory]
    [InlineData("--port", "x", "'--port': 'x' is not a TCP port.")]
    [InlineData("--bogus", null, "'--bogus': unknown argument.")]
    public void Arguments_Bad_AreRefused(string flag, string? value, string expected)
    {
        var ex = Assert.Throws<HostConfigurationException>(() => HostArguments.Parse(value is null ? [flag] : [flag, value]));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
