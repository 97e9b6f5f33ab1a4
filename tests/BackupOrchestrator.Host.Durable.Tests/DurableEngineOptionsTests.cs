using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;

namespace BackupOrchestrator.Host.Durable.Tests;

public sealed class DurableEngineOptionsTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    private static JsonObject Section(string json) => JsonNode.Parse(json)!.AsObject();

    [Fact]
    public void FromHostJson_TheShippedHostJson_ReadsEverySetting()
    {
        var hostJson = JsonNode.Parse(File.ReadAllText(FindShippedHostJson()))!;
        var section = hostJson["extensions"]!["durableTask"]!.AsObject();

        var options = DurableEngineOptions.FromHostJson(section, Config(("AzureWebJobsStorage", "UseDevelopmentStorage=true")));

        Assert.Equal((string)section["hubName"]!, options.HubName);
        Assert.Equal((int)section["storageProvider"]!["partitionCount"]!, options.PartitionCount);
        Assert.Equal(TimeSpan.Parse((string)section["storageProvider"]!["maxQueuePollingInterval"]!, System.Globalization.CultureInfo.InvariantCulture), options.MaxQueuePollingInterval);
        Assert.Equal((int)section["maxConcurrentActivityFunctions"]!, options.MaxConcurrentActivityFunctions);
        Assert.Equal((int)section["maxConcurrentOrchestratorFunctions"]!, options.MaxConcurrentOrchestratorFunctions);
        Assert.Equal("UseDevelopmentStorage=true", options.StorageConnectionString);
    }

    [Fact]
    public void FromHostJson_NoSection_IsTheDurableFunctionsDefaults()
    {
        var options = DurableEngineOptions.FromHostJson(null, Config(("AzureWebJobsStorage", "UseDevelopmentStorage=true")));

        Assert.Equal("TestHubName", options.HubName);
        Assert.Equal(4, options.PartitionCount);
        Assert.Equal(TimeSpan.FromSeconds(30), options.MaxQueuePollingInterval);
        Assert.Equal(32, options.ControlQueueBatchSize);
        Assert.Equal(10, options.MaxConcurrentActivityFunctions);
        Assert.Equal(10, options.MaxConcurrentOrchestratorFunctions);
    }

    [Fact]
    public void FromHostJson_AppSettingInHubNameAndANamedConnection_AreResolved()
    {
        var section = Section("""{ "hubName": "%HubSetting%", "storageProvider": { "connectionName": "MyStorage", "controlQueueBatchSize": 16, "useTablePartitionManagement": false } }""");

        var options = DurableEngineOptions.FromHostJson(section, Config(("HubSetting", "NightHub"), ("MyStorage", "AccountName=x;AccountKey=eA==")));

        Assert.Equal("NightHub", options.HubName);
        Assert.Equal("AccountName=x;AccountKey=eA==", options.StorageConnectionString);
        Assert.Equal(16, options.ControlQueueBatchSize);
        Assert.False(options.UseTablePartitionManagement);
    }

    [Theory]
    [InlineData("""{ "storageProvider": { "partitionCount": 17 } }""", "extensions.durableTask.storageProvider.partitionCount", "1 to 16")]
    [InlineData("""{ "storageProvider": { "partitionCount": "four" } }""", "extensions.durableTask.storageProvider.partitionCount", "whole number")]
    [InlineData("""{ "storageProvider": { "maxQueuePollingInterval": "soon" } }""", "extensions.durableTask.storageProvider.maxQueuePollingInterval", "hh:mm:ss")]
    [InlineData("""{ "storageProvider": "azure" }""", "extensions.durableTask.storageProvider", "an object")]
    [InlineData("""{ "hubName": "no-dashes" }""", "extensions.durableTask.hubName", "letters and digits")]
    [InlineData("""{ "hubName": "%Missing%" }""", "Missing", "not set")]
    [InlineData("""{ "maxConcurrentActivityFunctions": 0 }""", "extensions.durableTask.maxConcurrentActivityFunctions", "1 to 10000")]
    public void FromHostJson_BadValue_NamesTheKeyAndWhatIsExpected(string json, string key, string expected)
    {
        var ex = Assert.Throws<DurableConfigurationException>(() =>
            DurableEngineOptions.FromHostJson(Section(json), Config(("AzureWebJobsStorage", "UseDevelopmentStorage=true"))));

        Assert.Contains(key, ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromHostJson_MissingConnection_SaysWhichSettingToSet()
    {
        var ex = Assert.Throws<DurableConfigurationException>(() => DurableEngineOptions.FromHostJson(null, Config()));

        Assert.Contains("AzureWebJobsStorage", ex.Message, StringComparison.Ordinal);
        Assert.Contains("local.settings.json", ex.Message, StringComparison.Ordinal);
    }

    private static string FindShippedHostJson()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "BackupOrchestrator.Functions", "host.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("src/BackupOrchestrator.Functions/host.json not found above " + AppContext.BaseDirectory);
    }
}
