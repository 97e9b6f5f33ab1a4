using System.Diagnostics.CodeAnalysis;
using BackupOrchestrator.Durable.Core;

namespace BackupOrchestrator.Durable.Worker;

/// <summary>An activity as the runtime sees it: JSON input in, JSON output out.</summary>
public delegate Task<string?> ActivityFunc(TaskActivityContext context, string? input);

/// <summary>Orchestrators and activities by name (case-insensitive), as a Functions app registers them.</summary>
public sealed class TaskRegistry
{
    private readonly Dictionary<string, OrchestratorFunc> _orchestrators = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ActivityFunc> _activities = new(StringComparer.OrdinalIgnoreCase);

    public TaskRegistry AddOrchestrator(string name, OrchestratorFunc orchestrator)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        _orchestrators[name] = orchestrator;
        return this;
    }

    public TaskRegistry AddOrchestrator<TInput, TOutput>(string name, Func<TaskOrchestrationContext, TInput, Task<TOutput>> orchestrator) =>
        AddOrchestrator(name, async (ctx, input) => DataConverter.Serialize(await orchestrator(ctx, DataConverter.Deserialize<TInput>(input)!)));

    public TaskRegistry AddActivity(string name, ActivityFunc activity)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        _activities[name] = activity;
        return this;
    }

    public TaskRegistry AddActivity<TInput, TOutput>(string name, Func<TaskActivityContext, TInput, Task<TOutput>> activity) =>
        AddActivity(name, async (ctx, input) => DataConverter.Serialize(await activity(ctx, DataConverter.Deserialize<TInput>(input)!)));

    public TaskRegistry AddActivity<TInput, TOutput>(string name, Func<TInput, TOutput> activity) =>
        AddActivity(name, (_, input) => Task.FromResult(DataConverter.Serialize(activity(DataConverter.Deserialize<TInput>(input)!))));

    public bool TryGetOrchestrator(string name, [MaybeNullWhen(false)] out OrchestratorFunc orchestrator) => _orchestrators.TryGetValue(name, out orchestrator);

    public bool TryGetActivity(string name, [MaybeNullWhen(false)] out ActivityFunc activity) => _activities.TryGetValue(name, out activity);

    public IEnumerable<string> OrchestratorNames => _orchestrators.Keys;
    public IEnumerable<string> ActivityNames => _activities.Keys;
}
