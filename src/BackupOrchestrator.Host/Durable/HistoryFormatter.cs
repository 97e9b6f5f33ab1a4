using System.Text.Json;
using System.Text.Json.Nodes;
using DurableTask.Core;
using DurableTask.Core.History;

namespace BackupOrchestrator.Host.Durable;

/// <summary>
/// DTFx's history JSON (as <c>GetOrchestrationHistoryAsync</c> returns it) in the shape the Durable Functions HTTP API
/// documents for <c>historyEvents</c>: EventType and OrchestrationStatus as names; ExecutionStarted with FunctionName;
/// each TaskScheduled / SubOrchestrationInstanceCreated folded into its completion (FunctionName, ScheduledTime, Input);
/// results only with showHistoryOutput (as JSON), inputs only with showInput; replay bookkeeping
/// (OrchestratorStarted/Completed, EventId, IsPlayed, TimerId) left out.
/// </summary>
internal static class HistoryFormatter
{
    public static JsonArray Format(string historyJson, bool showHistoryOutput, bool showInput)
    {
        var source = JsonNode.Parse(historyJson) as JsonArray ?? [];
        var scheduled = new Dictionary<(string Kind, int Id), JsonObject>();
        var folded = new HashSet<JsonObject>(ReferenceEqualityComparer.Instance);
        var events = new List<JsonObject>();

        foreach (var node in source)
        {
            if (node is not JsonObject e || !TryEventType(e["EventType"], out var type))
            {
                continue;
            }

            e["EventType"] = type.ToString();
            switch (type)
            {
                case EventType.OrchestratorStarted or EventType.OrchestratorCompleted:
                    continue;
                case EventType.ExecutionStarted:
                    Rename(e, "Name", "FunctionName");
                    e.Remove("OrchestrationInstance");
                    e.Remove("ParentInstance");
                    e.Remove("Version");
                    e.Remove("Tags");
                    break;
                case EventType.TaskScheduled or EventType.SubOrchestrationInstanceCreated:
                    e.Remove("Version");
                    if (Int(e["EventId"]) is { } id)
                    {
                        scheduled[(Kind(type), id)] = e;
                    }

                    break;
                case EventType.TaskCompleted or EventType.TaskFailed or EventType.SubOrchestrationInstanceCompleted or EventType.SubOrchestrationInstanceFailed:
                    if (Int(e["TaskScheduledId"]) is { } sid && scheduled.TryGetValue((Kind(type), sid), out var origin))
                    {
                        e["ScheduledTime"] = origin["Timestamp"]?.DeepClone();
                        e["FunctionName"] = origin["Name"]?.DeepClone();
                        if (showInput)
                        {
                            e["Input"] = origin["Input"]?.DeepClone();
                        }

                        folded.Add(origin);
                    }

                    e.Remove("TaskScheduledId");
                    Output(e, showHistoryOutput && type is EventType.TaskCompleted or EventType.SubOrchestrationInstanceCompleted);
                    break;
                case EventType.ExecutionCompleted:
                    if (Int(e["OrchestrationStatus"]) is { } status)
                    {
                        e["OrchestrationStatus"] = ((OrchestrationStatus)status).ToString();
                    }

                    Output(e, showHistoryOutput);
                    break;
                case EventType.TimerFired:
                    e.Remove("TimerId");
                    break;
            }

            if (!showInput)
            {
                e.Remove("Input");
            }

            e.Remove("EventId");
            e.Remove("IsPlayed");
            events.Add(e);
        }

        var result = new JsonArray();
        foreach (var e in events.Where(e => !folded.Contains(e)))
        {
            source.Remove(e);
            result.Add(e);
        }

        return result;
    }

    /// <summary>A payload as JSON when it is JSON, else as the string it is (terminate reasons often are plain text).</summary>
    public static JsonNode? ParsePayload(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length == 0)
        {
            return JsonValue.Create(string.Empty);
        }

        try
        {
            return JsonNode.Parse(trimmed);
        }
        catch (JsonException)
        {
            return JsonValue.Create(value);
        }
    }

    private static string Kind(EventType type) => type is EventType.TaskScheduled or EventType.TaskCompleted or EventType.TaskFailed ? "task" : "sub";

    private static void Output(JsonObject e, bool show)
    {
        if (!show)
        {
            e.Remove("Result");
        }
        else if (e["Result"] is JsonValue v && v.TryGetValue(out string? raw))
        {
            e["Result"] = ParsePayload(raw);
        }
    }

    private static void Rename(JsonObject e, string from, string to)
    {
        var value = e[from]?.DeepClone();
        e.Remove(from);
        e[to] = value;
    }

    private static int? Int(JsonNode? node) => node is JsonValue v && v.TryGetValue(out int i) ? i : null;

    private static bool TryEventType(JsonNode? node, out EventType type)
    {
        type = default;
        return node is JsonValue v && (v.TryGetValue(out int i) ? Enum.IsDefined(type = (EventType)i) : v.TryGetValue(out string? s) && Enum.TryParse(s, out type));
    }
}
