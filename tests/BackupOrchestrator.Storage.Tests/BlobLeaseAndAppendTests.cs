using System.Text;
using BackupOrchestrator.Storage.Blobs;
using BackupOrchestrator.Testing;

namespace BackupOrchestrator.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class BlobLeaseAndAppendTests
{
    private readonly AzuriteFixture _azurite;

    public BlobLeaseAndAppendTests(AzuriteFixture azurite) => _azurite = azurite;

    private async Task<BlobClient> NewBlobAsync(string name = "leased")
    {
        var container = _azurite.Account.GetBlobContainerClient(AzuriteFixture.UniqueName("lease"));
        await container.CreateAsync();
        var blob = container.GetBlobClient(name);
        await blob.UploadAsync(Encoding.UTF8.GetBytes("owner data"));
        return blob;
    }

    [Fact]
    public async Task AcquireLease_WhileHeldByAnother_Fails409LeaseAlreadyPresent()
    {
        var blob = await NewBlobAsync();
        var held = await blob.AcquireLeaseAsync(TimeSpan.FromSeconds(15), Guid.NewGuid().ToString());

        var ex = await Assert.ThrowsAsync<StorageRequestException>(() => blob.AcquireLeaseAsync(TimeSpan.FromSeconds(15), Guid.NewGuid().ToString()));

        Assert.Equal(409, ex.Status);
        Assert.Equal("LeaseAlreadyPresent", ex.ErrorCode);
        Assert.Contains("leased by another holder", ex.Message, StringComparison.Ordinal);
        Assert.Equal("leased", (await blob.GetPropertiesAsync()).LeaseState);
        await blob.ReleaseLeaseAsync(held.LeaseId);
    }

    [Fact]
    public async Task Write_OnLeasedBlob_NeedsTheLeaseId()
    {
        var blob = await NewBlobAsync();
        var lease = await blob.AcquireLeaseAsync(null);

        var ex = await Assert.ThrowsAsync<StorageRequestException>(() => blob.UploadAsync(new byte[] { 1 }));
        await blob.UploadAsync(new byte[] { 2 }, new BlobUploadOptions { Conditions = new BlobRequestConditions { LeaseId = lease.LeaseId } });

        Assert.Equal(412, ex.Status);
        Assert.Equal(new byte[] { 2 }, (await blob.DownloadContentAsync()).Content);
        Assert.Equal("infinite", (await blob.GetPropertiesAsync()).LeaseDuration);
    }

    [Fact]
    public async Task RenewAndRelease_LetAnotherHolderAcquireAfterRelease()
    {
        var blob = await NewBlobAsync();
        var mine = await blob.AcquireLeaseAsync(TimeSpan.FromSeconds(20));

        var renewed = await blob.RenewLeaseAsync(mine.LeaseId);
        await blob.ReleaseLeaseAsync(renewed.LeaseId);
        var theirs = await blob.AcquireLeaseAsync(TimeSpan.FromSeconds(15), "11111111-2222-3333-4444-555555555555");

        Assert.Equal(mine.LeaseId, renewed.LeaseId);
        Assert.Equal("11111111-2222-3333-4444-555555555555", theirs.LeaseId);
    }

    [Fact]
    public async Task ChangeLease_HandsOverToNewId()
    {
        var blob = await NewBlobAsync();
        var mine = await blob.AcquireLeaseAsync(TimeSpan.FromSeconds(15));

        var changed = await blob.ChangeLeaseAsync(mine.LeaseId, "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");

        Assert.Equal("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", changed.LeaseId);
        await Assert.ThrowsAsync<StorageRequestException>(() => blob.RenewLeaseAsync(mine.LeaseId));
        await blob.RenewLeaseAsync(changed.LeaseId);
    }

    [Fact]
    public async Task BreakLease_Immediately_FreesTheBlobForANewHolder()
    {
        var blob = await NewBlobAsync();
        var crashed = await blob.AcquireLeaseAsync(null);

        var remaining = await blob.BreakLeaseAsync(TimeSpan.Zero);
        var next = await blob.AcquireLeaseAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(TimeSpan.Zero, remaining);
        Assert.NotEqual(crashed.LeaseId, next.LeaseId);
    }

    [Fact]
    public async Task AppendBlock_AppendsAtTheEnd_AndReportsOffsets()
    {
        var container = _azurite.Account.GetBlobContainerClient(AzuriteFixture.UniqueName("append"));
        await container.CreateAsync();
        var blob = container.GetBlobClient("log/run.txt");

        Assert.True(await blob.CreateAppendBlobIfNotExistsAsync("text/plain"));
        Assert.False(await blob.CreateAppendBlobIfNotExistsAsync("text/plain"));
        var first = await blob.AppendBlockAsync(Encoding.UTF8.GetBytes("line 1\n"));
        var second = await blob.AppendBlockAsync(Encoding.UTF8.GetBytes("line 2\n"), expectedAppendPosition: 7);
        var (content, props) = await blob.DownloadContentAsync();

        Assert.Equal(0, first.AppendOffset);
        Assert.Equal(7, second.AppendOffset);
        Assert.Equal(2, second.CommittedBlockCount);
        Assert.Equal("line 1\nline 2\n", Encoding.UTF8.GetString(content));
        Assert.Equal("AppendBlob", props.BlobType);
    }

    [Fact]
    public async Task AppendBlock_AtWrongPosition_Fails412WithoutWriting()
    {
        var container = _azurite.Account.GetBlobContainerClient(AzuriteFixture.UniqueName("append"));
        await container.CreateAsync();
        var blob = container.GetBlobClient("log");
        await blob.CreateAppendBlobAsync();
        await blob.AppendBlockAsync(Encoding.UTF8.GetBytes("abc"));

        var ex = await Assert.ThrowsAsync<StorageRequestException>(() => blob.AppendBlockAsync(Encoding.UTF8.GetBytes("retry"), expectedAppendPosition: 0));

        Assert.Equal(412, ex.Status);
        Assert.Equal("abc", Encoding.UTF8.GetString((await blob.DownloadContentAsync()).Content));
    }
}
