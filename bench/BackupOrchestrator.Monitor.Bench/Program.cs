using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BackupOrchestrator.Host.Tests;
using BackupOrchestrator.Testing;
using Microsoft.Playwright;

// The monitor's weight and speed (docs/monitor.md), in one run on one host:
//   1. bytes transferred on the first load (navigation + every resource, Resource Timing transferSize; cache off);
//   2. time to the Gantt drawn with homelab.yaml's 37 services, against the bare fetch of the same JSON in the page;
//   3. time to the orchestration list with 1,000 instances (first page of 50, and all pages at 200), against the
//      bare fetch of the same pages.
// REPS (default 5) rounds each; medians and the spread are printed.
var reps = int.TryParse(Environment.GetEnvironmentVariable("REPS"), out var r) ? r : 5;
var instances = int.TryParse(Environment.GetEnvironmentVariable("INSTANCES"), out var n) ? n : 1000;
var azurite = new AzuriteFixture();
await azurite.InitializeAsync();
var hostId = "bench-" + Guid.NewGuid().ToString("N")[..8];
var environment = new Dictionary<string, string>
{
    ["AzureWebJobsStorage"] = azurite.ConnectionString,
    ["AzureFunctionsWebHost__hostid"] = hostId,
    ["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated",
    ["WEBSITE_TIME_ZONE"] = "UTC",
    ["Backup__Catalog"] = Path.Combine(TestPaths.RepositoryRoot, "infra/catalog/homelab.yaml"),
    ["Backup__LogDirectory"] = Path.Combine(Path.GetTempPath(), hostId),
};
for (var slot = 1; slot <= 7; slot++)
{
    environment[$"BackupWindow{slot}Schedule"] = "0 0 0 1 1 *";
}

environment["BackupIntegritySchedule"] = "0 0 0 1 1 *";

var host = await HostProcess.StartAsync(TestPaths.RealApp, environment);
try
{
    var blobs = azurite.CreateBlobServiceClient();
    var secrets = JsonNode.Parse((await blobs.GetBlobContainerClient("azure-webjobs-secrets").GetBlobClient($"{hostId}/host.json").DownloadContentAsync()).Value.Content.ToString())!;
    var master = secrets["masterKey"]!["value"]!.GetValue<string>();
    using var http = new HttpClient { BaseAddress = host.BaseUri };
    http.DefaultRequestHeaders.Add("x-functions-key", master);

    // 1,000 instances through the management API: windows with no service, which complete at once.
    var clock = Stopwatch.StartNew();
    await Parallel.ForAsync(0, instances, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
    {
        var id = $"window:2026-01-{1 + (i % 28):D2}:bench{i:D4}";
        using var response = await http.PostAsJsonAsync(new Uri($"runtime/webhooks/durabletask/orchestrators/BackupWindow/{Uri.EscapeDataString(id)}", UriKind.Relative),
            new { day = "2026-01-01", window = "bench", services = Array.Empty<object>() }, ct);
        response.EnsureSuccessStatusCode();
    });
    Console.WriteLine($"started {instances} instances in {clock.Elapsed.TotalSeconds:0.0} s");

    using var playwright = await Playwright.CreateAsync();
    await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });

    var bytes = new List<double>();
    var gantt = new List<double>();
    var ganttPeer = new List<double>();
    var list = new List<double>();
    var listPeer = new List<double>();
    var allPages = new List<double>();
    var allPagesPeer = new List<double>();
    for (var round = 0; round < reps; round++)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        await page.GotoAsync(new Uri(host.BaseUri, "api/monitor/").ToString());
        await page.EvaluateAsync("k => sessionStorage.setItem('backup-monitor-key', k)", master);
        var started = await page.EvaluateAsync<double>("() => { location.reload(); return 0; }");
        await page.WaitForFunctionAsync("() => document.body.dataset.ganttDrawn");
        gantt.Add(await page.EvaluateAsync<double>("() => +document.body.dataset.ganttDrawn"));
        bytes.Add(await page.EvaluateAsync<double>("""
            () => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).reduce((s, e) => s + e.transferSize, 0)
            """));
        var rows = await page.Locator("#gantt g.row").CountAsync();
        if (rows != 37)
        {
            throw new InvalidOperationException($"the Gantt drew {rows} rows, not 37");
        }

        ganttPeer.Add(await page.EvaluateAsync<double>("""
            async k => { const t = performance.now(); const h = { headers: { 'x-functions-key': k } };
              await Promise.all([fetch('../catalog', h).then(r => r.json()), fetch('../nights/tonight/plan', h).then(r => r.json())]);
              return performance.now() - t; }
            """, master));

        var t0 = await page.EvaluateAsync<double>("() => { document.body.dataset.ready = 'false'; const t = performance.now(); location.hash = '#orchestrations'; return t; }");
        await page.WaitForSelectorAsync("#orchestration-table");
        await page.WaitForFunctionAsync("() => document.body.dataset.ready === 'true'");
        // Measured in the page (from the hash change to the view saying it is drawn), not across Playwright's polling.
        list.Add(await page.EvaluateAsync<double>("t => +document.body.dataset.drawnAt - t", t0));
        listPeer.Add(await page.EvaluateAsync<double>("""
            async k => { const t = performance.now(); await fetch('../../runtime/webhooks/durabletask/instances?top=50', { headers: { 'x-functions-key': k } }).then(r => r.json()); return performance.now() - t; }
            """, master));

        // Every page at 200 per page, clicking Next until there is none.
        await page.Locator("#orchestration-filters select[name='top']").SelectOptionAsync("200");
        var p0 = await page.EvaluateAsync<double>("() => { document.body.dataset.ready = 'false'; return performance.now(); }");
        await page.Locator("#orchestration-filters button[type='submit']").ClickAsync();
        var seen = 0;
        while (true)
        {
            await page.WaitForFunctionAsync("() => document.body.dataset.ready === 'true'");
            seen += await page.Locator("#orchestration-table tbody tr").CountAsync();
            if (await page.Locator("#page-next").IsDisabledAsync())
            {
                break;
            }

            await page.EvaluateAsync("() => { document.body.dataset.ready = 'false'; }");
            await page.Locator("#page-next").ClickAsync();
        }

        allPages.Add(await page.EvaluateAsync<double>("t => +document.body.dataset.drawnAt - t", p0));
        allPagesPeer.Add(await page.EvaluateAsync<double>("""
            async k => { const t = performance.now(); let token = null; let count = 0;
              do { const r = await fetch('../../runtime/webhooks/durabletask/instances?top=200', { headers: token ? { 'x-functions-key': k, 'x-ms-continuation-token': token } : { 'x-functions-key': k } });
                   count += (await r.json()).length; token = r.headers.get('x-ms-continuation-token'); } while (token);
              return performance.now() - t; }
            """, master));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round + 1}: {bytes[^1]:0} B, gantt {gantt[^1]:0} ms (fetch {ganttPeer[^1]:0}), list {list[^1]:0} ms (fetch {listPeer[^1]:0}), {seen} instances on every page {allPages[^1]:0} ms (fetch {allPagesPeer[^1]:0})"));
        _ = started;
    }

    Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Trim()}");
    Report("first load, bytes transferred", bytes, null, "B");
    Report("Gantt drawn, 37 services (ms from navigation start)", gantt, ganttPeer, "ms");
    Report("orchestration list, first page of 50 (ms)", list, listPeer, "ms");
    Report($"orchestration list, all {instances} at 200 per page (ms)", allPages, allPagesPeer, "ms");
}
finally
{
    await host.DisposeAsync();
    await azurite.DisposeAsync();
}

static void Report(string what, List<double> values, List<double>? peer, string unit)
{
    static double Median(List<double> v) { var s = v.Order().ToList(); return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2; }
    var line = string.Create(CultureInfo.InvariantCulture, $"{what}: median {Median(values):0} {unit} (min {values.Min():0}, max {values.Max():0})");
    if (peer is not null)
    {
        line += string.Create(CultureInfo.InvariantCulture, $"; bare fetch of the same JSON {Median(peer):0} {unit}, ratio {Median(values) / Median(peer):0.00}");
    }

    Console.WriteLine(line);
}
