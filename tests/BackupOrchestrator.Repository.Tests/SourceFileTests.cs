using BackupOrchestrator.Repository.Sources;

namespace BackupOrchestrator.Repository.Tests;

public sealed class SourceFileTests : IDisposable
{
    private readonly TestRepository _t = new();

    public void Dispose() => _t.Dispose();

    [Fact]
    public void OpenRead_OfAFile_ReadsItsBytes()
    {
        var path = _t.WriteRandom("data.bin", 70_000, seed: 3);
        var buffer = new byte[80_000];

        using var handle = SourceFile.OpenRead(path);
        int read = RandomAccess.Read(handle, buffer, 0);
        int tail = RandomAccess.Read(handle, new byte[100], 69_950);

        Assert.Equal(70_000, read);
        Assert.Equal(File.ReadAllBytes(path), buffer.AsSpan(0, read).ToArray());
        Assert.Equal(50, tail);
    }

    [Fact]
    public void OpenRead_OfAVanishedFile_ThrowsAnIOExceptionThatSaysWhy()
    {
        var error = Assert.Throws<IOException>(() => SourceFile.OpenRead(Path.Combine(_t.Source, "gone.txt")));

        Assert.Contains("errno 2", error.Message);
    }
}
