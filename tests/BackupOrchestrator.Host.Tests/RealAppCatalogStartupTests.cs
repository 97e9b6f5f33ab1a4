namespace BackupOrchestrator.Host.Tests;

/// <summary>The real app in the real host refuses a catalog with errors at start, with backupctl validate's messages.</summary>
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
        var environment = new Dictionary<string, string>
        {
            // Never reached: the catalog is refused before storage is touched.
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
            ["AzureFunctionsWebHost__hostid"] = "catalog-startup",
            ["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated",
            ["Backup__Catalog"] = catalog,
            ["Backup__LogDirectory"] = Path.Combine(_dir, "logs"),
        };
        for (var slot = 1; slot <= 7; slot++)
        {
            environment[$"BackupWindow{slot}Schedule"] = "0 0 0 1 1 *";
        }

        environment["BackupIntegritySchedule"] = "0 0 0 1 1 *";
        var (exit, output) = await HostProcess.RunToExitAsync(TestPaths.RealApp, environment);
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

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
