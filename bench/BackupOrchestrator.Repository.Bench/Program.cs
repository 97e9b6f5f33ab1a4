// Benchmark helpers for bench/repository.sh (see there; the blob target's peers are in BackupOrchestrator.Blob.Bench). Modes:
//   chunker FILE                            FastCDC throughput (best of 5 passes) and chunk size statistics over FILE.
using System.Diagnostics;
using BackupOrchestrator.Repository.Chunking;

if (args.Length >= 2 && args[0] == "chunker")
{
    return Chunker(args[1]);
}
Console.Error.WriteLine("usage: chunker FILE");
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
