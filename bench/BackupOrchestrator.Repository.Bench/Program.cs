// Benchmark helpers for bench/repository.sh (see there; the blob target's peers are in BackupOrchestrator.Blob.Bench). Modes:
//   chunker FILE                            FastCDC throughput (best of 5 passes) and chunk size statistics over FILE.
//   hashes [MiB]                            single-core MB/s of the chunk-id and entry-hash candidates over 1 MiB chunks.
using System.Diagnostics;
using BackupOrchestrator.Repository.Chunking;

if (args.Length >= 2 && args[0] == "chunker")
{
    return Chunker(args[1]);
}
if (args.Length >= 1 && args[0] == "hashes")
{
    return Hashes(args.Length >= 2 ? int.Parse(args[1]) : 256);
}
Console.Error.WriteLine("usage: chunker FILE | hashes [MiB]");
return 2;

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

static int Hashes(int mebibytes)
{
    var data = new byte[1 << 20];
    new Random(1).NextBytes(data);
    var key = new byte[32];
    Span<byte> output = stackalloc byte[64];
    var candidates = new (string Name, Action Run)[]
    {
        ("hmac-sha512-256 (format 3 chunk ids)", () => System.Security.Cryptography.HMACSHA512.HashData(key, data, new byte[64])),
        ("hmac-sha256", () => System.Security.Cryptography.HMACSHA256.HashData(key, data, new byte[32])),
        ("sha256", () => System.Security.Cryptography.SHA256.HashData(data, new byte[32])),
        ("sha512", () => System.Security.Cryptography.SHA512.HashData(data, new byte[64])),
        ("blake3 keyed", () => { using var h = Blake3.Hasher.NewKeyed(key); h.Update(data); h.Finalize(); }),
    };
    Console.WriteLine($"CPU: {CpuLine()}");
    foreach (var (name, run) in candidates)
    {
        double best = double.MaxValue;
        for (int pass = 0; pass < 5; pass++)
        {
            var watch = Stopwatch.StartNew();
            for (int i = 0; i < mebibytes; i++)
            {
                run();
            }
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }
        Console.WriteLine($"{name,-40} {mebibytes * 1048576.0 / best / 1e6,7:0} MB/s (one core, best of 5 x {mebibytes} MiB)");
    }
    return 0;
}

static string CpuLine()
{
    var lines = File.ReadAllLines("/proc/cpuinfo");
    var model = lines.FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown";
    var flags = lines.FirstOrDefault(l => l.StartsWith("flags", StringComparison.Ordinal) || l.StartsWith("Features", StringComparison.Ordinal)) ?? "";
    var words = flags.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    return $"{model}, SHA instructions: {(words.Contains("sha_ni") || words.Contains("sha2") ? "yes" : "no")}";
}
