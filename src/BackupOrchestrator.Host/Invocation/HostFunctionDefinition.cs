using System.Collections.Immutable;
using System.Reflection;
using BackupOrchestrator.Host.Metadata;
using Microsoft.Azure.Functions.Worker;
using WorkerBindingMetadata = Microsoft.Azure.Functions.Worker.BindingMetadata;
using WorkerBindingDirection = Microsoft.Azure.Functions.Worker.BindingDirection;

namespace BackupOrchestrator.Host.Invocation;

/// <summary>The worker's view of a function (FunctionContext.FunctionDefinition), built from functions.metadata.</summary>
internal sealed class HostFunctionDefinition : FunctionDefinition
{
    public HostFunctionDefinition(FunctionMetadata metadata, MethodInfo method)
    {
        Name = metadata.Name;
        Id = metadata.Name;
        EntryPoint = metadata.EntryPoint;
        PathToAssembly = method.DeclaringType!.Assembly.Location;
        Parameters = [.. method.GetParameters().Select(p => new FunctionParameter(p.Name ?? string.Empty, p.ParameterType))];
        InputBindings = metadata.Bindings.Where(b => b.Direction != Metadata.BindingDirection.Out)
            .ToImmutableDictionary(b => b.Name, b => (WorkerBindingMetadata)new Binding(b));
        OutputBindings = metadata.Bindings.Where(b => b.Direction != Metadata.BindingDirection.In)
            .ToImmutableDictionary(b => b.Name, b => (WorkerBindingMetadata)new Binding(b));
    }

    public override ImmutableArray<FunctionParameter> Parameters { get; }

    public override string PathToAssembly { get; }

    public override string EntryPoint { get; }

    public override string Id { get; }

    public override string Name { get; }

    public override IImmutableDictionary<string, WorkerBindingMetadata> InputBindings { get; }

    public override IImmutableDictionary<string, WorkerBindingMetadata> OutputBindings { get; }

    private sealed class Binding(Metadata.FunctionBinding binding) : WorkerBindingMetadata
    {
        public override string Name { get; } = binding.Name;

        public override string Type { get; } = binding.Type;

        public override WorkerBindingDirection Direction { get; } = binding.Direction == Metadata.BindingDirection.Out ? WorkerBindingDirection.Out : WorkerBindingDirection.In;
    }
}
