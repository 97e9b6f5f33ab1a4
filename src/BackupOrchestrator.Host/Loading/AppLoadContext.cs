using System.Reflection;
using System.Runtime.Loader;

namespace BackupOrchestrator.Host.Loading;

/// <summary>
/// Loads the app's assembly and what only the app has (its own libraries) from its build directory, and hands
/// every assembly the host itself carries (the worker, Durable Task, ASP.NET Core, logging, DI) to the default
/// context, so a <c>TaskOrchestrationContext</c> or <c>HttpRequest</c> the host creates is the type the app's
/// methods take. One context per host instance keeps two hosts in one process (tests) apart.
/// </summary>
internal sealed class AppLoadContext(string mainAssemblyPath) : AssemblyLoadContext($"app:{Path.GetFileName(mainAssemblyPath)}")
{
    private readonly AssemblyDependencyResolver _resolver = new(mainAssemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (HostHas(assemblyName))
        {
            return null; // The default context (the host's copy) serves it.
        }

        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }

    private static bool HostHas(AssemblyName name)
    {
        try
        {
            Default.LoadFromAssemblyName(name);
            return true;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        catch (FileLoadException)
        {
            // The host carries an older version than the app asks for: the app's own copy serves it.
            return false;
        }
    }
}
