using BackupOrchestrator.Durable.Worker;

namespace BackupOrchestrator.Durable.Bench;

/// <summary>
/// The orchestration the crash tests run: fan-out of 5, a chain of 3, a short durable timer and
/// a sub-orchestration. For input n its output is 5n + 1013.
/// </summary>
public static class FaultWorkload
{
    public static int Expected(int n) => (5 * n) + 1013;

    public static void Register(TaskRegistry registry)
    {
        registry.AddActivity<int[], int>("Add", xs => xs.Sum());
        registry.AddOrchestrator<int, int>("FaultFlow", async (ctx, n) =>
        {
            var parts = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => ctx.CallActivityAsync<int>("Add", new[] { n, i })));
            int sum = parts.Sum();
            for (int i = 0; i < 3; i++)
            {
                sum = await ctx.CallActivityAsync<int>("Add", new[] { sum, i });
            }

            await ctx.CreateTimer(TimeSpan.FromMilliseconds(300), CancellationToken.None);
            return await ctx.CallSubOrchestratorAsync<int>("FaultChild", sum);
        });
        registry.AddOrchestrator<int, int>("FaultChild", (ctx, x) => ctx.CallActivityAsync<int>("Add", new[] { x, 1000 }));
    }
}
