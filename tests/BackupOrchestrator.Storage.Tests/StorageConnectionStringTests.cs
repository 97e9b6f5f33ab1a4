namespace BackupOrchestrator.Storage.Tests;

public sealed class StorageConnectionStringTests
{
    [Fact]
    public void Parse_UseDevelopmentStorage_PointsAtAzuriteDefaults()
    {
        var c = StorageConnectionString.Parse("UseDevelopmentStorage=true");

        Assert.Equal("devstoreaccount1", c.AccountName);
        Assert.Equal(StorageConnectionString.DevelopmentAccountKey, c.AccountKey);
        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1"), c.BlobEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:10001/devstoreaccount1"), c.QueueEndpoint);
        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), c.TableEndpoint);
    }

    [Fact]
    public void Parse_AccountWithSuffix_BuildsHttpsEndpoints()
    {
        var c = StorageConnectionString.Parse("DefaultEndpointsProtocol=https;AccountName=homelab;AccountKey=AAAA;EndpointSuffix=core.example.net");

        Assert.Equal(new Uri("https://homelab.blob.core.example.net"), c.BlobEndpoint);
        Assert.Equal(new Uri("https://homelab.queue.core.example.net"), c.QueueEndpoint);
        Assert.Equal(new Uri("https://homelab.table.core.example.net"), c.TableEndpoint);
    }

    [Fact]
    public void Parse_NoProtocol_DefaultsToHttpsAndCoreWindowsNet()
    {
        var c = StorageConnectionString.Parse("AccountName=acct;AccountKey=AAAA");

        Assert.Equal(new Uri("https://acct.blob.core.windows.net"), c.BlobEndpoint);
    }

    [Fact]
    public void Parse_ExplicitEndpoints_WinOverSuffix()
    {
        var c = StorageConnectionString.Parse(
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=AAAA;BlobEndpoint=http://127.0.0.1:1234/devstoreaccount1;QueueEndpoint=http://127.0.0.1:1235/devstoreaccount1;TableEndpoint=http://127.0.0.1:1236/devstoreaccount1;");

        Assert.Equal(1234, c.BlobEndpoint.Port);
        Assert.Equal(1235, c.QueueEndpoint.Port);
        Assert.Equal(1236, c.TableEndpoint.Port);
    }

    [Fact]
    public void Parse_RoundTripsThroughToConnectionString()
    {
        var original = StorageConnectionString.Development("127.0.0.1", 1, 2, 3);

        var again = StorageConnectionString.Parse(original.ToConnectionString());

        Assert.Equal(original.BlobEndpoint, again.BlobEndpoint);
        Assert.Equal(original.TableEndpoint, again.TableEndpoint);
        Assert.Equal(original.AccountKey, again.AccountKey);
    }

    [Theory]
    [InlineData("AccountKey=AAAA", "AccountName is missing")]
    [InlineData("AccountName=x;AccountKey=not*base64", "not valid base64")]
    [InlineData("AccountName=x;AccountKey=AAAA;DefaultEndpointsProtocol=ftp", "http or https")]
    [InlineData("garbage", "not a Key=Value pair")]
    public void Parse_BadInput_ThrowsFormatExceptionSayingWhat(string input, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => StorageConnectionString.Parse(input));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_NeverContainsTheKey()
    {
        var c = StorageConnectionString.Parse("UseDevelopmentStorage=true");

        Assert.DoesNotContain(StorageConnectionString.DevelopmentAccountKey, c.ToString(), StringComparison.Ordinal);
    }
}
