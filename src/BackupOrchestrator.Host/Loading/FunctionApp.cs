using System.Reflection;
using BackupOrchestrator.Host.Configuration;
using BackupOrchestrator.Host.Metadata;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BackupOrchestrator.Host.Loading;

/// <summary>
/// The app's build loaded into the host: its assembly, the method of each function, and the app's services
/// registered through <c>Program.ConfigureServices(IServiceCollection, IConfiguration)</c> (docs/host.md: the host
/// does not run the app's Main, which would start the gRPC worker that talks to a Functions host).
/// </summary>
internal sealed class FunctionApp
{
    public const string ConfigureServicesMethod = "ConfigureServices";

    private readonly Dictionary<string, Assembly> _assemblies = new(StringComparer.OrdinalIgnoreCase);
    private readonly AppLoadContext _context;
    private readonly string _scriptRoot;

    public FunctionApp(string scriptRoot, string mainScriptFile)
    {
        _scriptRoot = scriptRoot;
        _context = new AppLoadContext(Path.GetFullPath(Path.Combine(scriptRoot, mainScriptFile)));
        MainAssembly = LoadAssembly(mainScriptFile, "the first function's scriptFile");
    }

    public Assembly MainAssembly { get; }

    /// <summary>The method a function's entry point names, with the type that declares it.</summary>
    public MethodInfo ResolveMethod(FunctionMetadata function)
    {
        var assembly = function.ScriptFile.Equals(Path.GetFileName(MainAssembly.Location), StringComparison.OrdinalIgnoreCase)
            ? MainAssembly
            : LoadAssembly(function.ScriptFile, $"{function.Name}.scriptFile");
        var type = assembly.GetType(function.TypeName, throwOnError: false)
            ?? throw new HostConfigurationException(FunctionMetadataReader.FileName, $"{function.Name}.entryPoint", $"type '{function.TypeName}' is not in {function.ScriptFile}.", "Rebuild the app: functions.metadata is older than its assembly.");
        var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(m => m.Name == function.MethodName)
            .ToArray();
        return methods.Length switch
        {
            1 => methods[0],
            0 => throw new HostConfigurationException(FunctionMetadataReader.FileName, $"{function.Name}.entryPoint", $"'{function.TypeName}' has no public method '{function.MethodName}'.", "Rebuild the app: functions.metadata is older than its assembly."),
            _ => throw new HostConfigurationException(FunctionMetadataReader.FileName, $"{function.Name}.entryPoint", $"'{function.TypeName}' has {methods.Length} overloads of '{function.MethodName}'.", "Give the function's method a name of its own."),
        };
    }

    /// <summary>Calls the app's <c>Program.ConfigureServices</c> (the entry point's declaring type).</summary>
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        var program = MainAssembly.EntryPoint?.DeclaringType
            ?? throw new HostConfigurationException(Path.GetFileName(MainAssembly.Location), null, "has no entry point.", "The app must be an executable (OutputType Exe) with a Program class, as isolated-worker apps are.");
        var method = program.GetMethod(ConfigureServicesMethod, BindingFlags.Public | BindingFlags.Static, [typeof(IServiceCollection), typeof(IConfiguration)]);
        if (method is null)
        {
            throw new HostConfigurationException(
                Path.GetFileName(MainAssembly.Location),
                $"{program.FullName}.{ConfigureServicesMethod}",
                "is missing: this host registers the app's services through it instead of running Main.",
                $"Add `public static void {ConfigureServicesMethod}(IServiceCollection services, IConfiguration configuration)` to {program.Name} and call it from Main too (docs/host.md).");
        }

        try
        {
            method.Invoke(null, [services, configuration]);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
        }
    }

    private Assembly LoadAssembly(string scriptFile, string key)
    {
        var path = Path.GetFullPath(Path.Combine(_scriptRoot, scriptFile));
        if (_assemblies.TryGetValue(path, out var loaded))
        {
            return loaded;
        }

        if (!File.Exists(path))
        {
            throw new HostConfigurationException(FunctionMetadataReader.FileName, key, $"'{scriptFile}' is not in {_scriptRoot}.", "Build the app and run the host on its output directory.");
        }

        try
        {
            var assembly = _context.LoadFromAssemblyPath(path);
            _assemblies[path] = assembly;
            return assembly;
        }
        catch (BadImageFormatException)
        {
            throw new HostConfigurationException(FunctionMetadataReader.FileName, key, $"'{scriptFile}' is not a .NET assembly.", "Point scriptFile at the app's .dll (rebuild the app).");
        }
    }
}
