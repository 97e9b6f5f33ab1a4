namespace BackupOrchestrator.Host.Tests;

/// <summary>The real app in the real host refuses a catalog with errors (with backupctl validate's messages) and settings out of range at start.</summary>
public sealed class RealAppCatalogStartupTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("catalog-startup-").FullName;

    [Fact]
    public async Task Start_CatalogWithErrors_RefusedBeforeListeningWithValidatesMessages()
    {
        var catalog = Path.Combine(_dir, "broken.yaml");
        await File.WriteAllTextAsync(catalog, """
            version: 1
            data_root: data
            timezone: UTC
            targets:
              primary: {kind: directory, path: repo}
            windows:
              - {name: first, start: "01:00", length: 1h}
            limits: {max_concurrent: 3, timeout: soon, max_duration: 120m}
            services:
              - {name: a, tier: first, depends_on: [ghost], sources: [files]}
            """);
        var (exit, output) = await HostProcess.RunToExitAsync(TestPaths.RealApp, Environment(new() { ["Backup__Catalog"] = catalog }));
        var validate = await Backupctl.RunAsync("validate", "--catalog", catalog);

        Assert.Equal(1, exit);
        Assert.Contains("functions-host: the app refused its settings at start (NightOptions):", output, StringComparison.Ordinal);
        Assert.DoesNotContain(FunctionsHost.StartedLine, output, StringComparison.Ordinal);
        var errors = validate.Stdout.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count >= 2, validate.Stdout);
        Assert.All(errors, line => Assert.Contains(line.TrimEnd(), output, StringComparison.Ordinal));
        Assert.Contains($"`backupctl validate --catalog {catalog}` prints the same list", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal); // No stack trace.
    }

    [Fact]
    public async Task Start_SettingsOutOfRange_RefusedBeforeListeningNamingEach()
    {
        var (exit, output) = await HostProcess.RunToExitAsync(TestPaths.RealApp, Environment(new()
        {
            ["Backup__RetryAttempts"] = "0",
            ["Backup__TimeCompression"] = "0",
            ["Backup__RetryFirstInterval"] = "-00:00:30",
        }));

        Assert.Equal(1, exit);
        Assert.Contains("functions-host: the app refused its settings at start (NightOptions):", output, StringComparison.Ordinal);
        Assert.Contains("Backup__RetryAttempts is 0: it must be how many times a backup is tried, 1 (no retry) to 20.", output, StringComparison.Ordinal);
        Assert.Contains("Backup__TimeCompression is 0: it must be night seconds per real second, 1 or more", output, StringComparison.Ordinal);
        Assert.Contains("Backup__RetryFirstInterval is -00:00:30: it must be a duration longer than zero.", output, StringComparison.Ordinal);
        Assert.DoesNotContain(FunctionsHost.StartedLine, output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SettingThatIsNotANumber_RefusedNamingTheSettingAndItsValue()
    {
        var (exit, output) = await HostProcess.RunToExitAsync(TestPaths.RealApp, Environment(new() { ["Backup__RetryAttempts"] = "three" }));

        Assert.Equal(1, exit);
        Assert.Contains("functions-host: the setting Backup__RetryAttempts is 'three', which is not a whole number (Int32). Fix: correct it", output, StringComparison.Ordinal);
        Assert.DoesNotContain(FunctionsHost.StartedLine, output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    /// <summary>The real app's settings (a good catalog: the demo's; every timer far away), then <paramref name="extra"/>.</summary>
    private Dictionary<string, string> Environment(Dictionary<string, string> extra)
    {
        var environment = new Dictionary<string, string>
        {
            // Never reached: the catalog or the settings are refused before storage is touched.
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
            ["AzureFunctionsWebHost__hostid"] = "settings-startup",
            ["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated",
            ["Backup__Catalog"] = Path.Combine(TestPaths.RepositoryRoot, "infra/catalog/demo.yaml"),
            ["Backup__LogDirectory"] = Path.Combine(_dir, "logs"),
        };
        for (var slot = 1; slot <= 7; slot++)
        {
            environment[$"BackupWindow{slot}Schedule"] = "0 0 0 1 1 *";
        }

        environment["BackupIntegritySchedule"] = "0 0 0 1 1 *";
        foreach (var (name, value) in extra)
        {
            environment[name] = value;
        }

        return environment;
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
