namespace BackupOrchestrator.Repository.Format;

/// <summary>
/// What the CPU does in hardware that changes which hash is cheap. .NET exposes no x86 SHA
/// intrinsics to ask, and OpenSSL (which runs our SHA-2) picks its code path inside, so this reads
/// the kernel's flags: x86 <c>sha_ni</c>, arm64 <c>sha2</c> (this program runs on Linux only).
/// </summary>
internal static class CpuFeatures
{
    public static bool HasSha256Instructions { get; } = ReadSha256Flag();

    private static bool ReadSha256Flag()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/cpuinfo"))
            {
                if (line.StartsWith("flags", StringComparison.Ordinal) || line.StartsWith("Features", StringComparison.Ordinal))
                {
                    var words = line[(line.IndexOf(':') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    return words.Contains("sha_ni") || words.Contains("sha2");
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        return false;
    }
}
