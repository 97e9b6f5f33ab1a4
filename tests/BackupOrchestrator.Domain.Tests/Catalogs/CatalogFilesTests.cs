using BackupOrchestrator.Domain.Catalogs;

namespace BackupOrchestrator.Domain.Tests.Catalogs;

/// <summary>The catalogs shipped in infra/catalog load without errors and say what the seeds say.</summary>
public class CatalogFilesTests
{
    [Fact]
    public void Demo_Loads_WithSevenServicesOverDemoData()
    {
        var c = CatalogLoader.Load(RepoPaths.Catalog("demo.yaml"));

        Assert.Equal(7, c.Services.Count);
        Assert.Equal(RepoPaths.Root, c.DataRoot);
        var db = Assert.IsType<CommandSource>(c.FindService("database")!.Sources.Single());
        Assert.Equal("app-db.sql", db.StreamName);
        Assert.Equal(Path.Combine(RepoPaths.Root, "demo-data", "mail"), ((PathSource)c.FindService("mail-archive")!.Sources[0]).ResolvedPath);
        Assert.Equal(TargetKind.Blob, c.Targets.Primary!.Kind);
        Assert.Equal("UseDevelopmentStorage=true", c.Targets.Primary.Connection);
        Assert.Equal(Path.Combine(RepoPaths.Root, "demo-data", "backups", "secondary"), c.Targets.Secondary!.Path);
        Assert.Equal(Path.Combine(RepoPaths.Root, "demo-data", "keys", "demo.key"), c.EncryptionKeyFile);
    }
}
