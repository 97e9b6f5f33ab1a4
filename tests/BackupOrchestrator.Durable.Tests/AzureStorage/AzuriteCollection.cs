using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Durable.Tests.AzureStorage;

[CollectionDefinition("Azurite")]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>;
