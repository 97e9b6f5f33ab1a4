namespace BackupOrchestrator.Host.Bench;

/// <summary>The local host as a separate process: cold start to the first 200 and idle CPU (filled in once the host runs apps).</summary>
internal static class HostProcess
{
    public sealed record Result(TimeSpan ColdStart, double IdleCpuPercent);

    public static Task<Result> MeasureAsync(string hostDll, string appDir, string connectionString, int idleSeconds) =>
        throw new NotSupportedException($"Host measurements need the host branch ({hostDll}, {appDir}, {connectionString.Length}, {idleSeconds}).");
}
