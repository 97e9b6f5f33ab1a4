namespace BackupOrchestrator.Durable.Bench;

internal static class Benchmarks
{
    public static Task<int> RunAsync(CommandLine options) => Task.FromResult(0);
}
