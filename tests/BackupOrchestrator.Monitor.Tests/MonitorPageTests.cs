using System.Formats.Tar;
using System.Net;
using System.Text.Json.Nodes;
using BackupOrchestrator.Host.Tests;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BackupOrchestrator.Monitor.Tests;

/// <summary>
/// The monitor page in Chromium against the real host and a time-compressed demo night (one night for the class,
/// <see cref="MonitorNight"/>). The retry changes the night, so it runs last (<see cref="StepAttribute"/>).
/// </summary>
[Collection(MonitorNightCollection.Name)]
[TestCaseOrderer(StepOrderer.Name, StepOrderer.Assembly)]
public sealed class MonitorPageTests(MonitorNight night, ITestOutputHelper output)
{
    private static readonly string[] Succeeding = ["config", "database", "documents", "media", "search-index", "webapp"];

    [Fact, Step(1)]
    public async Task PageLoad_EveryView_NoConsoleErrorAndNoFailedRequest()
    {
        await using var browser = await night.OpenAsync();
        await browser.SignInAsync(night.MasterKey);
        await browser.Page.WaitForSelectorAsync("#gantt");
        await browser.Page.WaitForFunctionAsync("() => document.body.dataset.ready === 'true'");
        output.WriteLine($"first load (shell, modules, catalog, plan, night): {browser.Bytes} bytes of bodies");
        await browser.ScreenshotAsync("tonight");
        output.WriteLine($"screenshots: {MonitorNight.Screenshots}");
        foreach (var view in new[] { "#services", "#orchestrations", "#history", "#snapshots", "#storage", $"#instance/{Uri.EscapeDataString($"window:{night.Day}:apps")}", "#tonight" })
        {
            await browser.GoAsync(view);
        }

        Assert.Empty(browser.Problems);
        // The shell is static and keyless; the data is not.
        using var anonymous = new HttpClient { BaseAddress = night.Host.BaseUri };
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri("api/monitor/js/main.js", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("api/catalog", UriKind.Relative))).StatusCode);
    }

    [Fact, Step(2)]
    public async Task Tonight_DemoNight_ShowsEachStateWithTheReasonInTextAndOnHover()
    {
        await using var browser = await night.OpenAsync();
        await browser.SignInAsync(night.MasterKey);
        await browser.Page.WaitForSelectorAsync("#night-table");
        var page = browser.Page;
        foreach (var service in Succeeding)
        {
            Assert.Equal("Succeeded", await page.Locator($"#night-table tr[data-service='{service}']").GetAttributeAsync("data-state"));
            Assert.Contains("Succeeded", await page.Locator($"#night-table tr[data-service='{service}'] .state").InnerTextAsync(), StringComparison.Ordinal);
        }

        var mail = page.Locator("#night-table tr[data-service='mail-archive']");
        Assert.Equal("Failed", await mail.GetAttributeAsync("data-state"));
        Assert.Contains($"source {night.MailSource} does not exist", await mail.Locator(".reason").InnerTextAsync(), StringComparison.Ordinal);
        // The Gantt row says the same without colour (a label) and on hover (its title) or focus (its aria-label).
        var row = page.Locator("#gantt g.row[data-service='mail-archive']");
        Assert.Contains("Failed", await row.Locator(".state-label").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("does not exist", await row.Locator("title").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("does not exist", await row.GetAttributeAsync("aria-label"), StringComparison.Ordinal);
        Assert.Equal("NotScheduled", await page.Locator($"#night-table tr[data-service='{MonitorNight.NeverBackedUp}']").GetAttributeAsync("data-state"));
        Assert.Contains("has no run on", await page.Locator($"#night-table tr[data-service='{MonitorNight.NeverBackedUp}'] .reason").InnerTextAsync(), StringComparison.Ordinal);
        // Times are the catalog's (UTC here), with the offset, although the browser's own zone is Europe/Zurich.
        Assert.Matches(@"\d\d:\d\d:\d\d UTC\+00:00", await page.Locator("#night-table tr[data-service='webapp'] td").Nth(4).InnerTextAsync());
        // The planned column: its start and its planned length, and the real seconds the compression makes of it.
        Assert.Matches(@"^\d\d:\d\d:\d\d UTC\+00:00 for \d+ (min|s|h).* \(\d+(\.\d)? s at 120×\)$", await page.Locator("#night-table tr[data-service='webapp'] td.planned").InnerTextAsync());
    }

    [Fact, Step(3)]
    public async Task Gantt_DemoNight_OneBarPerServiceDependencyEdgesAndNeverMoreThanThreeInTheLanes()
    {
        await using var browser = await night.OpenAsync();
        await browser.SignInAsync(night.MasterKey);
        await browser.Page.WaitForSelectorAsync("#gantt");
        var page = browser.Page;
        var rows = await page.Locator("#gantt g.row").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.service)");
        Assert.Equal(Succeeding.Append("mail-archive").Append(MonitorNight.NeverBackedUp).Order(), rows.Order());
        foreach (var service in rows.Where(r => r != MonitorNight.NeverBackedUp))
        {
            Assert.Equal(1, await page.Locator($"#gantt g.row[data-service='{service}'] rect.planned").CountAsync());
            Assert.Equal(1, await page.Locator($"#gantt g.row[data-service='{service}'] rect.actual").CountAsync());
        }

        Assert.Equal(0, await page.Locator($"#gantt g.row[data-service='{MonitorNight.NeverBackedUp}'] rect.actual").CountAsync());
        var edges = await page.Locator("#gantt path.edge").EvaluateAllAsync<string[]>("e => e.map(p => p.dataset.from + '>' + p.dataset.to)");
        Assert.Equal(["config>webapp", "database>webapp", "webapp>search-index"], edges.Order());

        var lanes = JsonNode.Parse(await page.Locator("#gantt g.lane").EvaluateAllAsync<string>(
            "lanes => JSON.stringify(lanes.map(l => [...l.querySelectorAll('g.run')].map(r => [r.dataset.service, +r.dataset.start, +r.dataset.end])))"))!.AsArray();
        Assert.InRange(lanes.Count, 1, 3);
        Assert.Equal(0, await page.Locator("#gantt g.lane.over").CountAsync());
        var runs = lanes.SelectMany(l => l!.AsArray()).Select(r => r!.AsArray()).ToList();
        Assert.Equal(7, runs.Count);
        foreach (var lane in lanes)
        {
            var spans = lane!.AsArray().Select(r => (Start: r![1]!.GetValue<double>(), End: r[2]!.GetValue<double>())).OrderBy(s => s.Start).ToList();
            Assert.All(spans.Zip(spans.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start, "two runs overlap in one lane"));
        }

        // The lanes are the truth of the status: at no instant did more than three runs overlap.
        var events = runs.SelectMany(r => new[] { (T: r[1]!.GetValue<double>(), D: 1), (T: r[2]!.GetValue<double>(), D: -1) }).OrderBy(e => e.T).ThenBy(e => e.D);
        var peak = 0;
        var current = 0;
        foreach (var e in events)
        {
            current += e.D;
            peak = Math.Max(peak, current);
        }

        Assert.InRange(peak, 1, 3);
    }

    [Fact, Step(4)]
    public async Task Services_ServiceWithNoBackup_RpoBreachStandsOutInColourAndText()
    {
        await using var browser = await night.OpenAsync();
        await browser.SignInAsync(night.MasterKey);
        await browser.GoAsync("#services");
        var page = browser.Page;
        var never = page.Locator($"#services-table tr[data-service='{MonitorNight.NeverBackedUp}']");
        Assert.Equal("NoBackup", await never.GetAttributeAsync("data-rpo"));
        Assert.Contains("breach", await never.GetAttributeAsync("class"), StringComparison.Ordinal);
        Assert.Contains("RPO BREACHED: no backup at all", await never.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(MonitorNight.NeverBackedUp, await page.Locator("#rpo-summary").InnerTextAsync(), StringComparison.Ordinal);
        // Nothing to restore is not a restore within the RTO.
        Assert.Equal("NoBackup", await never.GetAttributeAsync("data-rto"));
        Assert.Contains("unknown: no backup to restore", await never.InnerTextAsync(), StringComparison.Ordinal);
        var background = await never.EvaluateAsync<string>("r => getComputedStyle(r).backgroundColor");
        Assert.NotEqual(await page.Locator("#services-table tr[data-service='database']").EvaluateAsync<string>("r => getComputedStyle(r).backgroundColor"), background);
        var database = page.Locator("#services-table tr[data-service='database']");
        Assert.Equal("Met", await database.GetAttributeAsync("data-rpo"));
        Assert.Matches(@"snapshot [0-9a-f]{8}", await database.InnerTextAsync());
        Assert.Contains("×", await database.InnerTextAsync(), StringComparison.Ordinal);
        await browser.ScreenshotAsync("services");
    }

    [Fact, Step(5)]
    public async Task Orchestrations_Filters_NarrowTheList()
    {
        await using var browser = await night.OpenAsync();
        await browser.SignInAsync(night.MasterKey);
        await browser.GoAsync("#orchestrations");
        var page = browser.Page;
        var all = await Ids(page);
        Assert.Contains($"night:{night.Day}", all);
        Assert.Contains($"window:{night.Day}:apps", all);
        Assert.Contains($"backup:{night.Day}:webapp", all);

        await page.Locator("#orchestration-filters input[name='prefix']").FillAsync($"backup:{night.Day}:");
        var byPrefix = await ApplyAsync(page);
        Assert.Equal(7, byPrefix.Length);
        Assert.All(byPrefix, id => Assert.StartsWith($"backup:{night.Day}:", id, StringComparison.Ordinal));

        await page.Locator("#orchestration-filters input[name='prefix']").FillAsync("");
        await page.Locator("#orchestration-filters input[name='status'][value='Running']").CheckAsync();
        var running = await ApplyAsync(page);
        Assert.Contains("limit:backups", running);
        Assert.DoesNotContain($"backup:{night.Day}:webapp", running);

        await page.Locator("#orchestration-filters input[name='status'][value='Running']").UncheckAsync();
        await page.Locator("#orchestration-filters input[name='name']").FillAsync("BackupWindow");
        Assert.Equal([$"window:{night.Day}:apps", $"window:{night.Day}:critical"], (await ApplyAsync(page)).Order());
        Assert.Contains("Sorting orders this page only", await page.Locator("#orchestration-count").InnerTextAsync(), StringComparison.Ordinal);
        await browser.ScreenshotAsync("orchestrations");

        // Created after the night: none.
        await page.Locator("#orchestration-filters input[name='name']").FillAsync("");
        await page.Locator("#orchestration-filters input[name='from']").FillAsync(DateTime.UtcNow.AddHours(1).ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(await ApplyAsync(page));
        Assert.Empty(browser.Problems);
    }

    [Fact, Step(6)]
    public async Task Instance_ServiceBackup_HistoryShowsItsActivitiesAndTheWindowLinksToIt()
    {
        await using var browser = await night.OpenAsync();
        await browser.SignInAsync(night.MasterKey);
        var page = browser.Page;
        await browser.GoAsync($"#instance/{Uri.EscapeDataString($"window:{night.Day}:apps")}");
        await page.Locator($"#sub-orchestrations a:text-is('backup:{night.Day}:webapp')").ClickAsync();
        await page.WaitForSelectorAsync($"#title-instance:has-text('backup:{night.Day}:webapp')");
        var functions = await page.Locator("#history-table tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.event + ' ' + r.cells[2].textContent)");
        using var api = night.Api();
        Assert.True(functions.Contains("TaskCompleted RunBackup"),
            string.Join("\n", functions) + "\n" + await api.GetStringAsync(new Uri($"runtime/webhooks/durabletask/instances/{Uri.EscapeDataString($"backup:{night.Day}:webapp")}?showHistory=true", UriKind.Relative)));
        Assert.Contains("TaskCompleted ProbeResources", functions);
        Assert.Contains(functions, f => f.StartsWith("ExecutionStarted", StringComparison.Ordinal));
        await page.Locator("#history-filter").FillAsync("RunBackup");
        var filtered = await page.Locator("#history-table tbody tr").CountAsync();
        Assert.InRange(filtered, 1, functions.Length - 1);
        Assert.Contains("Completed", await page.Locator("#instance-status").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Succeeded", await page.Locator("#backup-state").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("[data-action='retry-service']").CountAsync());
        Assert.Contains("\"snapshotid\"", (await page.Locator("#custom-status").InnerTextAsync()).ToLowerInvariant(), StringComparison.Ordinal);
        await page.Locator("#history-filter").FillAsync("");
        await browser.ScreenshotAsync("instance");
    }

    [Fact, Step(7)]
    public async Task Snapshots_FileAndFolderFromTheTree_DownloadEqualToTheOriginals_RestoreFollowsItsProgressToDone()
    {
        await using var browser = await night.OpenAsync();
        await browser.SignInAsync(night.MasterKey);
        await browser.GoAsync("#snapshots");
        var page = browser.Page;
        await page.Locator("#snapshot-service").SelectOptionAsync("config");
        await page.WaitForSelectorAsync("#snapshot-table tbody tr[data-service='config']");
        var id = await page.Locator("#snapshot-table tbody tr[data-service='config']").First.GetAttributeAsync("data-snapshot");
        var folder = Path.Combine(TestPaths.RepositoryRoot, "demo-data/config").TrimStart('/');
        await browser.GoAsync($"#snapshots/primary/{id}/{folder}");
        var file = await page.Locator("#tree-table tbody tr[data-type='file']").First.GetAttributeAsync("data-path");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator($"#tree-table tr[data-path='{file}'] button.download").ClickAsync());
        var saved = Path.Combine(night.Dir, "downloaded-" + Path.GetFileName(file));
        await download.SaveAsAsync(saved);
        Assert.Equal(Path.GetFileName(file), download.SuggestedFilename);
        Assert.Equal(await File.ReadAllBytesAsync("/" + file), await File.ReadAllBytesAsync(saved));

        // The folder as a .tar: every file of the original folder, byte for byte.
        var tarDownload = await page.RunAndWaitForDownloadAsync(() => page.Locator($"button.download[data-path='{folder}']").First.ClickAsync());
        var tar = Path.Combine(night.Dir, "config.tar");
        await tarDownload.SaveAsAsync(tar);
        var extracted = Path.Combine(night.Dir, "config-tar");
        Directory.CreateDirectory(extracted);
        await TarFile.ExtractToDirectoryAsync(tar, extracted, overwriteFiles: false);
        var original = Path.Combine(TestPaths.RepositoryRoot, "demo-data/config");
        foreach (var path in Directory.EnumerateFiles(original, "*", SearchOption.AllDirectories))
        {
            Assert.Equal(await File.ReadAllBytesAsync(path), await File.ReadAllBytesAsync(Path.Combine(extracted, "config", Path.GetRelativePath(original, path))));
        }

        // Restore the folder to a new folder on the server, confirmed: a job whose progress the page follows
        // without reloading, up to done.
        var to = Path.Combine(night.Dir, "restored-config");
        await page.EvaluateAsync("() => { window.notReloaded = true; }");
        await page.Locator("[data-action='restore']").ClickAsync();
        await page.Locator("#restore-to").FillAsync(to);
        await page.Locator("#confirm-ok").ClickAsync();
        await page.WaitForSelectorAsync("#restore-progress[data-state='Succeeded']");
        var said = await page.Locator("#restore-progress").InnerTextAsync();
        var files = Directory.EnumerateFiles(original, "*", SearchOption.AllDirectories).Count();
        Assert.Contains($"{files} of {files} files", said, StringComparison.Ordinal);
        Assert.True(await page.Locator("#restore-bar").EvaluateAsync<bool>("b => b.value === b.max && b.max > 1"), said);
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"));
        await browser.ScreenshotAsync("restore");
        foreach (var path in Directory.EnumerateFiles(original, "*", SearchOption.AllDirectories))
        {
            var restored = Path.Combine(to, Path.GetRelativePath("/", path));
            Assert.True(File.Exists(restored), $"{restored} is missing; the page said: {said}; {to} holds: {string.Join(", ", Directory.Exists(to) ? Directory.EnumerateFileSystemEntries(to, "*", SearchOption.AllDirectories) : [])}");
            Assert.Equal(await File.ReadAllBytesAsync(path), await File.ReadAllBytesAsync(restored));
        }

        Assert.Empty(browser.Problems);
    }

    [Fact, Step(4)]
    public async Task History_Calendar_ShowsTonightsOutcomeAndItsServices()
    {
        await using var browser = await night.OpenAsync();
        await browser.SignInAsync(night.MasterKey);
        await browser.GoAsync("#history");
        var page = browser.Page;
        Assert.Equal(30, await page.Locator("#history-calendar td[data-day]").CountAsync());
        Assert.Equal("Failed", await page.Locator($"#history-calendar td[data-day='{night.Day}']").GetAttributeAsync("data-outcome"));
        Assert.Equal("NotRun", await page.Locator($"#history-calendar td[data-day='{DateOnly.Parse(night.Day, System.Globalization.CultureInfo.InvariantCulture).AddDays(-1):yyyy-MM-dd}']").GetAttributeAsync("data-outcome"));
        Assert.Contains("does not exist", await page.Locator("#night-detail tr[data-service='mail-archive']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(7, await page.Locator("#night-detail tbody tr").CountAsync());
    }

    [Fact, Step(4)]
    public async Task ReadEndpoints_BadInput_ProblemDetailsNeverServerErrors()
    {
        using var api = night.Api();
        foreach (var (path, status) in new[]
        {
            ("api/nights?last=abc", HttpStatusCode.BadRequest),
            ("api/nights?last=1000", HttpStatusCode.BadRequest),
            ("api/nights/2026-13-45/plan", HttpStatusCode.BadRequest),
            ("api/snapshots/nowhere", HttpStatusCode.NotFound),
            ("api/snapshots/primary/ffffffff/tree", HttpStatusCode.NotFound),
            ("api/snapshots/primary/latest:config/tree?path=no/such/folder", HttpStatusCode.NotFound),
            ("api/snapshots/primary/latest:config/download?path=no/such/file", HttpStatusCode.NotFound),
            ("api/monitor/no-such-asset.js", HttpStatusCode.NotFound),
        })
        {
            using var response = await api.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == status, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        using var bad = await api.PostAsync(new Uri("api/snapshots/primary/latest:config/restore", UriKind.Relative), new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using var relative = await api.PostAsync(new Uri("api/snapshots/primary/latest:config/restore", UriKind.Relative), new StringContent("{\"to\": \"relative/dir\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, relative.StatusCode);
        using var plan = await api.GetAsync(new Uri("api/nights/tonight/plan", UriKind.Relative));
        var json = System.Text.Json.Nodes.JsonNode.Parse(await plan.Content.ReadAsStringAsync())!;
        Assert.True(json["started"]!.GetValue<bool>());
        Assert.Equal(MonitorNight.Compression, json["timeCompression"]!.GetValue<double>());
    }

    [Fact, Step(8)]
    public async Task Keys_WrongKeyIsRefused_RightKeyStaysForTheTabOnly_ForgetKeyForgetsIt()
    {
        await using var browser = await night.OpenAsync();
        var page = browser.Page;
        await browser.SignInAsync("not-the-key");
        await page.WaitForSelectorAsync("#key-problem:has-text('refused (401)')");
        Assert.True(await page.Locator("#key-dialog").EvaluateAsync<bool>("d => d.open"));
        Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('backup-monitor-key')"));

        // A function key opens the app's API (the Gantt) but not the Durable API (the orchestrations say so).
        await browser.SignInAsync(night.FunctionKey);
        await page.WaitForSelectorAsync("#gantt");
        Assert.DoesNotContain(night.FunctionKey, page.Url, StringComparison.Ordinal);
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("#gantt");
        Assert.False(await page.Locator("#key-dialog").EvaluateAsync<bool>("d => d.open"));
        await page.EvaluateAsync("() => { location.hash = '#orchestrations'; }");
        await page.WaitForSelectorAsync("#key-problem:has-text('refused (401)')");

        await browser.SignInAsync(night.MasterKey);
        await page.WaitForSelectorAsync("#orchestration-table");
        await page.Locator("#forget-key").ClickAsync();
        Assert.True(await page.Locator("#key-dialog").EvaluateAsync<bool>("d => d.open"));
        Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('backup-monitor-key')"));
    }

    [Fact, Step(9)]
    public async Task ReadOnly_Host_HidesEveryActionAndRefusesThemOnTheServer()
    {
        // An instance of its own, running before a second host joins the hub (a worker joining moves the hub's
        // partitions, which holds new instances back for a while).
        var id = await MonitorActionsTests.StartLockAsync(night, "target:monitor-readonly-" + Guid.NewGuid().ToString("N")[..8]);
        var owners = HubPartitions.Owners(night.ConnectionString);
        await ReadOnlyHostAsync(id);

        // The second host is gone, but the partitions it took (or was taking) come back to the first only at its next
        // lease round, or when a half-done takeover's lease expires: until then the steps after this one would wait.
        await HubPartitions.WaitUntilOwnedByAsync(night.ConnectionString, owners, TimeSpan.FromSeconds(90));
    }

    private async Task ReadOnlyHostAsync(string id)
    {
        // A second host on the same storage and night, in read-only mode, with keys of its own.
        var hostId = "ro-" + Guid.NewGuid().ToString("N")[..10];
        await using var host = await HostProcess.StartAsync(TestPaths.RealApp, new Dictionary<string, string>(night.Environment)
        {
            ["AzureFunctionsWebHost__hostid"] = hostId,
            ["Backup__ReadOnly"] = "true",
            ["BackupWindow1Schedule"] = "0 0 0 1 1 *",
            ["BackupWindow2Schedule"] = "0 0 0 1 1 *",
        });
        var (_, master) = await night.KeysAsync(hostId);
        await using var browser = await night.OpenAsync(new Uri(host.BaseUri, "api/monitor/"));
        var page = browser.Page;
        await browser.SignInAsync(master);
        await page.WaitForSelectorAsync("#night-table");
        Assert.True(await page.Locator("#mode").IsVisibleAsync());
        Assert.Equal("Failed", await page.Locator("#night-table tr[data-service='mail-archive']").GetAttributeAsync("data-state"));
        Assert.Equal(0, await page.Locator("#night-table button.action").CountAsync());
        await browser.GoAsync($"#instance/{Uri.EscapeDataString($"backup:{night.Day}:mail-archive")}");
        Assert.Equal(0, await page.Locator(".action:visible").CountAsync());
        await browser.GoAsync("#snapshots");
        var snapshot = await page.Locator("#snapshot-table tbody tr").First.GetAttributeAsync("data-snapshot");
        await browser.GoAsync($"#snapshots/primary/{snapshot}");
        Assert.Equal(0, await page.Locator("[data-action='restore']").CountAsync());

        // The instance of its own, running, whose actions the page hides here.
        await browser.GoAsync($"#instance/{Uri.EscapeDataString(id)}");
        Assert.Contains("Running", await page.Locator("#instance-status").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator(".action:visible").CountAsync());

        // The server refuses what the page hides (asked with this page's own key, as a tampered page would): the
        // app's actions and the orchestration actions the page sends through the app.
        var statuses = await page.EvaluateAsync<int[]>("""
            async ([day, snapshot, id]) => {
              const key = sessionStorage.getItem('backup-monitor-key');
              const send = (method, path, body) => fetch('../' + path, { method, headers: { 'x-functions-key': key, 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) }).then(r => r.status);
              const o = `orchestrations/${encodeURIComponent(id)}`;
              return [await send('POST', `nights/${day}/services/mail-archive/retry`), await send('POST', `snapshots/primary/${snapshot}/restore`, { to: '/tmp/never-restored' }),
                await send('POST', `${o}/terminate`), await send('POST', `${o}/suspend`), await send('POST', `${o}/resume`), await send('POST', `${o}/restart`),
                await send('POST', `${o}/raiseEvent/monitor-test`), await send('DELETE', o)];
            }
            """, new object[] { night.Day, snapshot!, id });
        Assert.Equal([403, 403, 403, 403, 403, 403, 403, 403], statuses);
        Assert.False(Directory.Exists("/tmp/never-restored"));
        var after = await MonitorActionsTests.InstanceAsync(night, id, history: true);
        Assert.Equal("Running", after!["runtimeStatus"]!.GetValue<string>());
        Assert.DoesNotContain(after["historyEvents"]!.AsArray(), e => e!["EventType"]?.GetValue<string>() is "EventRaised" or "ExecutionSuspended" or "ExecutionTerminated");
        using var api = night.Api();
        (await api.PostAsync(new Uri($"api/orchestrations/{Uri.EscapeDataString(id)}/terminate", UriKind.Relative), null)).Dispose();
    }

    [Fact, Step(10)]
    public async Task Retry_FailedServiceFromThePage_RunsItAgainAndThePageShowsItSucceedWithoutReload()
    {
        Directory.CreateDirectory(night.MailSource);
        await File.WriteAllTextAsync(Path.Combine(night.MailSource, "inbox.mbox"), "From someone\nSubject: hello\n\nthe mail archive came back\n");
        await using var browser = await night.OpenAsync();
        await browser.SignInAsync(night.MasterKey);
        var page = browser.Page;
        await page.WaitForSelectorAsync("#night-table tr[data-service='mail-archive'][data-state='Failed']");
        await page.EvaluateAsync("() => { window.notReloaded = true; }");
        await page.Locator("#night-table button[data-action='retry'][data-service='mail-archive']").ClickAsync();
        await page.Locator("#confirm-ok").ClickAsync();
        // The app answers once the night's ledger has forgotten the old outcome, which it allows a minute for.
        await page.WaitForSelectorAsync("#notice:has-text('mail-archive runs again')", new PageWaitForSelectorOptions { Timeout = 65_000 });
        await page.WaitForSelectorAsync("#night-table tr[data-service='mail-archive'][data-state='Succeeded']", new PageWaitForSelectorOptions { Timeout = 90_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"));
        Assert.Equal("Succeeded", await page.Locator("#gantt g.row[data-service='mail-archive']").GetAttributeAsync("data-state"));
        await browser.ScreenshotAsync("tonight-after-retry");
        Assert.Empty(browser.Problems);
    }

    private static async Task<string[]> Ids(IPage page) =>
        await page.Locator("#orchestration-table tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.instance)");

    private static async Task<string[]> ApplyAsync(IPage page)
    {
        await page.EvaluateAsync("() => { document.body.dataset.ready = 'false'; }");
        await page.Locator("#orchestration-filters button[type='submit']").ClickAsync();
        await page.WaitForFunctionAsync("() => document.body.dataset.ready === 'true'");
        return await Ids(page);
    }
}
