using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Functions.Night;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackupOrchestrator.Functions.Tests;

public sealed class NightStarterTests
{
    [Fact]
    public async Task StartWindowAsync_CatalogWithErrors_RefusedWithValidatesMessagesBeforeAnythingStarts()
    {
        using var box = new TestBox();
        var path = Path.Combine(box.Root, "bad.yaml");
        File.WriteAllText(path, """
            version: 1
            windows:
              - {name: critical, start: "01:00"}
            services:
              - {name: webapp, tier: critical, depends_on: [databse], sources: [/srv/webapp]}
            """);
        box.Options.Catalog = path;
        var starter = new NightStarter(Microsoft.Extensions.Options.Options.Create(box.Options), TimeProvider.System, NullLogger<NightStarter>.Instance);

        // No client: a refused catalog must not reach the hub at all.
        var refused = await Assert.ThrowsAsync<CatalogException>(() => starter.StartWindowAsync(null!, 1, DateTimeOffset.UtcNow, CancellationToken.None));

        var error = Assert.Single(refused.Errors);
        Assert.Equal("unknown-dependency", error.Code);
        Assert.Contains($"{path}:5:", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("databse", error.ToString(), StringComparison.Ordinal);
    }
}
