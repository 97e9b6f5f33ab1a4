using System.Collections.Concurrent;
using BackupOrchestrator.Durable.Worker;

namespace BackupOrchestrator.Durable.Tests.Support;

/// <summary>The orchestrators and activities the scenario tests run.</summary>
public static class TestFunctions
{
    /// <summary>Attempts per key, for activities that fail a given number of times.</summary>
    public static ConcurrentDictionary<string, int> Attempts { get; } = new();

    /// <summary>Keys whose activity must fail until removed (rewind test).</summary>
    public static ConcurrentDictionary<string, bool> Broken { get; } = new();

    /// <summary>Orchestrations whose code changes between episodes (non-determinism test).</summary>
    public static ConcurrentDictionary<string, bool> Changed { get; } = new();

    public static ConcurrentDictionary<string, int> SlotHolders { get; } = new();
    public static ConcurrentDictionary<string, int> SlotMax { get; } = new();

    public static void Register(TaskRegistry r)
    {
        r.AddActivity<string, string>("Hello", name => $"Hello {name}!");
        r.AddActivity<int, int>("Double", x => x * 2);
        r.AddActivity<string, int>("Length", s => s.Length);
        r.AddActivity<string, string>("Echo", s => s);
        r.AddActivity<string, string>("FailTwice", key =>
        {
            int n = Attempts.AddOrUpdate(key, 1, (_, v) => v + 1);
            return n <= 2 ? throw new InvalidOperationException($"attempt {n} fails") : $"ok after {n}";
        });
        r.AddActivity<string, string>("AlwaysFails", key =>
        {
            Attempts.AddOrUpdate(key, 1, (_, v) => v + 1);
            throw new InvalidOperationException("always fails");
        });
        r.AddActivity<string, string>("FailsWhileBroken", key => Broken.ContainsKey(key) ? throw new InvalidOperationException("broken") : "fixed");
        r.AddActivity<string, string>("HoldSlot", async (TaskActivityContext ctx, string key) =>
        {
            int now = SlotHolders.AddOrUpdate(key, 1, (_, v) => v + 1);
            SlotMax.AddOrUpdate(key, now, (_, v) => Math.Max(v, now));
            await Task.Delay(150);
            SlotHolders.AddOrUpdate(key, 0, (_, v) => v - 1);
            return key;
        });

        r.AddOrchestrator<string, string[]>("Chain", async (ctx, name) =>
        [
            await ctx.CallActivityAsync<string>("Hello", name + "1"),
            await ctx.CallActivityAsync<string>("Hello", name + "2"),
            await ctx.CallActivityAsync<string>("Hello", name + "3"),
        ]);
        r.AddOrchestrator<int, int>("FanOut", async (ctx, n) =>
        {
            var tasks = Enumerable.Range(1, n).Select(i => ctx.CallActivityAsync<int>("Double", i)).ToList();
            return (await Task.WhenAll(tasks)).Sum();
        });
        r.AddOrchestrator<int, int>("Parent", async (ctx, n) =>
        {
            int a = await ctx.CallSubOrchestratorAsync<int>("FanOut", n);
            int b = await ctx.CallSubOrchestratorAsync<int>("FanOut", n, new SubOrchestrationOptions { InstanceId = ctx.InstanceId + "-child" });
            return a + b;
        });
        r.AddOrchestrator<string, string>("ParentOfFailing", async (ctx, key) =>
        {
            try
            {
                return await ctx.CallSubOrchestratorAsync<string>("Retry", key);
            }
            catch (TaskFailedException ex)
            {
                return "child failed: " + ex.FailureDetails.InnerFailure?.ErrorMessage;
            }
        });
        r.AddOrchestrator<int, double>("Timer", async (ctx, seconds) =>
        {
            var start = ctx.CurrentUtcDateTime;
            await ctx.CreateTimer(TimeSpan.FromSeconds(seconds), CancellationToken.None);
            return (ctx.CurrentUtcDateTime - start).TotalSeconds;
        });
        r.AddOrchestrator<string, string>("EarlyEvent", async (ctx, name) =>
        {
            await ctx.CallActivityAsync<string>("Hello", name);
            await ctx.CallActivityAsync<string>("Hello", name);
            return await ctx.WaitForExternalEvent<string>("Approval");
        });
        r.AddOrchestrator<int, string>("WaitEvent", async (ctx, timeoutSeconds) =>
        {
            ctx.SetCustomStatus("waiting");
            try
            {
                return await ctx.WaitForExternalEvent<string>("Approval", TimeSpan.FromSeconds(timeoutSeconds));
            }
            catch (TimeoutException)
            {
                return "timed out";
            }
        });
        r.AddOrchestrator<string, string>("Retry", (ctx, key) =>
            ctx.CallActivityAsync<string>(key.StartsWith("never", StringComparison.Ordinal) ? "AlwaysFails" : "FailTwice", key,
                TaskOptions.FromRetryPolicy(new RetryPolicy(3, TimeSpan.FromSeconds(1), backoffCoefficient: 2))));
        r.AddOrchestrator<int, int>("Counter", async (ctx, n) =>
        {
            if (n < 5)
            {
                await ctx.CallActivityAsync<int>("Double", n);
                ctx.ContinueAsNew(n + 1);
                return -1;
            }

            return n;
        });
        r.AddOrchestrator<string, string>("Rewindable", async (ctx, key) =>
        {
            string a = await ctx.CallActivityAsync<string>("Hello", key);
            string b = await ctx.CallActivityAsync<string>("FailsWhileBroken", key);
            return a + " " + b;
        });
        r.AddOrchestrator<string, string>("Versioned", async (ctx, name) =>
            ctx.Version == "2" ? await ctx.CallActivityAsync<string>("Hello", name) : $"v{ctx.Version ?? "none"} {name}");
        r.AddOrchestrator<string, string>("Fickle", async (ctx, key) =>
        {
            await ctx.CallActivityAsync<string>(Changed.ContainsKey(key) ? "Echo" : "Hello", key);
            Changed[key] = true;
            await ctx.CallActivityAsync<string>("Hello", key);
            return "done";
        });
        r.AddOrchestrator<string, int>("Large", async (ctx, text) =>
        {
            string echoed = await ctx.CallActivityAsync<string>("Echo", text);
            return await ctx.CallActivityAsync<int>("Length", echoed);
        });
        r.AddOrchestrator<string, string>("LargeOut", (ctx, text) => ctx.CallActivityAsync<string>("Echo", text));
        r.AddOrchestrator<int, string>("Race", async (ctx, seconds) =>
        {
            using var cts = new CancellationTokenSource();
            var timer = ctx.CreateTimer(TimeSpan.FromSeconds(seconds), cts.Token);
            var work = ctx.CallActivityAsync<string>("Hello", "race");
            var winner = await Task.WhenAny(timer, work);
            if (winner == work)
            {
                cts.Cancel();
                return await work;
            }

            return "timer";
        });
        r.AddOrchestrator<string, string[]>("Guids", async (ctx, _) =>
        {
            var first = ctx.NewGuid();
            await ctx.CallActivityAsync<string>("Hello", "x");
            var second = ctx.NewGuid();
            var replayedFirst = await ctx.CallActivityAsync<string>("Echo", first.ToString());
            return [first.ToString(), second.ToString(), replayedFirst];
        });
        r.AddOrchestrator<int, string[]>("Slots", async (ctx, n) =>
            await Task.WhenAll(Enumerable.Range(0, n).Select(_ => ctx.CallActivityAsync<string>("HoldSlot", ctx.InstanceId, new TaskOptions { ConcurrencySlot = "backup" }))));
    }
}
