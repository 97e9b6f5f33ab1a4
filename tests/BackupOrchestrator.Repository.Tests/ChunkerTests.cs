using BackupOrchestrator.Repository.Chunking;

namespace BackupOrchestrator.Repository.Tests;

/// <summary>
/// The chunker's cut points are part of the repository's behaviour (the same bytes must cut the same way
/// in every release, or unchanged data stops deduplicating), so the chunker, fed in spans of any length,
/// is checked against the plain definition: a gear hash rolled one byte at a time, every byte tested.
/// </summary>
public sealed class ChunkerTests
{
    [Theory]
    [InlineData("random", 1)]
    [InlineData("random", 7919)]
    [InlineData("text", 65_536)]
    [InlineData("zeros-then-random", 100_001)]
    public void FindCut_FedInSpansOfAnyLength_CutsWhereTheByteAtATimeDefinitionCuts(string kind, int span)
    {
        var gear = FastCdcChunker.GearTable("chunker test seed"u8);
        var data = Data(kind, 12 * 1024 * 1024);

        var fast = Cuts(new FastCdcChunker(gear), data, span);
        var reference = ReferenceCuts(gear, data);

        Assert.True(reference.Count > 4, $"the data should cut several times ({reference.Count} cuts)");
        Assert.Equal(reference, fast);
    }

    [Fact]
    public void FindCut_SmallerBounds_StillMatchTheDefinition_IncludingForcedCutsAtTheMaximum()
    {
        var gear = FastCdcChunker.GearTable(new byte[32]);
        var data = Data("zeros-then-random", 3 * 1024 * 1024);

        var fast = Cuts(new FastCdcChunker(gear, 4096, 16384, 65536), data, 3001);
        var reference = ReferenceCuts(gear, data, 4096, 16384, 65536);

        Assert.Contains(reference.Zip(reference.Skip(1), (a, b) => b - a), size => size == 65536);
        Assert.Equal(reference, fast);
    }

    [Fact]
    public void Chunker_CutsWithinBounds_AndIsStableAfterAnInsertion()
    {
        var gear = FastCdcChunker.GearTable(new byte[32]);
        var data = new byte[24 * 1024 * 1024];
        new Random(11).NextBytes(data);
        var cuts = Bounded(gear, data);
        var shifted = new byte[data.Length + 100];
        data.AsSpan(0, 5_000_000).CopyTo(shifted);
        data.AsSpan(5_000_000).CopyTo(shifted.AsSpan(5_000_100));
        var shiftedCuts = Bounded(gear, shifted);

        var sizes = cuts.Zip(cuts.Skip(1), (a, b) => b - a).ToList();
        Assert.All(sizes.SkipLast(1), s => Assert.InRange(s, FastCdcChunker.DefaultMin, FastCdcChunker.DefaultMax));
        Assert.InRange(sizes.Average(), 700_000, 2_000_000);
        var after = cuts.Where(c => c > 7_000_000).Select(c => c + 100).ToHashSet();
        Assert.True(shiftedCuts.Count(after.Contains) >= after.Count - 1);
    }

    /// <summary>The cuts with the stream's start and end: the chunks' boundaries.</summary>
    private static List<long> Bounded(ulong[] gear, byte[] data) => [0, .. Cuts(new FastCdcChunker(gear), data, 100_000), data.Length];

    private static byte[] Data(string kind, int length)
    {
        var data = new byte[length];
        var random = new Random(length);
        switch (kind)
        {
            case "random":
                random.NextBytes(data);
                break;
            case "text":
                var words = "the quick brown fox jumps over a lazy dog while backups run at night ".Split(' ');
                int at = 0;
                while (at < length)
                {
                    var word = System.Text.Encoding.ASCII.GetBytes(words[random.Next(words.Length)] + " ");
                    word.AsSpan(0, Math.Min(word.Length, length - at)).CopyTo(data.AsSpan(at));
                    at += word.Length;
                }
                break;
            default:
                random.NextBytes(data.AsSpan(length / 3));
                break;
        }
        return data;
    }

    private static List<long> Cuts(FastCdcChunker chunker, byte[] data, int span)
    {
        var cuts = new List<long>();
        for (int pos = 0; pos < data.Length; pos += span)
        {
            var piece = data.AsSpan(pos, Math.Min(span, data.Length - pos));
            int start = 0;
            while (start < piece.Length)
            {
                int cut = chunker.FindCut(piece[start..]);
                if (cut < 0)
                {
                    break;
                }
                start += cut;
                cuts.Add(pos + start);
            }
        }
        return cuts;
    }

    /// <summary>FastCDC with normalized chunking as docs/repository-format.md defines it, one byte at a time.</summary>
    private static List<long> ReferenceCuts(ulong[] gear, byte[] data, int min = FastCdcChunker.DefaultMin, int average = FastCdcChunker.DefaultAverage, int max = FastCdcChunker.DefaultMax)
    {
        int bits = 63 - System.Numerics.BitOperations.LeadingZeroCount((ulong)average);
        ulong strict = ~0UL << (64 - (bits + 2));
        ulong loose = ~0UL << (64 - (bits - 2));
        var cuts = new List<long>();
        long chunkStart = 0;
        ulong hash = 0;
        for (long i = 0; i < data.Length; i++)
        {
            long length = i - chunkStart + 1;
            if (length <= min)
            {
                continue;
            }
            hash = (hash << 1) + gear[data[i]];
            if ((hash & (length <= average ? strict : loose)) == 0 || length == max)
            {
                cuts.Add(i + 1);
                chunkStart = i + 1;
                hash = 0;
            }
        }
        return cuts;
    }
}
