using System.Reflection;
using BackupOrchestrator.Host.Metadata;

namespace BackupOrchestrator.Host.Invocation;

/// <summary>A function ready to run: its metadata, its method and how each parameter is filled.</summary>
internal sealed record HostFunction(FunctionMetadata Metadata, MethodInfo Method, HostFunctionDefinition Definition, ParameterBinder.Binder[] Binders)
{
    public string Name => Metadata.Name;

    /// <summary>The awaited result type of the method (T of Task&lt;T&gt;/ValueTask&lt;T&gt;), typeof(void) when none.</summary>
    public Type ResultType
    {
        get
        {
            var type = Method.ReturnType;
            if (type == typeof(Task) || type == typeof(ValueTask) || type == typeof(void))
            {
                return typeof(void);
            }

            return type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>))
                ? type.GetGenericArguments()[0]
                : type;
        }
    }
}
