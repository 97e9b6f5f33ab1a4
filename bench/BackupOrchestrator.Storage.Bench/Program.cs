// Storage benchmark: our client against an Azurite given by AZURE_STORAGE_CONNECTION_STRING, the same operations as
// bench/storage-js/bench.mjs (the official JS SDK). Run both through bench/storage.sh, which prints them side by side.
// Prints one line per benchmark: "<name>\t<median>\t<unit>\t<runs...>".
// Env: BENCH_BLOB_MIB (1024), BENCH_RUNS (3), BENCH_SMALL_COUNT (200), BENCH_OPS (1000), BENCH_ONLY (prefixes).
using System.Diagnostics;
using System.Globalization;
using BackupOrchestrator.Storage;
using BackupOrchestrator.Storage.Bench;
using BackupOrchestrator.Storage.Blobs;
using BackupOrchestrator.Storage.Tables;

var connection = Environment.GetEnvironmentVariable("AZURE_STORAGE_CONNECTION_STRING");
if (string.IsNullOrEmpty(connection))
{
    Console.Error.WriteLine("AZURE_STORAGE_CONNECTION_STRING is not set (bench/storage.sh sets it).");
    return 2;
}

const int MiB = 1024 * 1024;
var blobMiB = Env("BENCH_BLOB_MIB", 1024);
var runs = Env("BENCH_RUNS", 3);
var smallCount = Env("BENCH_SMALL_COUNT", 200);
var ops = Env("BENCH_OPS", 1000);
var only = Environment.GetEnvironmentVariable("BENCH_ONLY") ?? string.Empty;
using var account = StorageAccount.Create(connection);

if (Want("blob"))
{
    var container = account.GetBlobContainerClient(Name("csbench"));
    await container.CreateAsync();
    // Warm-up (untimed): connections, JIT.
    {
        var w = container.GetBlobClient("warmup");
        await w.UploadAsync(new PatternStream(32L * MiB), new BlobUploadOptions { BlockSize = 8 * MiB, MaxConcurrency = 4 });
        await using (var result = await w.DownloadStreamingAsync())
        {
            await result.Content.CopyToAsync(Stream.Null);
        }

        for (var i = 0; i < 8; i++)
        {
            await container.GetBlobClient("warm-" + i).UploadAsync(PatternStream.Pattern.AsMemory(0, 2 * MiB));
        }
    }

    var up = new List<double>();
    var down = new List<double>();
    var buffer = new byte[1 * MiB];
    var bigRuns = Environment.GetEnvironmentVariable("BENCH_SKIP_BIG") is { Length: > 0 } ? 0 : runs;
    for (var r = 0; r < bigRuns; r++)
    {
        var blob = container.GetBlobClient("big-" + r);
        var sw = Stopwatch.StartNew();
        await blob.UploadAsync(new PatternStream((long)blobMiB * MiB), new BlobUploadOptions { BlockSize = 8 * MiB, MaxConcurrency = 4 });
        up.Add(blobMiB / sw.Elapsed.TotalSeconds);
        sw.Restart();
        long got = 0;
        await using (var result = await blob.DownloadStreamingAsync())
        {
            int read;
            while ((read = await result.Content.ReadAsync(buffer)) > 0)
            {
                got += read;
            }
        }

        down.Add(blobMiB / sw.Elapsed.TotalSeconds);
        if (got != (long)blobMiB * MiB)
        {
            throw new InvalidOperationException($"downloaded {got} bytes");
        }

        await blob.DeleteAsync();
    }

    if (up.Count > 0)
    {
        Report($"blob upload {SizeLabel(blobMiB)}", "MiB/s", up);
        Report($"blob download {SizeLabel(blobMiB)}", "MiB/s", down);
    }

    var small = PatternStream.Pattern.AsMemory(0, 2 * MiB);
    var rates = new List<double>();
    for (var r = 0; r < runs; r++)
    {
        var next = -1;
        var sw = Stopwatch.StartNew();
        var round = r;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < smallCount)
            {
                await container.GetBlobClient($"small-{round}-{i}").UploadAsync(small);
            }
        }));
        rates.Add(smallCount / sw.Elapsed.TotalSeconds);
    }

    Report("blob 2 MiB writes x4", "ops/s", rates);
    await container.DeleteAsync();
}

if (Want("queue"))
{
    var queue = account.GetQueueClient(Name("csbench"));
    await queue.CreateAsync();
    for (var i = 0; i < 50; i++)
    {
        await queue.SendMessageAsync("warm-up");
    }

    for (var i = 0; i < 50; i++)
    {
        var m = (await queue.ReceiveMessagesAsync(1))[0];
        await queue.DeleteMessageAsync(m.MessageId, m.PopReceipt);
    }

    var put = new List<double>();
    var getDelete = new List<double>();
    for (var r = 0; r < runs; r++)
    {
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < ops; i++)
        {
            await queue.SendMessageAsync($"{{\"id\":{i},\"name\":\"work item {i}\"}}");
        }

        put.Add(ops / sw.Elapsed.TotalSeconds);
        sw.Restart();
        for (var i = 0; i < ops; i++)
        {
            var m = (await queue.ReceiveMessagesAsync(1, TimeSpan.FromSeconds(30)))[0];
            await queue.DeleteMessageAsync(m.MessageId, m.PopReceipt);
        }

        getDelete.Add(ops / sw.Elapsed.TotalSeconds);
    }

    Report("queue put", "ops/s", put);
    Report("queue get+delete", "ops/s", getDelete);
    await queue.DeleteAsync();
}

if (Want("table"))
{
    var table = account.GetTableClient(Name("csbench"));
    await table.CreateAsync();
    for (var i = 0; i < 50; i++)
    {
        await table.UpsertEntityAsync(new TableEntity("warm", i.ToString(CultureInfo.InvariantCulture)) { ["status"] = "x" });
    }

    var rates = new List<double>();
    for (var r = 0; r < runs; r++)
    {
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < ops; i++)
        {
            var entity = new TableEntity("p" + r, i.ToString("D8", CultureInfo.InvariantCulture))
            {
                ["status"] = "Running",
                ["attempt"] = i,
                ["note"] = "benchmark row",
            };
            await table.UpsertEntityAsync(entity, TableUpdateMode.Merge);
        }

        rates.Add(ops / sw.Elapsed.TotalSeconds);
    }

    Report("table upsert", "ops/s", rates);
    await table.DeleteAsync();
}

return 0;

bool Want(string label) => only.Length == 0 || only.Split(',').Any(o => label.StartsWith(o, StringComparison.Ordinal));

static int Env(string name, int fallback) =>
    int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var v) ? v : fallback;

// The blob rows carry the size actually moved (BENCH_BLOB_MIB), so a quick run is not labelled "1 GiB".
static string SizeLabel(int mib) => mib % 1024 == 0 ? $"{mib / 1024} GiB" : $"{mib} MiB";

static string Name(string prefix) => prefix + Guid.NewGuid().ToString("N")[..16];

static void Report(string label, string unit, List<double> values)
{
    var sorted = values.Order().ToList();
    var median = sorted[sorted.Count / 2];
    Console.WriteLine(string.Join('\t', new[] { label, median.ToString("F1", CultureInfo.InvariantCulture), unit }.Concat(values.Select(v => v.ToString("F1", CultureInfo.InvariantCulture)))));
}
