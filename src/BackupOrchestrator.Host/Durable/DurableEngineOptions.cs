using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Converters;
using Microsoft.Extensions.Configuration;

namespace BackupOrchestrator.Host.Durable;

/// <summary>
/// The Durable Task settings the engine honours, as host.json's <c>extensions.durableTask</c> section names them
/// (Durable Functions 2.x schema). Defaults are the Durable Functions defaults unless noted.
/// </summary>
public sealed partial record DurableEngineOptions
{
    /// <summary>The configuration key of the storage connection when host.json names none.</summary>
    public const string DefaultConnectionName = "AzureWebJobsStorage";

    /// <summary>"UseDevelopmentStorage=true" (Azurite on its default ports) or a real connection string.</summary>
    public required string StorageConnectionString { get; init; }

    /// <summary>hubName: the task hub (tables, queues and the lease container are named after it).</summary>
    public string HubName { get; init; } = "TestHubName";

    /// <summary>storageProvider.partitionCount: control queues (1-16).</summary>
    public int PartitionCount { get; init; } = 4;

    /// <summary>storageProvider.maxQueuePollingInterval: the longest an idle queue waits between polls.</summary>
    public TimeSpan MaxQueuePollingInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>storageProvider.controlQueueBatchSize: messages taken from a control queue at once.</summary>
    public int ControlQueueBatchSize { get; init; } = 32;

    /// <summary>storageProvider.controlQueueBufferThreshold: control queue messages buffered in memory per partition.</summary>
    public int ControlQueueBufferThreshold { get; init; } = 128;

    /// <summary>storageProvider.controlQueueVisibilityTimeout.</summary>
    public TimeSpan ControlQueueVisibilityTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>storageProvider.workItemQueueVisibilityTimeout.</summary>
    public TimeSpan WorkItemQueueVisibilityTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>storageProvider.useTablePartitionManagement: partition leases in a table (the DTFx 2.x default) or in blobs.</summary>
    public bool UseTablePartitionManagement { get; init; } = true;

    /// <summary>maxConcurrentActivityFunctions.</summary>
    public int MaxConcurrentActivityFunctions { get; init; } = 10;

    /// <summary>maxConcurrentOrchestratorFunctions.</summary>
    public int MaxConcurrentOrchestratorFunctions { get; init; } = 10;

    /// <summary>extendedSessionsEnabled: keep orchestrations in memory between episodes.</summary>
    public bool ExtendedSessionsEnabled { get; init; }

    /// <summary>extendedSessionIdleTimeoutInSeconds.</summary>
    public TimeSpan ExtendedSessionIdleTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Not in host.json: how orchestration and activity payloads are serialized (the SDK's System.Text.Json default).</summary>
    public DataConverter DataConverter { get; init; } = JsonDataConverter.Default;

    /// <summary>Not in host.json: the worker id in leases and logs (default: machine name and process id).</summary>
    public string? WorkerId { get; init; }

    /// <summary>
    /// Reads <c>extensions.durableTask</c> (null: all defaults) and resolves the storage connection from
    /// <paramref name="configuration"/> (<c>storageProvider.connectionName</c>, else <c>AzureWebJobsStorage</c>).
    /// <c>%Name%</c> in hubName is an app setting, as in Durable Functions.
    /// </summary>
    /// <exception cref="DurableConfigurationException">A value is missing, of the wrong type or out of range.</exception>
    public static DurableEngineOptions FromHostJson(JsonObject? durableTask, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = new HostJsonReader(durableTask, "extensions.durableTask");
        var provider = section.Object("storageProvider");

        var connectionName = provider.String("connectionName") ?? provider.String("connectionStringName") ?? DefaultConnectionName;
        var connection = configuration[connectionName] ?? configuration["ConnectionStrings:" + connectionName];
        if (string.IsNullOrWhiteSpace(connection))
        {
            throw new DurableConfigurationException(
                $"The storage connection '{connectionName}' is not set. Durable Task keeps its task hub there: set Values.{connectionName} " +
                "in local.settings.json (\"UseDevelopmentStorage=true\" for Azurite) or the environment variable of that name.");
        }

        var hubName = ResolveSettings(section.String("hubName") ?? "TestHubName", configuration, section.PathOf("hubName"));
        ValidateHubName(hubName, section.PathOf("hubName"));

        return new DurableEngineOptions
        {
            StorageConnectionString = connection,
            HubName = hubName,
            PartitionCount = provider.Int("partitionCount", 1, 16) ?? 4,
            MaxQueuePollingInterval = provider.TimeSpan("maxQueuePollingInterval", TimeSpan.FromMilliseconds(100)) ?? TimeSpan.FromSeconds(30),
            ControlQueueBatchSize = provider.Int("controlQueueBatchSize", 1, 32) ?? 32,
            ControlQueueBufferThreshold = provider.Int("controlQueueBufferThreshold", 1, 1000) ?? 128,
            ControlQueueVisibilityTimeout = provider.TimeSpan("controlQueueVisibilityTimeout", TimeSpan.FromSeconds(1)) ?? TimeSpan.FromMinutes(5),
            WorkItemQueueVisibilityTimeout = provider.TimeSpan("workItemQueueVisibilityTimeout", TimeSpan.FromSeconds(1)) ?? TimeSpan.FromMinutes(5),
            UseTablePartitionManagement = provider.Bool("useTablePartitionManagement") ?? true,
            MaxConcurrentActivityFunctions = section.Int("maxConcurrentActivityFunctions", 1, 10_000) ?? 10,
            MaxConcurrentOrchestratorFunctions = section.Int("maxConcurrentOrchestratorFunctions", 1, 10_000) ?? 10,
            ExtendedSessionsEnabled = section.Bool("extendedSessionsEnabled") ?? false,
            ExtendedSessionIdleTimeout = TimeSpan.FromSeconds(section.Int("extendedSessionIdleTimeoutInSeconds", 1, 86_400) ?? 30),
        };
    }

    private static string ResolveSettings(string value, IConfiguration configuration, string path) =>
        SettingExpression().Replace(value, m =>
            configuration[m.Groups[1].Value] is { Length: > 0 } resolved
                ? resolved
                : throw new DurableConfigurationException(
                    $"host.json {path}: the app setting '{m.Groups[1].Value}' in '{value}' is not set. Add it to Values in local.settings.json or the environment."));

    private static void ValidateHubName(string hubName, string path)
    {
        // The Azure Storage provider names tables and queues after the hub: 3-45 letters and digits, starting with a letter.
        if (!HubNamePattern().IsMatch(hubName))
        {
            throw new DurableConfigurationException(
                $"host.json {path}: '{hubName}' is not a valid task hub name. Use 3 to 45 letters and digits, starting with a letter (e.g. \"BackupHub\").");
        }
    }

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex SettingExpression();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,44}$")]
    private static partial Regex HubNamePattern();

    /// <summary>Typed reads of a host.json object with errors that name the key and say what is expected.</summary>
    private readonly struct HostJsonReader(JsonObject? node, string path)
    {
        public string PathOf(string key) => path + "." + key;

        public HostJsonReader Object(string key) => Get(key) switch
        {
            null => new HostJsonReader(null, PathOf(key)),
            JsonObject o => new HostJsonReader(o, PathOf(key)),
            _ => throw Wrong(key, "an object"),
        };

        public string? String(string key) => Get(key) switch
        {
            null => null,
            JsonValue v when v.TryGetValue(out string? s) => s,
            _ => throw Wrong(key, "a string"),
        };

        public bool? Bool(string key) => Get(key) switch
        {
            null => null,
            JsonValue v when v.TryGetValue(out bool b) => b,
            JsonValue v when v.TryGetValue(out string? s) && bool.TryParse(s, out var b) => b,
            _ => throw Wrong(key, "true or false"),
        };

        public int? Int(string key, int min, int max)
        {
            int? value = Get(key) switch
            {
                null => null,
                JsonValue v when v.TryGetValue(out int i) => i,
                JsonValue v when v.TryGetValue(out string? s) && int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) => i,
                _ => throw Wrong(key, $"a whole number from {min} to {max}"),
            };
            return value is { } n && (n < min || n > max) ? throw Wrong(key, $"a whole number from {min} to {max}") : value;
        }

        public TimeSpan? TimeSpan(string key, TimeSpan min)
        {
            TimeSpan? value = Get(key) switch
            {
                null => null,
                JsonValue v when v.TryGetValue(out string? s) && System.TimeSpan.TryParse(s, CultureInfo.InvariantCulture, out var t) => t,
                _ => throw Wrong(key, "a time span \"hh:mm:ss\" (e.g. \"00:00:05\")"),
            };
            return value is { } x && x < min ? throw Wrong(key, $"a time span of at least {min:c}") : value;
        }

        private JsonNode? Get(string key) => node?[key];

        private DurableConfigurationException Wrong(string key, string expected) =>
            new($"host.json {PathOf(key)}: '{Get(key)?.ToJsonString()}' is not valid; expected {expected}. Fix the value or remove the key to use the default.");
    }
}
