using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Host.Tests;

/// <summary>
/// One Azurite for the host's integration tests, which run one after another (each starts real host processes;
/// the machine has two cores). Tests keep apart by host id, hub name and record file.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "host on Azurite";
}
