namespace BackupOrchestrator.Domain.Tests;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Catalog(string name) => Path.Combine(Root, "infra", "catalog", name);

    /// <summary>A golden file under tests/BackupOrchestrator.Domain.Tests/Golden.</summary>
    public static string Golden(string name) => Path.Combine(Root, "tests", "BackupOrchestrator.Domain.Tests", "Golden", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root (Functions.sln) not found above " + AppContext.BaseDirectory);
    }
}
