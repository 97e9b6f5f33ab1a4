using System.Diagnostics;
using System.Security.Cryptography;
using BackupOrchestrator.Storage.Blobs;
using BackupOrchestrator.Testing;
using Xunit.Abstractions;

namespace BackupOrchestrator.Storage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class LargeBlobTests
{
    private const long GiB = 1024L * 1024 * 1024;
    private const long MiB = 1024 * 1024;
    private readonly AzuriteFixture _azurite;
    private readonly ITestOutputHelper _output;

    public LargeBlobTests(AzuriteFixture azurite, ITestOutputHelper output)
    {
        _azurite = azurite;
        _output = output;
    }

    [Fact]
    public async Task OneGiB_StreamedUpAndDown_HashesMatchAndProcessMemoryStaysBounded()
    {
        var container = _azurite.Account.GetBlobContainerClient(AzuriteFixture.UniqueName("large"));
        await container.CreateAsync();
        var blob = container.GetBlobClient("one-gib.bin");
        var options = new BlobUploadOptions { BlockSize = (int)(8 * MiB), MaxConcurrency = 4 };

        using var sampler = new MemorySampler();
        using var source = new GeneratedStream(GiB, seed: 7);
        await blob.UploadAsync(source, options);
        var uploadedHash = source.GetHashOfReadBytes();

        using var downloadHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long downloaded = 0;
        await using (var result = await blob.DownloadStreamingAsync())
        {
            var buffer = new byte[256 * 1024];
            int read;
            while ((read = await result.Content.ReadAsync(buffer)) > 0)
            {
                downloadHash.AppendData(buffer, 0, read);
                downloaded += read;
            }
        }

        var (workingSetGrowth, managedGrowth) = sampler.Stop();
        _output.WriteLine($"working set growth {workingSetGrowth / MiB} MiB, managed heap growth {managedGrowth / MiB} MiB");
        Assert.Equal(GiB, downloaded);
        Assert.Equal(uploadedHash, downloadHash.GetHashAndReset());
        Assert.Equal(GiB, (await blob.GetPropertiesAsync()).ContentLength);
        // (MaxConcurrency + 1) x 8 MiB of blocks plus HTTP buffers; holding the blob would take over 1024 MiB.
        Assert.InRange(managedGrowth, long.MinValue, 160 * MiB);
        Assert.InRange(workingSetGrowth, long.MinValue, 256 * MiB);
        await container.DeleteAsync();
    }

    /// <summary>Samples the process's working set and managed heap every 20 ms and reports the peak growth.</summary>
    private sealed class MemorySampler : IDisposable
    {
        private readonly long _baseWorkingSet;
        private readonly long _baseManaged;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;
        private long _peakWorkingSet;
        private long _peakManaged;

        public MemorySampler()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            using var self = Process.GetCurrentProcess();
            _baseWorkingSet = self.WorkingSet64;
            _baseManaged = GC.GetTotalMemory(false);
            _loop = Task.Run(async () =>
            {
                using var p = Process.GetCurrentProcess();
                while (!_stop.IsCancellationRequested)
                {
                    p.Refresh();
                    _peakWorkingSet = Math.Max(_peakWorkingSet, p.WorkingSet64);
                    _peakManaged = Math.Max(_peakManaged, GC.GetTotalMemory(false));
                    try
                    {
                        await Task.Delay(20, _stop.Token);
                    }
                    catch (OperationCanceledException)
                    {
                    }
                }
            });
        }

        public (long WorkingSet, long Managed) Stop()
        {
            _stop.Cancel();
            _loop.Wait();
            return (_peakWorkingSet - _baseWorkingSet, _peakManaged - _baseManaged);
        }

        public void Dispose()
        {
            if (!_stop.IsCancellationRequested)
            {
                Stop();
            }

            _stop.Dispose();
        }
    }
}
