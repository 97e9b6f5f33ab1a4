using DurableTask.Core;
using DurableTask.Core.Middleware;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker.Shims;

namespace BackupOrchestrator.Host.Durable;

/// <summary>
/// The orchestrators and activities the engine runs, by name, as DTFx objects built by
/// <see cref="DurableTaskShimFactory"/>. Versions are ignored, as the Durable Functions host ignores them.
/// A DTFx <see cref="TaskOrchestration"/> holds the state of one execution, so each request gets a new one;
/// activity shims are stateless and are built once.
/// </summary>
internal sealed class ShimRegistry(DurableTaskShimFactory factory)
{
    private readonly DurableTaskShimFactory _factory = factory;
    private readonly Dictionary<string, ITaskOrchestrator> _orchestrators = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, TaskActivity> _activities = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> OrchestratorNames => _orchestrators.Keys;

    public IReadOnlyCollection<string> ActivityNames => _activities.Keys;

    public bool HasOrchestrator(string name) => _orchestrators.ContainsKey(name);

    public void AddOrchestrator(string name, ITaskOrchestrator orchestrator)
    {
        if (!_orchestrators.TryAdd(name, orchestrator))
        {
            throw new ArgumentException($"An orchestrator named '{name}' is already registered.", nameof(name));
        }
    }

    public void AddActivity(string name, ITaskActivity activity)
    {
        if (!_activities.TryAdd(name, _factory.CreateActivity(name, activity)))
        {
            throw new ArgumentException($"An activity named '{name}' is already registered.", nameof(name));
        }
    }

    public INameVersionObjectManager<TaskOrchestration> Orchestrations => new OrchestrationManager(this);

    public INameVersionObjectManager<TaskActivity> Activities => new ActivityManager(this);

    /// <summary>
    /// Dispatcher middleware that tells a <see cref="DeferredOrchestration"/> its parent before it runs: DTFx creates
    /// orchestration objects by name alone, but the SDK's context exposes <c>Parent</c>, which lives in the runtime state.
    /// </summary>
    public static Task SupplyParentAsync(DispatchMiddlewareContext context, Func<Task> next)
    {
        if (context.GetProperty<TaskOrchestration>() is DeferredOrchestration deferred &&
            context.GetProperty<OrchestrationRuntimeState>() is { ParentInstance: { } parent })
        {
            deferred.Parent = new ParentOrchestrationInstance(parent.Name, parent.OrchestrationInstance.InstanceId);
        }

        return next();
    }

    private sealed class OrchestrationManager(ShimRegistry registry) : INameVersionObjectManager<TaskOrchestration>
    {
        public void Add(ObjectCreator<TaskOrchestration> creator) => throw new NotSupportedException("Register orchestrators on DurableEngine.");

        public TaskOrchestration? GetObject(string name, string? version) =>
            registry._orchestrators.TryGetValue(name, out var orchestrator)
                ? new DeferredOrchestration(registry._factory, name, orchestrator)
                : null;
    }

    private sealed class ActivityManager(ShimRegistry registry) : INameVersionObjectManager<TaskActivity>
    {
        public void Add(ObjectCreator<TaskActivity> creator) => throw new NotSupportedException("Register activities on DurableEngine.");

        public TaskActivity? GetObject(string name, string? version) =>
            registry._activities.TryGetValue(name, out var activity) ? activity : null;
    }

    /// <summary>Builds the SDK's shim on first use, once <see cref="SupplyParentAsync"/> has set the parent.</summary>
    private sealed class DeferredOrchestration(DurableTaskShimFactory factory, string name, ITaskOrchestrator orchestrator) : TaskOrchestration
    {
        private TaskOrchestration? _shim;

        public ParentOrchestrationInstance? Parent { get; set; }

        private TaskOrchestration Shim => _shim ??= factory.CreateOrchestration(name, orchestrator, Parent);

        public override Task<string> Execute(OrchestrationContext context, string input) => Shim.Execute(context, input);

        public override string GetStatus() => Shim.GetStatus();

        public override void RaiseEvent(OrchestrationContext context, string name, string input) => Shim.RaiseEvent(context, name, input);
    }
}
