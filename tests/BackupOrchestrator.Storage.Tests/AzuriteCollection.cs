using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Storage.Tests;

/// <summary>All integration tests of this project share one Azurite (unique names keep them apart).</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
