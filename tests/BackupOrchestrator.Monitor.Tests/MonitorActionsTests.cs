using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using BackupOrchestrator.Host.Tests;
using Microsoft.Playwright;

namespace BackupOrchestrator.Monitor.Tests;

/// <summary>
/// The page's Durable actions and the restore job, on the shared night's host but on instances and folders of
/// their own (a target lock orchestration started for the test, which waits for messages until told otherwise),
/// so the night the other tests read is not changed.
/// </summary>
[Collection(MonitorNightCollection.Name)]
public sealed class MonitorActionsTests(MonitorNight night)
{
    [Fact]
    public async Task OrchestrationActions_EachFromThePageWithItsConfirmation_LeaveTheInstanceInThatState()
    {
        var id = await StartLockAsync(night, "target:monitor-actions-" + Guid.NewGuid().ToString("N")[..8]);
        await using var browser = await night.OpenAsync();
        await browser.SignInAsync(night.MasterKey);
        var page = browser.Page;
        await browser.GoAsync($"#instance/{Uri.EscapeDataString(id)}");

        await ActAsync(page, "suspend");
        await StatusAsync(night, id, "Suspended");
        await page.WaitForSelectorAsync("#instance-status [data-state='Suspended']");

        await ActAsync(page, "resume");
        await StatusAsync(night, id, "Running");
        await page.WaitForSelectorAsync("#instance-status [data-state='Running']");

        await page.Locator("[data-action='raise-event']").ClickAsync();
        await page.Locator("#event-name").FillAsync("monitor-test");
        await page.Locator("#event-body").FillAsync("{\"from\": \"the monitor\"}");
        await page.Locator("#confirm-ok").ClickAsync();
        await page.WaitForSelectorAsync("#notice:has-text('Raise event: done')");
        await UntilAsync(async () => (await InstanceAsync(night, id, history: true))?["historyEvents"]?.AsArray()
            .Any(e => e!["EventType"]?.GetValue<string>() == "EventRaised" && e["Name"]?.GetValue<string>() == "monitor-test" && (e["Input"]?.ToString() ?? "").Contains("the monitor", StringComparison.Ordinal)) == true,
            () => $"the event monitor-test in the history of {id}");

        await ActAsync(page, "terminate");
        await StatusAsync(night, id, "Terminated");
        await page.WaitForSelectorAsync("#instance-status [data-state='Terminated']");

        await ActAsync(page, "restart");
        await StatusAsync(night, id, "Running");
        await page.WaitForSelectorAsync("#instance-status [data-state='Running']");

        // Purge takes an instance that has ended: ended through the app's endpoint this time.
        using var api = night.Api();
        using (var terminate = await api.PostAsync(new Uri($"api/orchestrations/{Uri.EscapeDataString(id)}/terminate", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.Accepted, terminate.StatusCode);
        }

        await StatusAsync(night, id, "Terminated");
        await browser.GoAsync("#orchestrations");
        await browser.GoAsync($"#instance/{Uri.EscapeDataString(id)}");
        await ActAsync(page, "purge");
        await page.WaitForFunctionAsync("() => location.hash === '#orchestrations'");
        Assert.Null(await InstanceAsync(night, id));
        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task OrchestrationActions_WrongStateOrUnknownInstance_ProblemDetailsNotAction()
    {
        var id = await StartLockAsync(night, "target:monitor-states-" + Guid.NewGuid().ToString("N")[..8]);
        using var api = night.Api();
        var path = $"api/orchestrations/{Uri.EscapeDataString(id)}";
        foreach (var (method, action, status) in new[]
        {
            (HttpMethod.Post, "/resume", HttpStatusCode.Conflict),
            (HttpMethod.Delete, "", HttpStatusCode.Conflict),
            (HttpMethod.Post, "/raiseEvent/bad", HttpStatusCode.BadRequest),
        })
        {
            using var request = new HttpRequestMessage(method, new Uri(path + action, UriKind.Relative)) { Content = new StringContent("{not json", Encoding.UTF8, "application/json") };
            using var response = await api.SendAsync(request);
            Assert.True(response.StatusCode == status, $"{method} {action}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        using var unknown = await api.PostAsync(new Uri("api/orchestrations/no-such-instance/terminate", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("Running", (await InstanceAsync(night, id))!["runtimeStatus"]!.GetValue<string>());
        using var end = await api.PostAsync(new Uri(path + "/terminate", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, end.StatusCode);
    }

    [Fact]
    public async Task RestoreHttp_ToANewFolder_AcceptedThenItsStatusReachesTheTotals_AndAFailureSaysWhy()
    {
        var original = Path.Combine(TestPaths.RepositoryRoot, "demo-data/config");
        var to = Path.Combine(night.Dir, "http-restore-" + Guid.NewGuid().ToString("N")[..8]);
        using var api = night.Api();
        using var started = await api.PostAsJsonAsync(new Uri("api/snapshots/primary/latest:config/restore", UriKind.Relative), new { to, path = original.TrimStart('/') });
        Assert.True(started.StatusCode == HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
        var location = started.Headers.Location!;
        var first = (await started.Content.ReadFromJsonAsync<JsonNode>())!;
        Assert.Equal(location.ToString(), first["statusUrl"]!.GetValue<string>());
        Assert.Contains(first["restore"]!["state"]!.GetValue<string>(), new[] { "Running", "Succeeded" });

        var done = await EndedAsync(api, location);
        Assert.True(done["state"]!.GetValue<string>() == "Succeeded", done.ToJsonString());
        var files = Directory.EnumerateFiles(original, "*", SearchOption.AllDirectories).ToList();
        Assert.Equal(files.Count, done["filesTotal"]!.GetValue<long>());
        Assert.Equal(files.Count, done["filesDone"]!.GetValue<long>());
        Assert.True(done["bytesTotal"]!.GetValue<long>() > files.Sum(f => new FileInfo(f).Length), done.ToJsonString());
        Assert.Equal(done["bytesTotal"]!.GetValue<long>(), done["bytesDone"]!.GetValue<long>());
        foreach (var file in files)
        {
            Assert.Equal(await File.ReadAllBytesAsync(file), await File.ReadAllBytesAsync(Path.Combine(to, file.TrimStart('/'))));
        }

        var listed = (await api.GetFromJsonAsync<JsonArray>(new Uri("api/restores", UriKind.Relative)))!;
        Assert.Contains(listed, r => r!["restore"]!["id"]!.GetValue<string>() == done["id"]!.GetValue<string>());
        using var again = await api.PostAsJsonAsync(new Uri("api/snapshots/primary/latest:config/restore", UriKind.Relative), new { to });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        using var unknown = await api.GetAsync(new Uri("api/restores/no-such-job", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);

        // A folder that cannot be made (under a file): accepted, then Failed with the reason.
        using var bad = await api.PostAsJsonAsync(new Uri("api/snapshots/primary/latest:config/restore", UriKind.Relative), new { to = Path.Combine(night.KeyFile, "under-a-file") });
        Assert.Equal(HttpStatusCode.Accepted, bad.StatusCode);
        var failed = await EndedAsync(api, bad.Headers.Location!);
        Assert.Equal("Failed", failed["state"]!.GetValue<string>());
        Assert.Contains("under-a-file", failed["reason"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    /// <summary>A target lock orchestration of the app under <paramref name="id"/>, started through the Durable HTTP API; it waits for messages.</summary>
    internal static async Task<string> StartLockAsync(MonitorNight night, string id)
    {
        using var api = night.Api();
        using var start = await api.PostAsync(new Uri($"runtime/webhooks/durabletask/orchestrators/TargetLock/{Uri.EscapeDataString(id)}", UriKind.Relative),
            // As the app's data converter writes it (property names as declared: TargetLockState, TargetLockTable).
            new StringContent($$"""{"Target": "{{id}}", "Table": {"Holders": [], "Waiting": []}, "ReclaimInterval": "00:00:10"}""", Encoding.UTF8, "application/json"));
        Assert.True(start.IsSuccessStatusCode, await start.Content.ReadAsStringAsync());
        await StatusAsync(night, id, "Running");
        return id;
    }

    internal static async Task<JsonNode?> InstanceAsync(MonitorNight night, string id, bool history = false)
    {
        using var api = night.Api();
        using var response = await api.GetAsync(new Uri($"runtime/webhooks/durabletask/instances/{Uri.EscapeDataString(id)}?showHistory={history}&showHistoryOutput={history}", UriKind.Relative));
        return response.StatusCode == HttpStatusCode.NotFound ? null : JsonNode.Parse(await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync());
    }

    /// <summary>Waits (up to 20 s) until the Durable API says the instance is <paramref name="status"/>.</summary>
    internal static async Task StatusAsync(MonitorNight night, string id, string status)
    {
        JsonNode? last = null;
        await UntilAsync(async () => (last = await InstanceAsync(night, id))?["runtimeStatus"]?.GetValue<string>() == status, () => $"{id} {status}; last: {last?.ToJsonString() ?? "(none)"}");
    }

    private static async Task UntilAsync(Func<Task<bool>> condition, Func<string> what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"waited 30 s for {what()}");
            await Task.Delay(200);
        }
    }

    private static async Task ActAsync(IPage page, string action)
    {
        await page.EvaluateAsync("() => { document.body.dataset.ready = 'false'; }");
        await page.Locator($"[data-action='{action}']").ClickAsync();
        Assert.True(await page.Locator("#confirm-dialog").EvaluateAsync<bool>("d => d.open"), $"{action} asked for no confirmation");
        await page.Locator("#confirm-ok").ClickAsync();
        await page.WaitForFunctionAsync("() => document.body.dataset.ready === 'true'");
    }

    private static async Task<JsonNode> EndedAsync(HttpClient api, Uri status)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var restore = (await api.GetFromJsonAsync<JsonNode>(status))!["restore"]!;
            if (restore["state"]!.GetValue<string>() != "Running")
            {
                return restore;
            }

            Assert.True(DateTime.UtcNow < deadline, $"the restore still runs after 30 s: {restore.ToJsonString()}");
            await Task.Delay(200);
        }
    }
}
