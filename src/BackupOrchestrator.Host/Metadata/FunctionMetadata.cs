namespace BackupOrchestrator.Host.Metadata;

/// <summary>One function of functions.metadata: its name, the assembly and method that run it, its bindings.</summary>
public sealed record FunctionMetadata(string Name, string ScriptFile, string EntryPoint, IReadOnlyList<FunctionBinding> Bindings)
{
    /// <summary>The one trigger binding (validated when read).</summary>
    public FunctionBinding Trigger => Bindings.First(b => b.IsTrigger);

    /// <summary>The name the Functions host gives the function in storage (timer status, listener locks).</summary>
    public string FullName => $"Host.Functions.{Name}";

    /// <summary>The type name part of <see cref="EntryPoint"/> ("Namespace.Type").</summary>
    public string TypeName => EntryPoint[..EntryPoint.LastIndexOf('.')];

    /// <summary>The method name part of <see cref="EntryPoint"/>.</summary>
    public string MethodName => EntryPoint[(EntryPoint.LastIndexOf('.') + 1)..];
}
