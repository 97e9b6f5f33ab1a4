using Azure.Identity;
using BackupOrchestrator.Repository.Targets;
using Microsoft.Extensions.Configuration;

namespace BackupOrchestrator.Repository.Tests;

/// <summary>
/// How connections are read: connection strings, and the Functions host's identity-based settings. Token credentials
/// cannot be exercised here (no Entra ID, no managed identity endpoint): these tests check the endpoint and the
/// credential type chosen, and that a target built on them points there.
/// </summary>
public sealed class BlobConnectionTests
{
    private static IConfiguration Settings(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key.Replace("__", ":", StringComparison.Ordinal), v.Value))).Build();

    [Fact]
    public void UseDevelopmentStorage_PointsAtAzuriteDefaultPort()
    {
        var connection = BlobConnection.FromConnectionString("UseDevelopmentStorage=true", "--connection");

        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1"), connection.Endpoint);
        Assert.Equal(BlobCredentialKind.DevelopmentStorage, connection.CredentialKind);
        Assert.Equal("http://127.0.0.1:10000/devstoreaccount1", connection.ServiceClient.Uri.ToString().TrimEnd('/'));
    }

    [Fact]
    public void AccountKeyConnectionString_UsesHttpsEndpointOfTheAccount()
    {
        var connection = BlobConnection.FromConnectionString($"DefaultEndpointsProtocol=https;AccountName=homelab;AccountKey={Convert.ToBase64String(new byte[64])};EndpointSuffix=core.windows.net", "--connection");

        Assert.Equal(new Uri("https://homelab.blob.core.windows.net/"), connection.Endpoint);
        Assert.Equal(BlobCredentialKind.AccountKey, connection.CredentialKind);
    }

    [Fact]
    public void HttpToAnAzureAccount_IsRefused()
    {
        var e = Assert.Throws<RepositoryException>(() => BlobConnection.FromConnectionString($"DefaultEndpointsProtocol=http;AccountName=homelab;AccountKey={Convert.ToBase64String(new byte[64])}", "--connection"));

        Assert.Contains("Azure accounts take https", e.Message);
    }

    [Fact]
    public void SasConnectionString_ReadsExpiryAndPermissions_NotTheSignature()
    {
        var connection = BlobConnection.FromConnectionString("BlobEndpoint=https://homelab.blob.core.windows.net;SharedAccessSignature=sv=2026-06-06&ss=b&srt=sco&sp=rwl&se=2026-01-02T03%3A04%3A05Z&sig=abc%3D", "setting OffsiteStorage");

        Assert.Equal(BlobCredentialKind.SharedAccessSignature, connection.CredentialKind);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), connection.Sas!.ExpiresOn);
        Assert.Equal("d", connection.Sas.MissingPermissions);
        Assert.Equal("the SAS expired at 2026-01-02 03:04:05Z; make a new one", connection.Sas.ProblemAt(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), 'r'));
        var before = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.Null(connection.Sas.ProblemAt(before, 'r'));
        Assert.StartsWith("the SAS lacks permission 'd'", connection.Sas.ProblemAt(before, 'd'));
    }

    [Fact]
    public void MalformedConnectionString_SaysWhatAGoodOneLooksLike_WithoutEchoingIt()
    {
        var e = Assert.Throws<RepositoryException>(() => BlobConnection.FromConnectionString("AccountName=x;AccountKey=not-base64-secret!", "--connection"));

        Assert.Contains("from --connection is not valid", e.Message);
        Assert.DoesNotContain("not-base64-secret", e.Message);
    }

    [Fact]
    public void FromSetting_ConnectionStringValue_IsUsedAsOne()
    {
        var connection = BlobConnection.FromSetting(Settings(("AzureWebJobsStorage", "UseDevelopmentStorage=true")), "AzureWebJobsStorage");

        Assert.Equal(BlobCredentialKind.DevelopmentStorage, connection.CredentialKind);
        Assert.Equal("setting AzureWebJobsStorage", connection.Source);
    }

    [Fact]
    public void FromSetting_BlobServiceUriWithManagedIdentityAndClientId_ChoosesManagedIdentityCredential_NotExercisedHere()
    {
        var settings = Settings(
            ("OffsiteStorage__blobServiceUri", "https://offsite.blob.core.windows.net"),
            ("OffsiteStorage__credential", "managedidentity"),
            ("OffsiteStorage__clientId", "00000000-0000-0000-0000-000000000001"));

        var connection = BlobConnection.FromSetting(settings, "OffsiteStorage");
        var target = new BlobTarget(connection, "backups", "homelab");

        Assert.Equal(new Uri("https://offsite.blob.core.windows.net"), connection.Endpoint);
        Assert.Equal(BlobCredentialKind.TokenCredential, connection.CredentialKind);
        Assert.IsType<ManagedIdentityCredential>(connection.TokenCredential);
        Assert.Equal("blob container backups/homelab at https://offsite.blob.core.windows.net", target.Description);
    }

    [Fact]
    public void FromSetting_AccountNameWithoutCredential_ChoosesDefaultAzureCredentialOnHttps_NotExercisedHere()
    {
        var connection = BlobConnection.FromSetting(Settings(("AzureWebJobsStorage__accountName", "homelab")), "AzureWebJobsStorage");

        Assert.Equal(new Uri("https://homelab.blob.core.windows.net"), connection.Endpoint);
        Assert.IsType<DefaultAzureCredential>(connection.TokenCredential);
        Assert.Equal("https://homelab.blob.core.windows.net/", connection.ServiceClient.Uri.ToString());
    }

    [Fact]
    public void FromSetting_TenantClientAndSecret_ChoosesServicePrincipal_NotExercisedHere()
    {
        var connection = BlobConnection.FromSetting(Settings(
            ("Store__serviceUri", "https://homelab.blob.core.windows.net"),
            ("Store__tenantId", "00000000-0000-0000-0000-000000000002"),
            ("Store__clientId", "00000000-0000-0000-0000-000000000003"),
            ("Store__clientSecret", "s3cret")), "Store");

        Assert.IsType<ClientSecretCredential>(connection.TokenCredential);
    }

    [Fact]
    public void FromSetting_IdentityOverHttp_IsRefused()
    {
        var e = Assert.Throws<RepositoryException>(() => BlobConnection.FromSetting(Settings(("Store__blobServiceUri", "http://nas.lan:10000/devstoreaccount1")), "Store"));

        Assert.Contains("must be https", e.Message);
    }

    [Fact]
    public void FromSetting_UnknownCredential_SaysWhatIsKnown()
    {
        var e = Assert.Throws<RepositoryException>(() => BlobConnection.FromSetting(Settings(
            ("Store__accountName", "homelab"), ("Store__credential", "password")), "Store"));

        Assert.Contains("Store__credential 'password' is not known", e.Message);
    }

    [Fact]
    public void FromSetting_NothingSet_SaysWhichSettingsToSet()
    {
        var e = Assert.Throws<RepositoryException>(() => BlobConnection.FromSetting(Settings(), "OffsiteStorage"));

        Assert.Contains("The connection setting OffsiteStorage is not set", e.Message);
        Assert.Contains("OffsiteStorage__blobServiceUri", e.Message);
    }

    [Theory]
    [InlineData("blob:x")]
    [InlineData("blob:Backups/homelab")]
    [InlineData("blob:a--b")]
    public void TargetSpec_InvalidContainerName_IsRefusedBeforeAnyRequest(string spec)
    {
        var e = Assert.Throws<RepositoryException>(() => TargetSpecParser.Parse(spec, "UseDevelopmentStorage=true"));

        Assert.Contains("is not a valid container name", e.Message);
    }
}
