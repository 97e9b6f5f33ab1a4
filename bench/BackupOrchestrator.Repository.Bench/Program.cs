// Benchmark helpers for bench/repository.sh (see there). Modes:
//   plain-upload CONNECTION CONTAINER DIR   upload DIR's files as block blobs, 4 MiB blocks (PLAIN_BLOCK_KIB), 16 in flight:
//                                           the reference rate for the blob target.
//   chunker FILE                            FastCDC throughput (best of 5 passes) and chunk size statistics over FILE.
using System.Diagnostics;
using BackupOrchestrator.Repository.Chunking;
using BackupOrchestrator.Storage;

if (args.Length >= 4 && args[0] == "plain-upload")
{
    return await PlainUploadAsync(args[1], args[2], args[3]);
}
if (args.Length >= 2 && args[0] == "chunker")
{
    return Chunker(args[1]);
}
Console.Error.WriteLine("usage: plain-upload CONNECTION CONTAINER DIR | chunker FILE");
return 2;

static async Task<int> PlainUploadAsync(string connection, string containerName, string directory)
{
    int BlockSize = int.TryParse(Environment.GetEnvironmentVariable("PLAIN_BLOCK_KIB"), out var kib) ? kib * 1024 : 4 * 1024 * 1024;
    const int InFlight = 16;
    using var account = StorageAccount.Create(connection);
    var container = account.GetBlobContainerClient(containerName);
    await container.CreateIfNotExistsAsync();
    var files = Directory.GetFiles(directory, "*", SearchOption.AllDirectories);
    using var gate = new SemaphoreSlim(InFlight);
    long bytes = 0;
    var watch = Stopwatch.StartNew();
    var uploads = files.Select(async (path, index) =>
    {
        var blob = container.GetBlobClient($"f{index:D6}");
        long length = new FileInfo(path).Length;
        var ids = new List<string>();
        var stages = new List<Task>();
        for (long offset = 0, n = 0; offset < length; offset += BlockSize, n++)
        {
            var id = Convert.ToBase64String(BitConverter.GetBytes(n));
            ids.Add(id);
            long at = offset;
            await gate.WaitAsync();
            stages.Add(Task.Run(async () =>
            {
                try
                {
                    var buffer = new byte[(int)Math.Min(BlockSize, length - at)];
                    using (var handle = File.OpenHandle(path))
                    {
                        RandomAccess.Read(handle, buffer, at);
                    }
                    await blob.StageBlockAsync(id, buffer);
                    Interlocked.Add(ref bytes, buffer.Length);
                }
                finally
                {
                    gate.Release();
                }
            }));
        }
        await Task.WhenAll(stages);
        await blob.CommitBlockListAsync(ids);
    });
    await Task.WhenAll(uploads);
    var seconds = watch.Elapsed.TotalSeconds;
    Console.WriteLine($"plain block uploads: {bytes} bytes in {seconds:0.00} s = {bytes / seconds / 1e6:0.0} MB/s");
    return 0;
}

static int Chunker(string path)
{
    var data = File.ReadAllBytes(path);
    var chunker = new FastCdcChunker(FastCdcChunker.GearTable(new byte[32]));
    var sizes = new List<int>();
    double seconds = double.MaxValue;
    // Best of five passes: the first runs partly on unoptimised code (tiered JIT).
    for (int pass = 0; pass < 5; pass++)
    {
        sizes.Clear();
        var watch = Stopwatch.StartNew();
        int start = 0;
        while (start < data.Length)
        {
            int cut = chunker.FindCut(data.AsSpan(start));
            if (cut < 0)
            {
                sizes.Add(data.Length - start);
                chunker.Reset();
                break;
            }
            sizes.Add(cut);
            start += cut;
        }
        seconds = Math.Min(seconds, watch.Elapsed.TotalSeconds);
    }
    Console.WriteLine($"{data.Length / seconds / 1e6:0} MB/s, {sizes.Count} chunks, average {sizes.Average() / 1024:0} KiB, min {sizes.Min() / 1024} KiB, max {sizes.Max() / 1024} KiB");
    return 0;
}
