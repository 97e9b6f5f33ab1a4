using BackupOrchestrator.Repository.Chunking;
using BackupOrchestrator.Repository.Packs;

namespace BackupOrchestrator.Repository.Tests;

/// <summary>Finds where a chunk's sealed bytes are on a target, so a test can damage or remove them.</summary>
internal static class PackFiles
{
    /// <summary>The pack object holding <paramref name="chunkId"/>, and the chunk's range in it.</summary>
    public static async Task<(string Pack, int Offset, int Length)> LocateAsync(BackupRepository repository, string chunkId)
    {
        var index = await repository.LoadIndexAsync(default);
        Assert.True(index.TryLocate(ChunkId.Parse(chunkId), out var at), $"no index names chunk {chunkId}");
        return (at.Pack, at.Offset, at.Length);
    }

    /// <summary>Stores one sealed chunk the way a backup does: in a pack, named by an index.</summary>
    public static async Task StoreAsync(BackupRepository repository, ChunkId id, byte[] sealedChunk)
    {
        var packs = new PackWriter(repository, 1, default);
        await packs.AddAsync(id, sealedChunk);
        await PackWriter.WriteIndexAsync(repository, await packs.CompleteAsync(), default);
    }
}
