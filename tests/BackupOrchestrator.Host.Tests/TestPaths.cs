namespace BackupOrchestrator.Host.Tests;

/// <summary>Where the builds under test are: the host's, the sample app's and the real app's output folders.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Release or Debug, as this test assembly was built.</summary>
    public static string Configuration { get; } = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";

    public static string HostAssembly => Build("src/BackupOrchestrator.Host", "functions-host.dll");

    public static string Backupctl => Build("src/BackupOrchestrator.Cli", "backupctl.dll");

    public static string SampleApp => Path.GetDirectoryName(Build("tests/SampleFunctionsApp", "functions.metadata"))!;

    public static string RealApp => Path.GetDirectoryName(Build("src/BackupOrchestrator.Functions", "functions.metadata"))!;

    /// <summary>A copy of the sample app's build that a test may change (host.json, local.settings.json, metadata).</summary>
    public static string CopyOfSampleApp()
    {
        var target = Path.Combine(Path.GetTempPath(), "host-tests", Guid.NewGuid().ToString("N")[..12]);
        foreach (var file in Directory.EnumerateFiles(SampleApp, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(SampleApp, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        return target;
    }

    private static string Build(string project, string file)
    {
        var path = Path.Combine(RepositoryRoot, project, "bin", Configuration, "net10.0", file);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{path} is missing: build {project} ({Configuration}) first.");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Functions.sln not found above the test assembly.");
    }
}
