using System.Net;
using System.Net.Sockets;
using Azure.Storage.Blobs;
using Azure.Storage.Sas;
using BackupOrchestrator.Repository.Maintenance;
using BackupOrchestrator.Repository.Restore;
using BackupOrchestrator.Repository.Targets;
using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Repository.Tests;

/// <summary>Connections by SAS made for the test, and the failures a person must be able to act on, against a real Azurite.</summary>
public sealed class BlobAuthenticationTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly TestRepository _t = new();

    public void Dispose() => _t.Dispose();

    private BlobServiceClient KeyClient => new(azurite.BlobEndpoint, azurite.CreateSharedKeyCredential(), BlobConnection.CreateClientOptions());

    private string SasConnectionString(string sas) => $"BlobEndpoint={azurite.BlobEndpoint};SharedAccessSignature={sas.TrimStart('?')}";

    private string AccountSas(DateTimeOffset expires, AccountSasPermissions permissions = AccountSasPermissions.All) =>
        KeyClient.GenerateAccountSasUri(permissions, expires, AccountSasResourceTypes.All).Query;

    [Fact]
    public async Task AccountSasConnectionString_BacksUpAndRestores()
    {
        _t.WriteRandom("db/data.bin", 600_000, seed: 21);
        var target = TargetSpecParser.Parse($"blob:{AzuriteFixture.UniqueName("sas")}/homelab", SasConnectionString(AccountSas(DateTimeOffset.UtcNow.AddHours(1))));

        var repository = await BackupRepository.InitAsync(target, _t.Key);
        var result = await _t.BackupAsync(repository);
        var restored = await new Restorer(await BackupRepository.OpenAsync(target, _t.Key)).ToDirectoryAsync(result.Snapshot, _t.RestorePath());

        Assert.Empty(restored.Errors);
        TreeAssert.Equal(_t.Source, _t.Restored(_t.RestorePath(), _t.Source));
    }

    [Fact]
    public async Task ContainerSasConnectionString_BacksUpAndRestores_InAnExistingContainer()
    {
        var name = AzuriteFixture.UniqueName("csas");
        var container = KeyClient.GetBlobContainerClient(name);
        await container.CreateAsync();
        var sas = container.GenerateSasUri(BlobContainerSasPermissions.All, DateTimeOffset.UtcNow.AddHours(1)).Query;
        _t.WriteRandom("a.bin", 300_000, seed: 22);
        var target = TargetSpecParser.Parse($"blob:{name}", SasConnectionString(sas));

        var repository = await BackupRepository.InitAsync(target, _t.Key);
        var result = await _t.BackupAsync(repository);
        var restored = await new Restorer(repository).ToDirectoryAsync(result.Snapshot, _t.RestorePath());

        Assert.Empty(restored.Errors);
        TreeAssert.Equal(_t.Source, _t.Restored(_t.RestorePath(), _t.Source));
    }

    [Fact]
    public async Task ReadOnlyContainerSas_RestoresAndVerifies_ThoughItCannotWriteAReadLock()
    {
        var name = AzuriteFixture.UniqueName("ro");
        var container = KeyClient.GetBlobContainerClient(name);
        await container.CreateAsync();
        _t.WriteRandom("a.bin", 400_000, seed: 23);
        var result = await _t.BackupAsync(await BackupRepository.InitAsync(new BlobTarget(container), _t.Key));
        var sas = container.GenerateSasUri(BlobContainerSasPermissions.Read | BlobContainerSasPermissions.List, DateTimeOffset.UtcNow.AddHours(1)).Query;
        var reader = await BackupRepository.OpenAsync(TargetSpecParser.Parse($"blob:{name}", SasConnectionString(sas)), _t.Key);
        await Assert.ThrowsAsync<RepositoryException>(() => reader.Target.PutAsync("locks/probe", new byte[] { 1 }, default));

        var restored = await new Restorer(reader).ToDirectoryAsync(result.Snapshot, _t.RestorePath());
        var verified = await new Verifier(reader).VerifyAsync();

        Assert.Empty(restored.Errors);
        TreeAssert.Equal(_t.Source, _t.Restored(_t.RestorePath(), _t.Source));
        Assert.True(verified.Ok);
    }

    [Fact]
    public async Task WrongSasSignature_Fails403_SayingTheSasWasRefused()
    {
        var sas = AccountSas(DateTimeOffset.UtcNow.AddHours(1));
        var forged = System.Text.RegularExpressions.Regex.Replace(sas, "sig=[^&]+", "sig=" + Uri.EscapeDataString(Convert.ToBase64String(new byte[32])));
        var target = TargetSpecParser.Parse($"blob:{AzuriteFixture.UniqueName("bad")}", SasConnectionString(forged));

        var e = await Assert.ThrowsAsync<RepositoryException>(() => BackupRepository.InitAsync(target, _t.Key));

        Assert.Contains("403", e.Message);
        Assert.Contains("the SAS was refused: a wrong signature", e.Message);
        Assert.DoesNotContain("sig=", e.Message);
    }

    [Fact]
    public async Task ExpiredSas_Fails403_SayingWhenItExpired()
    {
        var expired = DateTimeOffset.UtcNow.AddMinutes(-5);
        var target = TargetSpecParser.Parse($"blob:{AzuriteFixture.UniqueName("old")}", SasConnectionString(AccountSas(expired)));

        var e = await Assert.ThrowsAsync<RepositoryException>(() => BackupRepository.InitAsync(target, _t.Key));

        Assert.Contains("403", e.Message);
        Assert.Contains($"the SAS expired at {expired:yyyy-MM-dd HH:mm}", e.Message);
    }

    [Fact]
    public async Task SasWithoutDelete_Fails403_NamingTheMissingPermission()
    {
        var name = AzuriteFixture.UniqueName("nodel");
        var container = KeyClient.GetBlobContainerClient(name);
        await container.CreateAsync();
        await container.UploadBlobAsync("locks/x", BinaryData.FromBytes([1]));
        var sas = container.GenerateSasUri(BlobContainerSasPermissions.Read | BlobContainerSasPermissions.Write | BlobContainerSasPermissions.List, DateTimeOffset.UtcNow.AddHours(1)).Query;
        var target = TargetSpecParser.Parse($"blob:{name}", SasConnectionString(sas));

        var e = await Assert.ThrowsAsync<RepositoryException>(() => target.DeleteAsync("locks/x", default));

        Assert.Contains("403", e.Message);
        Assert.Contains("lacks permission 'd'", e.Message);
    }

    [Fact]
    public async Task WrongAccountKey_Fails403_SayingTheKeyWasRefused()
    {
        var wrong = azurite.ConnectionString.Replace(AzuriteFixture.DevelopmentAccountKey, Convert.ToBase64String(new byte[64]), StringComparison.Ordinal);
        var target = TargetSpecParser.Parse($"blob:{AzuriteFixture.UniqueName("key")}", wrong);

        var e = await Assert.ThrowsAsync<RepositoryException>(() => BackupRepository.InitAsync(target, _t.Key));

        Assert.Contains("403", e.Message);
        Assert.Contains("the account key was refused", e.Message);
    }

    [Fact]
    public async Task UnreachableEndpoint_FailsSayingItCannotBeReached()
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        var nowhere = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AzuriteFixture.DevelopmentAccountKey};BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1";
        // One retry instead of the SDK's five (~30 s of backoff): the message, not the patience, is under test.
        var options = BlobConnection.CreateClientOptions();
        options.Retry.MaxRetries = 1;
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        var connection = BlobConnection.FromConnectionString(nowhere, "the test");
        var target = new BlobTarget(new BlobServiceClient(nowhere, options).GetBlobContainerClient("nowhere"), "", null, connection);

        var e = await Assert.ThrowsAsync<RepositoryException>(() => BackupRepository.InitAsync(target, _t.Key));

        Assert.StartsWith($"Cannot reach the blob container nowhere at http://127.0.0.1:{port}", e.Message);
        Assert.Contains("is running and reachable", e.Message);
    }
}
