// Peers for bench/blob.sh (see there). Modes:
//   plain-upload CONNECTION CONTAINER DIR [CHECKSUM]
//       DIR's files as block blobs: 4 MiB blocks (PLAIN_BLOCK_KIB), 16 in flight, Stage Block + Put Block List with
//       the SDK (BlobConnection's client options), CHECKSUM (md5 | crc64 | none; default md5, as the blob target)
//       on each block: the reference rate for a backup to the blob target.
//   target-upload CONNECTION CONTAINER DIR [CHECKSUM] [PARALLEL] [BLOCKS_IN_FLIGHT]
//       the same bytes cut into 8 MiB objects stored through BlobTarget.PutIfAbsentAsync, PARALLEL at once (2, the
//       backup's uploaders): the target's upload path alone, to choose its checksum and block settings.
using System.Diagnostics;
using Azure.Storage;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using BackupOrchestrator.Repository.Targets;

if (args.Length >= 4 && args[0] is "plain-upload" or "target-upload")
{
    var checksumName = args.Length > 4 ? args[4] : "md5";
    var checksum = checksumName switch
    {
        "md5" => StorageChecksumAlgorithm.MD5,
        "crc64" => StorageChecksumAlgorithm.StorageCrc64,
        "none" => StorageChecksumAlgorithm.None,
        var other => throw new ArgumentException($"checksum '{other}': md5, crc64 or none"),
    };
    var connection = BlobConnection.FromConnectionString(args[1], "the command line");
    var files = Directory.GetFiles(args[3], "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
    var watch = Stopwatch.StartNew();
    long bytes = args[0] == "plain-upload"
        ? await PlainUploadAsync(connection, args[2], files, checksum)
        : await TargetUploadAsync(connection, args[2], files, checksum,
            args.Length > 5 ? int.Parse(args[5], System.Globalization.CultureInfo.InvariantCulture) : 2,
            args.Length > 6 ? int.Parse(args[6], System.Globalization.CultureInfo.InvariantCulture) : BlobTargetOptions.Default.BlocksInFlight);
    var seconds = watch.Elapsed.TotalSeconds;
    Console.WriteLine($"{args[0]} ({checksumName}): {bytes} bytes in {seconds:0.00} s = {bytes / seconds / 1e6:0.0} MB/s");
    Console.Error.WriteLine($"stats: cpu {Environment.CpuUsage.TotalTime.TotalSeconds:0.00} s (user {Environment.CpuUsage.UserTime.TotalSeconds:0.00}), " +
        $"gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} (gen0/1/2), allocated {GC.GetTotalAllocatedBytes() / 1048576} MiB, " +
        $"jit {System.Runtime.JitInfo.GetCompiledMethodCount()} methods in {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:0.00} s");
    return 0;
}
Console.Error.WriteLine("usage: plain-upload|target-upload CONNECTION CONTAINER DIR [md5|crc64|none] [PARALLEL] [BLOCKS_IN_FLIGHT]");
return 2;

static async Task<long> PlainUploadAsync(BlobConnection connection, string containerName, string[] files, StorageChecksumAlgorithm checksum)
{
    int blockSize = int.TryParse(Environment.GetEnvironmentVariable("PLAIN_BLOCK_KIB"), out var kib) ? kib * 1024 : 4 << 20;
    const int InFlight = 16;
    var container = connection.GetContainerClient(containerName);
    await container.CreateIfNotExistsAsync();
    var validation = new UploadTransferValidationOptions { ChecksumAlgorithm = checksum };
    using var gate = new SemaphoreSlim(InFlight);
    // One buffer per block in flight, reused (as the backup reuses its pack buffers): a fresh 4 MiB array per
    // block cost this side 664 MiB of allocations, ten full collections and the page faults of new memory.
    var buffers = new System.Collections.Concurrent.ConcurrentBag<byte[]>();
    long bytes = 0;
    await Task.WhenAll(files.Select(async (path, index) =>
    {
        var blob = container.GetBlockBlobClient($"f{index:D6}");
        long length = new FileInfo(path).Length;
        var ids = new List<string>();
        var stages = new List<Task>();
        for (long offset = 0, n = 0; offset < length; offset += blockSize, n++)
        {
            var id = Convert.ToBase64String(BitConverter.GetBytes(n));
            ids.Add(id);
            long at = offset;
            await gate.WaitAsync();
            stages.Add(Task.Run(async () =>
            {
                try
                {
                    var buffer = buffers.TryTake(out var reused) ? reused : GC.AllocateUninitializedArray<byte>(blockSize);
                    try
                    {
                        int n = (int)Math.Min(blockSize, length - at);
                        using (var handle = File.OpenHandle(path))
                        {
                            RandomAccess.Read(handle, buffer.AsSpan(0, n), at);
                        }
                        using var content = new MemoryStream(buffer, 0, n, writable: false);
                        await blob.StageBlockAsync(id, content, new BlockBlobStageBlockOptions { TransferValidation = validation });
                        Interlocked.Add(ref bytes, n);
                    }
                    finally
                    {
                        buffers.Add(buffer);
                    }
                }
                finally
                {
                    gate.Release();
                }
            }));
        }
        await Task.WhenAll(stages);
        await blob.CommitBlockListAsync(ids);
    }));
    return bytes;
}

static async Task<long> TargetUploadAsync(BlobConnection connection, string containerName, string[] files, StorageChecksumAlgorithm checksum, int parallel, int blocksInFlight)
{
    const int ObjectSize = 8 << 20;
    var target = new BlobTarget(connection, containerName, "", BlobTargetOptions.Default with { Checksum = checksum, BlocksInFlight = blocksInFlight });
    long bytes = 0;
    int next = 0;
    var objects = files.SelectMany(path => Enumerable.Range(0, (int)((new FileInfo(path).Length + ObjectSize - 1) / ObjectSize)).Select(i => (path, (long)i * ObjectSize))).ToArray();
    await Task.WhenAll(Enumerable.Range(0, parallel).Select(_ => Task.Run(async () =>
    {
        var buffer = new byte[ObjectSize];
        int i;
        while ((i = Interlocked.Increment(ref next) - 1) < objects.Length)
        {
            var (path, offset) = objects[i];
            int n;
            using (var handle = File.OpenHandle(path))
            {
                n = RandomAccess.Read(handle, buffer, offset);
            }
            await target.PutIfAbsentAsync($"packs/{i:D6}", buffer.AsMemory(0, n), default);
            Interlocked.Add(ref bytes, n);
        }
    })));
    return bytes;
}
