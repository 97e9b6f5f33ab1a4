using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Functions.Configuration;
using BackupOrchestrator.Functions.Services;
using BackupOrchestrator.Repository;
using Microsoft.Extensions.Configuration;

namespace BackupOrchestrator.Functions.Tests;

/// <summary>The catalog's targets made once per app: what a retried backup reuses, and what it does not keep.</summary>
public sealed class RepositoryTargetsTests
{
    private static TargetSpec Blob(string setting) => new("primary", TargetKind.Blob, null, setting, "backups", null, null, null);

    private static (RepositoryTargets Targets, IConfiguration Configuration) CreateSut()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection().Build();
        return (new RepositoryTargets(Microsoft.Extensions.Options.Options.Create(new NightOptions()), configuration, TimeProvider.System), configuration);
    }

    [Fact]
    public void TargetOf_SameTargetTwice_TheSameObject()
    {
        var (targets, configuration) = CreateSut();
        configuration["Offsite"] = "UseDevelopmentStorage=true";

        Assert.Same(targets.TargetOf(Blob("Offsite")), targets.TargetOf(Blob("Offsite")));
        var folder = new TargetSpec("secondary", TargetKind.Directory, null, null, null, "/srv/backups", null, null);
        Assert.Same(targets.TargetOf(folder), targets.TargetOf(folder with { Role = "offsite" }));
    }

    [Fact]
    public void TargetOf_MissingSettingSetLater_IsMadeThen()
    {
        var (targets, configuration) = CreateSut();

        var missing = Assert.ThrowsAny<RepositoryException>(() => targets.TargetOf(Blob("Later")));
        Assert.Contains("Later", missing.Message, StringComparison.Ordinal);
        configuration["Later"] = "UseDevelopmentStorage=true";

        Assert.NotNull(targets.TargetOf(Blob("Later")));
    }

    [Fact]
    public void Identity_LiteralConnection_NeverHoldsTheConnection()
    {
        var spec = new TargetSpec("primary", TargetKind.Blob, "UseDevelopmentStorage=true", null, "backups", null, null, null);

        Assert.DoesNotContain("UseDevelopmentStorage", RepositoryTargets.Identity(spec), StringComparison.Ordinal);
        Assert.NotEqual(RepositoryTargets.Identity(spec), RepositoryTargets.Identity(spec with { Container = "other" }));
    }
}
