using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Host.Durable.Tests.Support;

/// <summary>One Azurite for all the engine tests; each test uses its own task hub.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
