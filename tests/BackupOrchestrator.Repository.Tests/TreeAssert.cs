namespace BackupOrchestrator.Repository.Tests;

internal static class TreeAssert
{
    /// <summary>Same names, types, contents, modes, link targets and file mtimes (to the second).</summary>
    public static void Equal(string expected, string actual)
    {
        Assert.True(Directory.Exists(actual), $"{actual} was not restored");
        var left = Describe(expected);
        var right = Describe(actual);
        Assert.Equal(left.Keys.Order(StringComparer.Ordinal), right.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, description) in left)
        {
            Assert.Equal(description, right[name]);
        }
    }

    private static Dictionary<string, string> Describe(string root)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFileSystemEntries(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var info = new FileInfo(path);
            var name = Path.GetRelativePath(root, path);
            if (info.LinkTarget is not null)
            {
                result[name] = "link:" + info.LinkTarget;
            }
            else if (Directory.Exists(path))
            {
                result[name] = $"dir:{File.GetUnixFileMode(path)}";
            }
            else
            {
                var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
                result[name] = $"file:{info.Length}:{hash}:{File.GetUnixFileMode(path)}:{info.LastWriteTimeUtc:yyyyMMddHHmmss}";
            }
        }
        return result;
    }
}
