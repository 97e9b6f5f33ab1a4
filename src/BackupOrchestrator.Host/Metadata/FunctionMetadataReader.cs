using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BackupOrchestrator.Host.Configuration;

namespace BackupOrchestrator.Host.Metadata;

/// <summary>
/// Reads functions.metadata, the file the Functions worker SDK writes into the build, and refuses what this host
/// cannot run with the function, the key and what to do (the Functions host would fail later, at the first call).
/// </summary>
public static partial class FunctionMetadataReader
{
    public const string FileName = "functions.metadata";

    public static IReadOnlyList<FunctionMetadata> Load(string scriptRoot)
    {
        var path = Path.Combine(scriptRoot, FileName);
        var node = JsonFile.Read(path, FileName, "Build the app with the Microsoft.Azure.Functions.Worker.Sdk package (dotnet build) and point --script-root at its output (bin/<Configuration>/<tfm>).");
        if (node is not JsonArray array)
        {
            throw new HostConfigurationException(FileName, "(root)", $"must be a JSON array of functions, not {JsonFile.Kind(node)}.", "Rebuild the app; the worker SDK writes this file.");
        }

        var functions = new List<FunctionMetadata>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < array.Count; i++)
        {
            var function = Read(array[i], i);
            if (!names.Add(function.Name))
            {
                throw new HostConfigurationException(FileName, $"[{i}].name", $"'{function.Name}' is used by two functions.", "Give each [Function(\"...\")] a unique name.");
            }

            functions.Add(function);
        }

        return functions;
    }

    private static FunctionMetadata Read(JsonNode? node, int index)
    {
        var at = $"[{index}]";
        var item = JsonFile.Object(node ?? JsonValue.Create(0), FileName, at);
        var name = Required(item, "name", at);
        if (!NamePattern().IsMatch(name))
        {
            throw new HostConfigurationException(FileName, $"{at}.name", $"'{name}' is not a valid function name.", "Use letters, digits, '_' and '-', starting with a letter (at most 128).");
        }

        at = name;
        var scriptFile = Required(item, "scriptFile", at);
        var entryPoint = Required(item, "entryPoint", at);
        var dot = entryPoint.LastIndexOf('.');
        if (dot <= 0 || dot == entryPoint.Length - 1)
        {
            throw new HostConfigurationException(FileName, $"{at}.entryPoint", $"'{entryPoint}' is not Namespace.Type.Method.", "Rebuild the app; the worker SDK writes the entry point of each [Function] method.");
        }

        if (item["bindings"] is not JsonArray bindingArray)
        {
            throw new HostConfigurationException(FileName, $"{at}.bindings", "is missing or not an array.", "Rebuild the app; each function needs its trigger binding.");
        }

        var bindings = new List<FunctionBinding>();
        foreach (var bindingNode in bindingArray)
        {
            bindings.Add(ReadBinding(bindingNode, at, bindings.Count));
        }

        var triggers = bindings.Where(b => b.IsTrigger).ToArray();
        if (triggers.Length != 1)
        {
            throw new HostConfigurationException(FileName, $"{at}.bindings", $"has {triggers.Length} trigger bindings.", "A function has exactly one trigger.");
        }

        return new FunctionMetadata(name, scriptFile, entryPoint, bindings);
    }

    private static FunctionBinding ReadBinding(JsonNode? node, string function, int index)
    {
        var at = $"{function}.bindings[{index}]";
        var raw = JsonFile.Object(node ?? JsonValue.Create(0), FileName, at);
        var name = Required(raw, "name", at);
        var type = Required(raw, "type", at);
        var directionText = Required(raw, "direction", at);
        if (!Enum.TryParse<BindingDirection>(directionText, ignoreCase: true, out var direction))
        {
            throw new HostConfigurationException(FileName, $"{at}.direction", $"'{directionText}' is not In, Out or InOut.", "Rebuild the app.");
        }

        if (!FunctionBinding.Supported.Contains(type))
        {
            throw new HostConfigurationException(FileName, $"{at}.type", $"binding '{type}' (parameter '{name}') is not supported by this host.",
                $"Supported: {string.Join(", ", FunctionBinding.Supported)}. Run this function under `func start` (docs/host.md), or leave it out with --functions.");
        }

        var binding = new FunctionBinding(name, type, direction, raw);
        if (binding.Is(FunctionBinding.TimerTrigger) && string.IsNullOrWhiteSpace(binding.GetString("schedule")))
        {
            throw new HostConfigurationException(FileName, $"{at}.schedule", "is missing.", "Give [TimerTrigger(\"0 */5 * * * *\")] a six-field NCRONTAB schedule or a %Setting%.");
        }

        return binding;
    }

    private static string Required(JsonObject item, string name, string at)
    {
        var value = JsonFile.OptionalString(item, name, FileName, $"{at}.{name}");
        return string.IsNullOrWhiteSpace(value)
            ? throw new HostConfigurationException(FileName, $"{at}.{name}", "is missing.", "Rebuild the app; the worker SDK writes it.")
            : value;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,127}$")]
    private static partial Regex NamePattern();
}
