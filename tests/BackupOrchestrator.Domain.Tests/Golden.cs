namespace BackupOrchestrator.Domain.Tests;

/// <summary>
/// Golden-file assertions: the expected output lives in Golden/NAME. Run the tests with
/// UPDATE_GOLDEN=1 to rewrite the files after an intended change, then review the diff.
/// </summary>
internal static class Golden
{
    public static void AssertMatches(string name, string actual)
    {
        var path = RepoPaths.Golden(name);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing; run the tests with UPDATE_GOLDEN=1 to create it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected == actual)
        {
            return;
        }

        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var line = 0;
        while (line < e.Length && line < a.Length && e[line] == a[line])
        {
            line++;
        }

        Assert.Fail($"output differs from golden file {name} at line {line + 1}:{Environment.NewLine}" +
                    $"  expected: {(line < e.Length ? e[line] : "<end>")}{Environment.NewLine}" +
                    $"  actual:   {(line < a.Length ? a[line] : "<end>")}{Environment.NewLine}" +
                    "If the change is intended, rerun with UPDATE_GOLDEN=1 and review the diff.");
    }
}
