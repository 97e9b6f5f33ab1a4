using System.Text.Json.Nodes;

namespace BackupOrchestrator.Host.Configuration;

/// <summary>
/// local.settings.json as <c>func start</c> reads it: <c>Values</c> become configuration and environment variables
/// (a variable already set in the environment wins, as with func), <c>Host</c> gives the port and CORS.
/// The file is optional, as with func; a malformed one is refused.
/// </summary>
public sealed record LocalSettings
{
    public const string FileName = "local.settings.json";

    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> ConnectionStrings { get; init; } = new Dictionary<string, string>();

    public int? LocalHttpPort { get; init; }

    public IReadOnlyList<string> Cors { get; init; } = [];

    public bool CorsCredentials { get; init; }

    /// <summary>True when the file exists (the host says so at start-up when it does not).</summary>
    public bool Found { get; init; }

    public static LocalSettings Load(string scriptRoot)
    {
        var path = Path.Combine(scriptRoot, FileName);
        if (!File.Exists(path))
        {
            return new LocalSettings();
        }

        var root = JsonFile.Object(JsonFile.Read(path, FileName, string.Empty), FileName, "(root)");
        if (JsonFile.OptionalBool(root, "IsEncrypted", FileName, "IsEncrypted") == true)
        {
            throw new HostConfigurationException(FileName, "IsEncrypted", "is true: this host cannot decrypt it.", "Run `func settings decrypt` where Core Tools is installed, or write the values in plain text and set IsEncrypted to false.");
        }

        var settings = new LocalSettings
        {
            Found = true,
            Values = ReadStrings(root, "Values"),
            ConnectionStrings = ReadStrings(root, "ConnectionStrings"),
        };

        if (JsonFile.OptionalObject(root, "Host", FileName, "Host") is { } host)
        {
            var port = JsonFile.OptionalInt(host, "LocalHttpPort", FileName, "Host.LocalHttpPort");
            if (port is < 1 or > 65535)
            {
                throw new HostConfigurationException(FileName, "Host.LocalHttpPort", $"{port} is not a TCP port.", "Write a number from 1 to 65535 (func's default is 7071).");
            }

            var cors = JsonFile.OptionalString(host, "CORS", FileName, "Host.CORS");
            settings = settings with
            {
                LocalHttpPort = port,
                Cors = cors?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
                CorsCredentials = JsonFile.OptionalBool(host, "CORSCredentials", FileName, "Host.CORSCredentials") ?? false,
            };
        }

        return settings;
    }

    private static Dictionary<string, string> ReadStrings(JsonObject root, string section)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (JsonFile.OptionalObject(root, section, FileName, section) is not { } values)
        {
            return result;
        }

        foreach (var (name, node) in values)
        {
            // func passes numbers and booleans on as their text; objects and arrays it refuses.
            result[name] = node switch
            {
                JsonValue v when v.TryGetValue<string>(out var s) => s,
                JsonValue v => v.ToJsonString(),
                null => string.Empty,
                _ => throw new HostConfigurationException(FileName, $"{section}.{name}", $"is {JsonFile.Kind(node)}; settings are strings.", $"Write \"{name}\": \"value\" (nested settings use a double underscore: \"Section__Key\")."),
            };
        }

        return result;
    }
}
