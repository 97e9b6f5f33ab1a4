using BackupOrchestrator.Repository.Backup;
using BackupOrchestrator.Repository.Keys;
using BackupOrchestrator.Repository.Sources;
using BackupOrchestrator.Repository.Targets;

namespace BackupOrchestrator.Repository.Tests;

/// <summary>A temp folder with a source tree, a directory repository and a key; removed on dispose.</summary>
internal sealed class TestRepository : IDisposable
{
    public TestRepository()
    {
        Root = Path.Combine(Path.GetTempPath(), "repo-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        Source = Directory.CreateDirectory(Path.Combine(Root, "source")).FullName;
        RepoPath = Path.Combine(Root, "repo");
        Key = RepositoryKey.CreateFile(Path.Combine(Root, "key.json"));
        Target = new DirectoryTarget(RepoPath);
    }

    public string Root { get; }
    public string Source { get; }
    public string RepoPath { get; }
    public RepositoryKey Key { get; }
    public DirectoryTarget Target { get; }

    public string KeyPath => Path.Combine(Root, "key.json");

    public Task<BackupRepository> OpenAsync() => BackupRepository.InitAsync(Target, Key);

    public string RestorePath(string name = "restore") => Path.Combine(Root, name);

    public async Task<BackupResult> BackupAsync(BackupRepository repository, string service = "svc", BackupOptions? options = null, params BackupSource[] sources)
    {
        var request = new BackupRequest(service, sources.Length == 0 ? [new PathSource(Source)] : sources);
        return await new BackupRunner(repository, options).RunAsync(request);
    }

    public string Write(string relative, string content)
    {
        var path = Path.Combine(Source, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public string WriteRandom(string relative, int length, int seed)
    {
        var path = Path.Combine(Source, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Where a source path lands under a restore folder (names are absolute paths without '/').</summary>
    public string Restored(string restoreRoot, string sourcePath) => Path.Combine(restoreRoot, sourcePath.TrimStart('/'));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
