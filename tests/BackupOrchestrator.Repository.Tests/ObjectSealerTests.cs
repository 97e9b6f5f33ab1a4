using System.Security.Cryptography;
using BackupOrchestrator.Repository.Format;

namespace BackupOrchestrator.Repository.Tests;

/// <summary>Sealed objects: zstd (when libzstd is there) or Brotli, both always readable (docs/repository-format.md, "Sealed objects").</summary>
public sealed class ObjectSealerTests
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    private static byte[] Text() =>
        System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 20_000).Select(i => $"line {i % 97} of a compressible text\n")));

    [Fact]
    public void Seal_WithZstd_SetsTheZstdFlag_AndOpensToThePlaintext()
    {
        Assert.True(Zstd.IsAvailable, "libzstd.so.1 is missing: apt-get install libzstd1");
        var sealer = new ObjectSealer(Key, 4 << 20, useZstd: true);
        var text = Text();

        var sealedBytes = sealer.Seal(text, "chunk/x");

        Assert.Equal(2, sealedBytes[4]);
        Assert.True(sealedBytes.Length < text.Length / 4);
        var buffer = new byte[4 << 20];
        int length = sealer.OpenInto(sealedBytes, "chunk/x", "test", buffer);
        Assert.Equal(text, buffer.AsSpan(0, length).ToArray());
        Assert.Equal(text, sealer.Open(sealedBytes, "chunk/x", "test"));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void SealInPlace_GivesWhatSealGives_AndOpensToThePlaintext(bool compressible, bool useZstd)
    {
        var sealer = new ObjectSealer(Key, 4 << 20, useZstd);
        var plaintext = compressible ? Text() : RandomNumberGenerator.GetBytes(300_000);
        var buffer = new byte[plaintext.Length + ObjectSealer.Overhead + 100];
        plaintext.CopyTo(buffer, 0);

        int length = sealer.SealInPlace(buffer, plaintext.Length, "chunk/p");

        var copied = sealer.Seal(plaintext, "chunk/p");
        Assert.Equal(copied.Length, length);
        Assert.Equal(copied.AsSpan(0, 5).ToArray(), buffer.AsSpan(0, 5).ToArray());
        Assert.Equal(plaintext, sealer.Open(buffer.AsSpan(0, length), "chunk/p", "test"));
    }

    [Fact]
    public void Seal_WithBrotli_SetsTheBrotliFlag_AndAZstdSealerOpensIt()
    {
        var brotli = new ObjectSealer(Key, 4 << 20, useZstd: false);
        var text = Text();

        var sealedBytes = brotli.Seal(text, "chunk/y");

        Assert.Equal(1, sealedBytes[4]);
        var buffer = new byte[4 << 20];
        int length = new ObjectSealer(Key, 4 << 20, useZstd: true).OpenInto(sealedBytes, "chunk/y", "test", buffer);
        Assert.Equal(text, buffer.AsSpan(0, length).ToArray());
    }

    [Fact]
    public void Seal_RandomBytes_StoredUncompressed()
    {
        var random = RandomNumberGenerator.GetBytes(1 << 20);

        var sealedBytes = new ObjectSealer(Key, 4 << 20, useZstd: true).Seal(random, "chunk/z");

        Assert.Equal(0, sealedBytes[4]);
        Assert.Equal(random.Length + ObjectSealer.Overhead, sealedBytes.Length);
    }

    [Fact]
    public void Open_BothCompressionFlagsSet_IsRejectedAsDamaged()
    {
        var sealer = new ObjectSealer(Key, 4 << 20, useZstd: true);
        var sealedBytes = sealer.Seal(Text(), "chunk/w");
        sealedBytes[4] = 3;

        var error = Assert.Throws<IntegrityException>(() => sealer.OpenInto(sealedBytes, "chunk/w", "chunk w", new byte[4 << 20]));
        Assert.Contains("chunk w is damaged", error.Message);
    }
}
