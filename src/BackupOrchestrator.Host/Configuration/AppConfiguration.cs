using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Host.Configuration;

/// <summary>
/// The configuration the app sees, built as func builds the worker's: local.settings.json's Values (and
/// ConnectionStrings) under the environment, which wins. Values are also set as environment variables of this
/// process where not already set, as func does for the worker it starts, so Environment.GetEnvironmentVariable
/// in app code reads them too. Double underscores are section separators, as in environment variables.
/// </summary>
internal static class AppConfiguration
{
    public static IConfigurationRoot Build(LocalSettings settings, ILogger logger)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in settings.Values)
        {
            if (Environment.GetEnvironmentVariable(name) is not null)
            {
                Logs.SettingShadowed(logger, name);
                continue;
            }

            Environment.SetEnvironmentVariable(name, value);
            values[name.Replace("__", ":", StringComparison.Ordinal)] = value;
        }

        foreach (var (name, value) in settings.ConnectionStrings)
        {
            values[$"ConnectionStrings:{name}"] = value;
        }

        return new ConfigurationBuilder()
            .AddInMemoryCollection(values)
            .AddEnvironmentVariables()
            .Build();
    }
}
