using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BackupOrchestrator.Host.Durable.Tests.Support;
using Microsoft.DurableTask.Client;

namespace BackupOrchestrator.Host.Durable.Tests;

/// <summary>
/// The Durable Functions HTTP management API route by route over real HTTP (Kestrel on 127.0.0.1) and a real hub:
/// status codes and the field names and casing of Microsoft's "HTTP API reference".
/// </summary>
public sealed partial class ManagementApiTests(ApiServer server) : IClassFixture<ApiServer>
{
    private static readonly string[] StatusFields = ["name", "instanceId", "runtimeStatus", "input", "customStatus", "output", "createdTime", "lastUpdatedTime"];
    private static readonly string[] LinkFields = ["id", "statusQueryGetUri", "sendEventPostUri", "terminatePostUri", "purgeHistoryDeleteUri", "restartPostUri", "suspendPostUri", "resumePostUri"];

    private const string ContinuationHeader = "x-ms-continuation-token";

    private HttpClient Http => server.Http;

    [Theory]
    [InlineData("POST", "orchestrators/FanOut")]
    [InlineData("GET", "instances")]
    [InlineData("GET", "instances/any")]
    [InlineData("DELETE", "instances/any")]
    [InlineData("DELETE", "instances?createdTimeFrom=2026-01-01T00:00:00Z")]
    [InlineData("POST", "instances/any/raiseEvent/E")]
    [InlineData("POST", "instances/any/terminate")]
    [InlineData("POST", "instances/any/suspend")]
    [InlineData("POST", "instances/any/resume")]
    [InlineData("POST", "instances/any/restart")]
    [InlineData("POST", "instances/any/rewind")]
    public async Task EveryRoute_WithoutOrWithAWrongKey_Is401(string method, string path)
    {
        using var anonymous = new HttpClient { BaseAddress = Http.BaseAddress };
        using var noKey = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        using var wrongKey = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path + (path.Contains('?') ? "&" : "?") + "code=wrong"));

        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
        Assert.DoesNotContain("   at ", await noKey.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_Is202WithTheManagementLinksAndLocation()
    {
        using var response = await Http.PostAsync("orchestrators/FanOut/api-start-1", ApiServer.Json("3"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = (await ApiServer.ReadJsonAsync(response))!.AsObject();
        Assert.Equal(LinkFields.Order(), body.Select(p => p.Key).Order());
        Assert.Equal("api-start-1", (string)body["id"]!);
        var status = (string)body["statusQueryGetUri"]!;
        Assert.Equal(new Uri(status), response.Headers.Location);
        Assert.StartsWith(Http.BaseAddress + "instances/api-start-1?", status, StringComparison.Ordinal);
        foreach (var link in LinkFields.Skip(1))
        {
            Assert.Contains($"taskHub={server.Hub}&connection=Storage&code={ApiServer.SystemKey}", (string)body[link]!, StringComparison.Ordinal);
        }

        Assert.Contains("/instances/api-start-1/raiseEvent/{eventName}?", (string)body["sendEventPostUri"]!, StringComparison.Ordinal);
        Assert.Contains("/instances/api-start-1/terminate?reason={text}&", (string)body["terminatePostUri"]!, StringComparison.Ordinal);
        Assert.Contains("/instances/api-start-1/restart?", (string)body["restartPostUri"]!, StringComparison.Ordinal);
        Assert.Contains("/instances/api-start-1/suspend?reason={text}&", (string)body["suspendPostUri"]!, StringComparison.Ordinal);
        Assert.Contains("/instances/api-start-1/resume?reason={text}&", (string)body["resumePostUri"]!, StringComparison.Ordinal);
        Assert.Equal(12, (await server.Engine.Client.WaitForInstanceCompletionAsync("api-start-1", true, TestEngine.Timeout())).ReadOutputAs<int>());

        // The status URL it handed out works as given (code in the query, no header).
        using var anonymous = new HttpClient();
        using var followed = await anonymous.GetAsync(status);
        Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
    }

    [Fact]
    public async Task Start_WithoutInstanceId_GeneratesOne_AndBadRequestsAre400()
    {
        var id = await server.StartAsync(nameof(FanOut), null, "1");
        Assert.Matches("^[0-9a-f]{32}$", id);

        using var unknown = await Http.PostAsync("orchestrators/NoSuchOrchestrator", ApiServer.Json("1"));
        using var badJson = await Http.PostAsync("orchestrators/FanOut", ApiServer.Json("{not json"));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("NoSuchOrchestrator", (string)(await ApiServer.ReadJsonAsync(unknown))!["message"]!, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
    }

    [Fact]
    public async Task Start_SameInstanceIdTwiceWhileRunning_KeepsOneRun()
    {
        await server.StartAsync(nameof(ExternalEvent), "api-dup", "false");
        await WaitForStatusAsync("api-dup", "waiting");
        var created = (string)(await GetJsonAsync("instances/api-dup"))["createdTime"]!;

        Assert.Equal("api-dup", await server.StartAsync(nameof(ExternalEvent), "api-dup", "false"));

        var after = await GetJsonAsync("instances/api-dup");
        Assert.Equal(created, (string)after["createdTime"]!);
        Assert.Equal("Running", (string)after["runtimeStatus"]!);
    }

    [Fact]
    public async Task GetStatus_Running_Is202WithLocation_Completed_Is200WithTheDocumentedShape()
    {
        await server.StartAsync(nameof(ExternalEvent), "api-get-1", "false");
        await WaitForStatusAsync("api-get-1", "waiting");

        using (var running = await Http.GetAsync("instances/api-get-1"))
        {
            Assert.Equal(HttpStatusCode.Accepted, running.StatusCode);
            Assert.EndsWith("/instances/api-get-1", running.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
            var body = (await ApiServer.ReadJsonAsync(running))!.AsObject();
            Assert.Equal(StatusFields.Order(), body.Select(p => p.Key).Order());
            Assert.Equal("ExternalEvent", (string)body["name"]!);
            Assert.Equal("api-get-1", (string)body["instanceId"]!);
            Assert.Equal("Running", (string)body["runtimeStatus"]!);
            Assert.False((bool)body["input"]!);
            Assert.Equal("waiting", (string)body["customStatus"]!);
            Assert.Null(body["output"]);
            Assert.Matches(IsoSeconds(), (string)body["createdTime"]!);
            Assert.Matches(IsoSeconds(), (string)body["lastUpdatedTime"]!);
        }

        await server.Engine.Client.RaiseEventAsync("api-get-1", ExternalEvent.EventName, "ok");
        await server.Engine.Client.WaitForInstanceCompletionAsync("api-get-1", false, TestEngine.Timeout());
        using var done = await Http.GetAsync("instances/api-get-1?showInput=false");
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Null(done.Headers.Location);
        var final = (await ApiServer.ReadJsonAsync(done))!;
        Assert.Equal("Completed", (string)final["runtimeStatus"]!);
        Assert.Equal("approved:ok", (string)final["output"]!);
        Assert.Null(final["input"]);
        Assert.Null(final["historyEvents"]);
    }

    [Fact]
    public async Task GetStatus_ShowHistory_ListsEventsWithFunctionNames_ResultsOnlyWithShowHistoryOutput()
    {
        await server.StartAsync(nameof(FanOut), "api-hist", "2");
        await server.Engine.Client.WaitForInstanceCompletionAsync("api-hist", false, TestEngine.Timeout());

        var plain = (await GetJsonAsync("instances/api-hist?showHistory=true"))["historyEvents"]!.AsArray().Select(e => e!.AsObject()).ToList();
        var full = (await GetJsonAsync("instances/api-hist?showHistory=true&showHistoryOutput=true"))["historyEvents"]!.AsArray().Select(e => e!.AsObject()).ToList();

        Assert.Equal(["ExecutionStarted", "TaskCompleted", "TaskCompleted", "ExecutionCompleted"], plain.Select(e => (string)e["EventType"]!));
        Assert.Equal("FanOut", (string)plain[0]["FunctionName"]!);
        Assert.All(plain.Skip(1).Take(2), e =>
        {
            Assert.Equal("Twice", (string)e["FunctionName"]!);
            Assert.NotNull(e["ScheduledTime"]);
            Assert.NotNull(e["Timestamp"]);
            Assert.Null(e["Result"]);
            Assert.False(e.ContainsKey("EventId"));
            Assert.False(e.ContainsKey("TaskScheduledId"));
        });
        Assert.Equal("Completed", (string)plain[3]["OrchestrationStatus"]!);
        Assert.False(plain[3].ContainsKey("Result"));
        Assert.Equal([2, 4], full.Skip(1).Take(2).Select(e => (int)e["Result"]!).Order());
        Assert.Equal(6, (int)full[3]["Result"]!);
    }

    [Fact]
    public async Task GetStatus_Failed_Is200_Or500WithReturnInternalServerErrorOnFailure_Unknown404_BadParameter400()
    {
        await server.StartAsync(nameof(Failing), "api-fail", "\"z\"");
        await server.Engine.Client.WaitForInstanceCompletionAsync("api-fail", false, TestEngine.Timeout());

        using var plain = await Http.GetAsync("instances/api-fail");
        using var asError = await Http.GetAsync("instances/api-fail?returnInternalServerErrorOnFailure=true");
        using var unknown = await Http.GetAsync("instances/api-no-such");
        using var bad = await Http.GetAsync("instances/api-fail?showHistory=maybe");

        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal("Failed", (string)(await ApiServer.ReadJsonAsync(plain))!["runtimeStatus"]!);
        Assert.Equal(HttpStatusCode.InternalServerError, asError.StatusCode);
        Assert.Contains("boom: z", (await ApiServer.ReadJsonAsync(asError))!["output"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("showHistory", (string)(await ApiServer.ReadJsonAsync(bad))!["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_FiltersAndPagesWithTheContinuationHeaderBothWays()
    {
        for (var i = 0; i < 5; i++)
        {
            await server.StartAsync(nameof(FanOut), $"api-list:{i}", "1");
        }

        for (var i = 0; i < 5; i++)
        {
            await server.Engine.Client.WaitForInstanceCompletionAsync($"api-list:{i}", false, TestEngine.Timeout());
        }

        var ids = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "instances?instanceIdPrefix=api-list:&top=2&runtimeStatus=Completed,Failed");
            if (token is not null)
            {
                request.Headers.Add(ContinuationHeader, token);
            }

            using var response = await Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = (await ApiServer.ReadJsonAsync(response))!.AsArray();
            Assert.True(page.Count <= 2);
            Assert.All(page, item => Assert.Equal(StatusFields.Order(), item!.AsObject().Select(p => p.Key).Order()));
            ids.AddRange(page.Select(item => (string)item!["instanceId"]!));
            token = response.Headers.TryGetValues(ContinuationHeader, out var values) ? values!.Single() : null;
            pages++;
        }
        while (token is not null && pages < 10);

        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"api-list:{i}"), ids.Order());
        Assert.True(pages >= 3, $"pages: {pages}");
        var future = DateTime.UtcNow.AddHours(1).ToString("s") + "Z";
        Assert.Empty((await GetJsonAsync($"instances?instanceIdPrefix=api-list:&createdTimeFrom={future}")).AsArray());
        Assert.Empty((await GetJsonAsync("instances?instanceIdPrefix=api-list:&runtimeStatus=Running")).AsArray());
        using var bad = await Http.GetAsync("instances?runtimeStatus=Sleeping");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task RaiseEvent_Is202AndDelivers_UnknownIs404_EndedIs410_NonJsonIs400()
    {
        await server.StartAsync(nameof(ExternalEvent), "api-raise", "false");
        await WaitForStatusAsync("api-raise", "waiting");

        using var text = await Http.PostAsync("instances/api-raise/raiseEvent/Approval", new StringContent("yes"));
        using var broken = await Http.PostAsync("instances/api-raise/raiseEvent/Approval", ApiServer.Json("{oops"));
        using var accepted = await Http.PostAsync("instances/api-raise/raiseEvent/Approval", ApiServer.Json("\"via-http\""));
        using var unknown = await Http.PostAsync("instances/api-nobody/raiseEvent/Approval", ApiServer.Json("1"));

        Assert.Equal(HttpStatusCode.BadRequest, text.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var done = await server.Engine.Client.WaitForInstanceCompletionAsync("api-raise", true, TestEngine.Timeout());
        Assert.Equal("approved:via-http", done.ReadOutputAs<string>());
        using var gone = await Http.PostAsync("instances/api-raise/raiseEvent/Approval", ApiServer.Json("1"));
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
    }

    [Fact]
    public async Task Terminate_Is202WithTheReason_UnknownIs404_EndedIs410()
    {
        await server.StartAsync(nameof(ExternalEvent), "api-term", "false");
        await WaitForStatusAsync("api-term", "waiting");

        using var accepted = await Http.PostAsync("instances/api-term/terminate?reason=stop%20now", null);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var done = await server.Engine.Client.WaitForInstanceCompletionAsync("api-term", true, TestEngine.Timeout());
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, done.RuntimeStatus);
        Assert.Equal("stop now", done.ReadOutputAs<string>());

        using var gone = await Http.PostAsync("instances/api-term/terminate", null);
        using var unknown = await Http.PostAsync("instances/api-nobody/terminate", null);
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task SuspendAndResume_Are202AndChangeTheStatus_UnknownIs404_EndedIs410()
    {
        await server.StartAsync(nameof(ExternalEvent), "api-susp", "false");
        await WaitForStatusAsync("api-susp", "waiting");

        using var suspended = await Http.PostAsync("instances/api-susp/suspend?reason=pause", null);
        Assert.Equal(HttpStatusCode.Accepted, suspended.StatusCode);
        await ScenarioTests.PollAsync(async () => (string)(await GetJsonAsync("instances/api-susp"))["runtimeStatus"]! == "Suspended");
        using var resumed = await Http.PostAsync("instances/api-susp/resume?reason=go", null);
        Assert.Equal(HttpStatusCode.Accepted, resumed.StatusCode);
        await ScenarioTests.PollAsync(async () => (string)(await GetJsonAsync("instances/api-susp"))["runtimeStatus"]! == "Running");

        using var unknown = await Http.PostAsync("instances/api-nobody/suspend", null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        await server.Engine.Client.TerminateInstanceAsync("api-susp");
        await server.Engine.Client.WaitForInstanceCompletionAsync("api-susp", false, TestEngine.Timeout());
        using var gone = await Http.PostAsync("instances/api-susp/resume", null);
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
    }

    [Fact]
    public async Task Restart_Is202WithLinks_SameOrNewId_UnknownIs400()
    {
        await server.StartAsync(nameof(FanOut), "api-restart", "1");
        await server.Engine.Client.WaitForInstanceCompletionAsync("api-restart", false, TestEngine.Timeout());

        using var same = await Http.PostAsync("instances/api-restart/restart", null);
        Assert.Equal(HttpStatusCode.Accepted, same.StatusCode);
        Assert.Equal("api-restart", (string)(await ApiServer.ReadJsonAsync(same))!["id"]!);
        await server.Engine.Client.WaitForInstanceCompletionAsync("api-restart", false, TestEngine.Timeout());
        using var fresh = await Http.PostAsync("instances/api-restart/restart?restartWithNewInstanceId=true", null);
        Assert.Equal(HttpStatusCode.Accepted, fresh.StatusCode);
        var body = (await ApiServer.ReadJsonAsync(fresh))!.AsObject();
        Assert.Equal(LinkFields.Order(), body.Select(p => p.Key).Order());
        var newId = (string)body["id"]!;
        Assert.NotEqual("api-restart", newId);
        Assert.Equal(2, (await server.Engine.Client.WaitForInstanceCompletionAsync(newId, true, TestEngine.Timeout())).ReadOutputAs<int>());

        using var unknown = await Http.PostAsync("instances/api-nobody/restart", null);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task Rewind_FailedIs202_CompletedIs410_UnknownIs404()
    {
        await server.StartAsync(nameof(Failing), "api-rewind", "\"r\"");
        await server.StartAsync(nameof(FanOut), "api-rewind-ok", "1");
        await server.Engine.Client.WaitForInstanceCompletionAsync("api-rewind", false, TestEngine.Timeout());
        await server.Engine.Client.WaitForInstanceCompletionAsync("api-rewind-ok", false, TestEngine.Timeout());

        using var failed = await Http.PostAsync("instances/api-rewind/rewind?reason=retry", null);
        using var completed = await Http.PostAsync("instances/api-rewind-ok/rewind", null);
        using var unknown = await Http.PostAsync("instances/api-nobody/rewind", null);

        Assert.Equal(HttpStatusCode.Accepted, failed.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, completed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task PurgeOne_Is200WithInstancesDeleted_UnknownIs404_RunningIs409()
    {
        await server.StartAsync(nameof(FanOut), "api-purge", "1");
        await server.Engine.Client.WaitForInstanceCompletionAsync("api-purge", false, TestEngine.Timeout());
        await server.StartAsync(nameof(ExternalEvent), "api-purge-live", "false");
        await WaitForStatusAsync("api-purge-live", "waiting");

        using var purged = await Http.DeleteAsync("instances/api-purge");
        using var again = await Http.DeleteAsync("instances/api-purge");
        using var live = await Http.DeleteAsync("instances/api-purge-live");

        Assert.Equal(HttpStatusCode.OK, purged.StatusCode);
        Assert.Equal(1, (int)(await ApiServer.ReadJsonAsync(purged))!["instancesDeleted"]!);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, live.StatusCode);
        using var gone = await Http.GetAsync("instances/api-purge");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task PurgeMany_Is200WithTheCount_NoneMatchingIs404_MissingCreatedTimeFromIs400()
    {
        var from = DateTime.UtcNow.AddSeconds(-2).ToString("o");
        await server.StartAsync(nameof(Failing), "api-purgemany-1", "\"a\"");
        await server.StartAsync(nameof(Failing), "api-purgemany-2", "\"b\"");
        await server.Engine.Client.WaitForInstanceCompletionAsync("api-purgemany-1", false, TestEngine.Timeout());
        await server.Engine.Client.WaitForInstanceCompletionAsync("api-purgemany-2", false, TestEngine.Timeout());

        using var noFrom = await Http.DeleteAsync("instances?runtimeStatus=Failed");
        using var purged = await Http.DeleteAsync($"instances?createdTimeFrom={Uri.EscapeDataString(from)}&runtimeStatus=Failed");
        using var none = await Http.DeleteAsync($"instances?createdTimeFrom={Uri.EscapeDataString(from)}&runtimeStatus=Failed");

        Assert.Equal(HttpStatusCode.BadRequest, noFrom.StatusCode);
        Assert.Equal(HttpStatusCode.OK, purged.StatusCode);
        Assert.True((int)(await ApiServer.ReadJsonAsync(purged))!["instancesDeleted"]! >= 2);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        using var gone = await Http.GetAsync("instances/api-purgemany-2");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task AnotherTaskHub_Is400()
    {
        using var response = await Http.GetAsync("instances?taskHub=SomeOtherHub");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(server.Hub, (string)(await ApiServer.ReadJsonAsync(response))!["message"]!, StringComparison.Ordinal);
    }

    private async Task<JsonNode> GetJsonAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        return (await ApiServer.ReadJsonAsync(response))!;
    }

    private Task WaitForStatusAsync(string id, string customStatus) => ScenarioTests.WaitForCustomStatusAsync(server.Engine, id, customStatus);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")]
    private static partial Regex IsoSeconds();
}
