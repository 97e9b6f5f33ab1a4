using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.DurableTask.Client;
using Core = DurableTask.Core;

namespace BackupOrchestrator.Host.Durable;

/// <summary>The JSON bodies of the management API, with the documented field names and casing.</summary>
internal static class ManagementPayloads
{
    /// <summary>One instance's status (get and list): name, instanceId, runtimeStatus, input, customStatus, output, createdTime, lastUpdatedTime.</summary>
    public static JsonObject Status(Core.OrchestrationState state, bool showInput) => Status(
        state.Name, state.OrchestrationInstance.InstanceId, state.OrchestrationStatus.ToSdk(), showInput ? state.Input : null,
        state.Status, state.Output, state.CreatedTime, state.LastUpdatedTime);

    public static JsonObject Status(OrchestrationMetadata m, bool showInput) => Status(
        m.Name, m.InstanceId, m.RuntimeStatus, showInput ? m.SerializedInput : null, m.SerializedCustomStatus, m.SerializedOutput,
        m.CreatedAt.UtcDateTime, m.LastUpdatedAt.UtcDateTime);

    /// <summary>The URLs of one instance, as the 202 of a start or restart returns them.</summary>
    public static JsonObject Links(string baseUrl, string instanceId, string hubName, string connection, string systemKey)
    {
        var instance = baseUrl + "/instances/" + WebUtility.UrlEncode(instanceId);
        var query = "taskHub=" + WebUtility.UrlEncode(hubName) + "&connection=" + WebUtility.UrlEncode(connection) + "&code=" + WebUtility.UrlEncode(systemKey);
        return new JsonObject
        {
            ["id"] = instanceId,
            ["statusQueryGetUri"] = instance + "?" + query,
            ["sendEventPostUri"] = instance + "/raiseEvent/{eventName}?" + query,
            ["terminatePostUri"] = instance + "/terminate?reason={text}&" + query,
            ["purgeHistoryDeleteUri"] = instance + "?" + query,
            ["restartPostUri"] = instance + "/restart?" + query,
            ["suspendPostUri"] = instance + "/suspend?reason={text}&" + query,
            ["resumePostUri"] = instance + "/resume?reason={text}&" + query,
        };
    }

    private static JsonObject Status(
        string name, string instanceId, OrchestrationRuntimeStatus status, string? input, string? customStatus, string? output,
        DateTime created, DateTime updated) => new()
        {
            ["name"] = name,
            ["instanceId"] = instanceId,
            ["runtimeStatus"] = status.ToString(),
            ["input"] = HistoryFormatter.ParsePayload(input),
            ["customStatus"] = HistoryFormatter.ParsePayload(customStatus),
            ["output"] = HistoryFormatter.ParsePayload(output),
            ["createdTime"] = Iso(created),
            ["lastUpdatedTime"] = Iso(updated),
        };

    /// <summary>Seconds precision with Z, as the extension writes it ("2018-02-28T05:18:49Z").</summary>
    private static string Iso(DateTime time) =>
        DateTime.SpecifyKind(time, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
