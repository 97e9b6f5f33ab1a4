using System.Text;
using BackupOrchestrator.Storage.Blobs;
using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class BlobBasicsTests
{
    private readonly AzuriteFixture _azurite;

    public BlobBasicsTests(AzuriteFixture azurite) => _azurite = azurite;

    private async Task<BlobContainerClient> NewContainerAsync()
    {
        var container = _azurite.Account.GetBlobContainerClient(AzuriteFixture.UniqueName("blob"));
        await container.CreateAsync();
        return container;
    }

    [Fact]
    public async Task Container_CreateIfNotExists_SecondCallReportsExisting()
    {
        var container = _azurite.Account.GetBlobContainerClient(AzuriteFixture.UniqueName("c"));

        Assert.True(await container.CreateIfNotExistsAsync());
        Assert.False(await container.CreateIfNotExistsAsync());
        Assert.True(await container.ExistsAsync());
        Assert.True(await container.DeleteIfExistsAsync());
        Assert.False(await container.DeleteIfExistsAsync());
    }

    [Fact]
    public async Task Upload_ThenDownload_ReturnsSameBytesAndProperties()
    {
        var container = await NewContainerAsync();
        var blob = container.GetBlobClient("dir/hello world.txt");
        var data = Encoding.UTF8.GetBytes("hello, blob");

        var info = await blob.UploadAsync(data, new BlobUploadOptions { ContentType = "text/plain", Metadata = new Dictionary<string, string> { ["tier"] = "critical" } });
        var (content, props) = await blob.DownloadContentAsync();

        Assert.Equal(data, content);
        Assert.Equal(info.ETag, props.ETag);
        Assert.Equal("text/plain", props.ContentType);
        Assert.Equal("critical", props.Metadata["tier"]);
    }

    [Fact]
    public async Task Upload_CreateOnlyOnExistingBlob_Fails409AndKeepsContent()
    {
        var container = await NewContainerAsync();
        var blob = container.GetBlobClient("once");
        await blob.UploadAsync(Encoding.UTF8.GetBytes("first"), new BlobUploadOptions { Conditions = BlobRequestConditions.CreateOnly });

        var ex = await Assert.ThrowsAsync<StorageRequestException>(() =>
            blob.UploadAsync(Encoding.UTF8.GetBytes("second"), new BlobUploadOptions { Conditions = BlobRequestConditions.CreateOnly }));

        Assert.Equal(409, ex.Status);
        Assert.Equal("BlobAlreadyExists", ex.ErrorCode);
        Assert.Equal("first", Encoding.UTF8.GetString((await blob.DownloadContentAsync()).Content));
    }

    [Fact]
    public async Task Upload_WithStaleETag_Fails412()
    {
        var container = await NewContainerAsync();
        var blob = container.GetBlobClient("state.json");
        var first = await blob.UploadAsync(Encoding.UTF8.GetBytes("v1"));
        var second = await blob.UploadAsync(Encoding.UTF8.GetBytes("v2"), new BlobUploadOptions { Conditions = BlobRequestConditions.Matching(first.ETag) });

        var ex = await Assert.ThrowsAsync<StorageRequestException>(() =>
            blob.UploadAsync(Encoding.UTF8.GetBytes("v3"), new BlobUploadOptions { Conditions = BlobRequestConditions.Matching(first.ETag) }));

        Assert.Equal(412, ex.Status);
        Assert.Equal("ConditionNotMet", ex.ErrorCode);
        Assert.Contains("stale", ex.Message, StringComparison.Ordinal);
        Assert.Equal(second.ETag, (await blob.GetPropertiesAsync()).ETag);
    }

    [Fact]
    public async Task List_WithPrefixAndSmallPages_SpansSeveralPagesInOrder()
    {
        var container = await NewContainerAsync();
        for (var i = 0; i < 12; i++)
        {
            await container.GetBlobClient($"snap/{i:D2}").UploadAsync(new byte[] { (byte)i });
        }

        await container.GetBlobClient("other/x").UploadAsync(new byte[] { 1 });

        var names = new List<string>();
        var pages = 0;
        string? marker = null;
        do
        {
            var page = await container.ListBlobsAsync("snap/", marker, pageSize: 5);
            pages++;
            foreach (var b in page.Blobs)
            {
                names.Add(b.Name);
            }

            marker = page.NextMarker;
        }
        while (marker is not null);

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"snap/{i:D2}"), names);
    }

    [Fact]
    public async Task Delete_RemovesBlob_AndDeleteIfExistsReportsMissing()
    {
        var container = await NewContainerAsync();
        var blob = container.GetBlobClient("gone");
        await blob.UploadAsync(new byte[] { 1, 2, 3 });

        await blob.DeleteAsync();

        Assert.False(await blob.ExistsAsync());
        Assert.False(await blob.DeleteIfExistsAsync());
        var ex = await Assert.ThrowsAsync<StorageRequestException>(() => blob.GetPropertiesAsync());
        Assert.Equal(404, ex.Status);
    }
}
