using Microsoft.Playwright;

namespace BackupOrchestrator.Monitor.Tests;

/// <summary>One page of the monitor in its own browser context, recording console errors, failed requests and HTTP errors.</summary>
public sealed class MonitorBrowser : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _problems = [];

    private MonitorBrowser(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                Record($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => Record($"page error: {error}");
        page.RequestFailed += (_, request) => Record($"request failed: {request.Method} {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            Bytes += response.Headers.TryGetValue("content-length", out var length) && long.TryParse(length, out var n) ? n : 0;
            if (response.Status >= 400)
            {
                Record($"HTTP {response.Status}: {response.Request.Method} {response.Url}");
            }
        };
    }

    public IPage Page { get; }

    /// <summary>Body bytes the page received (content-length of each response).</summary>
    public long Bytes { get; private set; }

    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems];
            }
        }
    }

    public static async Task<MonitorBrowser> OpenAsync(IBrowserContext context, Uri monitor)
    {
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        var browser = new MonitorBrowser(context, page);
        await page.GotoAsync(monitor.ToString());
        return browser;
    }

    /// <summary>Types the key into the page's key dialog and waits until the first view is drawn.</summary>
    public async Task SignInAsync(string key)
    {
        await Page.Locator("#key-input").FillAsync(key);
        await Page.Locator("#key-submit").ClickAsync();
    }

    /// <summary>Goes to a view (#services, #instance/ID, …) and waits until it is drawn.</summary>
    public async Task GoAsync(string hash)
    {
        // Drawn means: this route's view said so (a view still drawing when the hash changed may finish first).
        await Page.EvaluateAsync("h => { document.body.dataset.ready = 'false'; location.hash = h; }", hash);
        await Page.WaitForFunctionAsync("h => document.body.dataset.ready === 'true' && document.body.dataset.route === h", hash);
    }

    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(MonitorNight.Screenshots);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(MonitorNight.Screenshots, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();

    private void Record(string problem)
    {
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }
}
