using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Host.Configuration;

/// <summary>What the host honours from the app's host.json (docs/host.md lists it).</summary>
public sealed record HostJsonSettings
{
    public const string FileName = "host.json";

    /// <summary>logging.logLevel: category prefix to level; "default" is the empty category.</summary>
    public IReadOnlyDictionary<string, LogLevel> LogLevels { get; init; } = new Dictionary<string, LogLevel>();

    /// <summary>extensions.durableTask as written; DurableEngineOptions.FromHostJson reads it.</summary>
    public JsonObject? DurableTask { get; init; }

    /// <summary>extensions.http.routePrefix; "api" unless set (an empty string means none).</summary>
    public string RoutePrefix { get; init; } = "api";

    /// <summary>extensions.http.maxConcurrentRequests: HTTP invocations at once; null = unbounded.</summary>
    public int? MaxConcurrentRequests { get; init; }

    /// <summary>functionTimeout; null = unbounded ("-1"). The Functions host's local default is 30 minutes.</summary>
    public TimeSpan? FunctionTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>singleton.listenerLockPeriod: the lease a timer's listener holds (15 to 60 s for a blob lease).</summary>
    public TimeSpan ListenerLockPeriod { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>singleton.listenerLockRecoveryPollingInterval: how often a host without the lease tries to take it.</summary>
    public TimeSpan ListenerLockRecoveryPollingInterval { get; init; } = TimeSpan.FromSeconds(60);

    public static HostJsonSettings Load(string scriptRoot)
    {
        var path = Path.Combine(scriptRoot, FileName);
        var root = JsonFile.Object(
            JsonFile.Read(path, FileName, $"Run the host on the app's build directory (--script-root), which holds {FileName} beside functions.metadata."),
            FileName,
            "(root)");

        var version = JsonFile.OptionalString(root, "version", FileName, "version");
        if (version != "2.0")
        {
            throw new HostConfigurationException(FileName, "version", version is null ? "is missing." : $"is '{version}'; only \"2.0\" is supported.", "Write \"version\": \"2.0\" as Functions v4 requires.");
        }

        var settings = new HostJsonSettings { LogLevels = ReadLogLevels(root) };
        if (JsonFile.OptionalObject(root, "extensions", FileName, "extensions") is { } extensions)
        {
            settings = settings with { DurableTask = JsonFile.OptionalObject(extensions, "durableTask", FileName, "extensions.durableTask") };
            if (JsonFile.OptionalObject(extensions, "http", FileName, "extensions.http") is { } http)
            {
                var prefix = JsonFile.OptionalString(http, "routePrefix", FileName, "extensions.http.routePrefix");
                var max = JsonFile.OptionalInt(http, "maxConcurrentRequests", FileName, "extensions.http.maxConcurrentRequests");
                if (max is <= 0 and not -1)
                {
                    throw new HostConfigurationException(FileName, "extensions.http.maxConcurrentRequests", $"{max} is not a limit.", "Write a positive number, or -1 for no limit.");
                }

                settings = settings with { RoutePrefix = prefix?.Trim('/') ?? settings.RoutePrefix, MaxConcurrentRequests = max is -1 ? null : max };
            }
        }

        settings = settings with { FunctionTimeout = ReadFunctionTimeout(root) };
        if (JsonFile.OptionalObject(root, "singleton", FileName, "singleton") is { } singleton)
        {
            var period = JsonFile.OptionalTimeSpan(singleton, "listenerLockPeriod", FileName, "singleton.listenerLockPeriod") ?? settings.ListenerLockPeriod;
            if (period < TimeSpan.FromSeconds(15) || period > TimeSpan.FromSeconds(60))
            {
                throw new HostConfigurationException(FileName, "singleton.listenerLockPeriod", $"{period} is outside a blob lease's range.", "Write a period from \"00:00:15\" to \"00:01:00\".");
            }

            var polling = JsonFile.OptionalTimeSpan(singleton, "listenerLockRecoveryPollingInterval", FileName, "singleton.listenerLockRecoveryPollingInterval") ?? settings.ListenerLockRecoveryPollingInterval;
            if (polling < TimeSpan.FromMilliseconds(100))
            {
                throw new HostConfigurationException(FileName, "singleton.listenerLockRecoveryPollingInterval", $"{polling} is too short.", "Write at least \"00:00:01\".");
            }

            settings = settings with { ListenerLockPeriod = period, ListenerLockRecoveryPollingInterval = polling };
        }

        return settings;
    }

    private static Dictionary<string, LogLevel> ReadLogLevels(JsonObject root)
    {
        var levels = new Dictionary<string, LogLevel>(StringComparer.OrdinalIgnoreCase);
        if (JsonFile.OptionalObject(root, "logging", FileName, "logging") is not { } logging
            || JsonFile.OptionalObject(logging, "logLevel", FileName, "logging.logLevel") is not { } logLevel)
        {
            return levels;
        }

        foreach (var (category, node) in logLevel)
        {
            var key = $"logging.logLevel.{category}";
            var text = node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            if (text is null || !Enum.TryParse<LogLevel>(text, ignoreCase: true, out var level) || int.TryParse(text, out _))
            {
                throw new HostConfigurationException(FileName, key, $"{node?.ToJsonString() ?? "null"} is not a log level.", "Write one of Trace, Debug, Information, Warning, Error, Critical, None.");
            }

            levels[category.Equals("default", StringComparison.OrdinalIgnoreCase) ? string.Empty : category] = level;
        }

        return levels;
    }

    private static TimeSpan? ReadFunctionTimeout(JsonObject root)
    {
        var text = JsonFile.OptionalString(root, "functionTimeout", FileName, "functionTimeout");
        if (text is null)
        {
            return TimeSpan.FromMinutes(30);
        }

        if (text == "-1")
        {
            return null;
        }

        if (TimeSpan.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var timeout) && timeout > TimeSpan.Zero)
        {
            return timeout;
        }

        throw new HostConfigurationException(FileName, "functionTimeout", $"'{text}' is not a time span.", "Write hh:mm:ss (e.g. \"00:10:00\") or \"-1\" for no limit.");
    }
}
