using System.Security.Cryptography;
using BackupOrchestrator.Repository.Chunking;
using BackupOrchestrator.Repository.Format;
using BackupOrchestrator.Repository.Keys;
using BackupOrchestrator.Repository.Packs;
using BackupOrchestrator.Repository.Targets;

namespace BackupOrchestrator.Repository;

/// <summary>
/// An opened repository: a target, its config, and the key that matches it. Entry point for
/// backup, restore, verify, prune, copy and stats (each in its own folder).
/// </summary>
public sealed class BackupRepository
{
    private BackupRepository(IRepositoryTarget target, RepositoryKey key, RepositoryConfig config, TimeProvider time)
    {
        Target = target;
        Key = key;
        Config = config;
        Time = time;
        Sealer = new ObjectSealer(key.EncryptionKey, config.ChunkMax + 1024);
        ChunkBuffers = new Backup.BufferPool(config.ChunkMax + 1024);
        Gear = FastCdcChunker.GearTable(key.GearSeed);
        ChunkIds = ChunkIdHash.Create(config.ChunkIds, key.ChunkIdKey);
    }

    public IRepositoryTarget Target { get; }
    public RepositoryKey Key { get; }
    public RepositoryConfig Config { get; }
    public TimeProvider Time { get; }
    internal ObjectSealer Sealer { get; }
    internal ulong[] Gear { get; }
    /// <summary>How this repository names chunks (its config says; format 3: HMAC-SHA-512/256).</summary>
    internal ChunkIdHash ChunkIds { get; }
    /// <summary>Plaintext chunk buffers for the read paths (restore, verify); return them when done.</summary>
    internal Backup.BufferPool ChunkBuffers { get; }

    /// <summary>
    /// Told once per wait when a backup, restore, verify or copy waits for a prune to finish (up to 30 minutes):
    /// the command line prints it, the app logs it. Without it the wait looked like a hang.
    /// </summary>
    public Action<string>? LockWaitNotice { get; set; }

    internal FastCdcChunker NewChunker() => new(Gear, Config.ChunkMin, Config.ChunkAverage, Config.ChunkMax);

    /// <summary>Initialises an empty target, or opens it when it already holds a repository of this key.</summary>
    /// <remarks>A new repository names its chunks with <see cref="ChunkIdHash.Preferred"/>, the fastest keyed hash on this CPU.</remarks>
    public static Task<BackupRepository> InitAsync(IRepositoryTarget target, RepositoryKey key, TimeProvider? time = null, CancellationToken cancellationToken = default) =>
        InitAsync(target, key, ChunkIdHash.Preferred, time, cancellationToken);

    /// <summary>As <see cref="InitAsync(IRepositoryTarget, RepositoryKey, TimeProvider?, CancellationToken)"/>, naming chunks with <paramref name="chunkIdHash"/>.</summary>
    internal static async Task<BackupRepository> InitAsync(IRepositoryTarget target, RepositoryKey key, string chunkIdHash, TimeProvider? time, CancellationToken cancellationToken)
    {
        time ??= TimeProvider.System;
        var config = new RepositoryConfig(RepositoryConfig.CurrentVersion, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), key.KeyId,
            FastCdcChunker.DefaultMin, FastCdcChunker.DefaultAverage, FastCdcChunker.DefaultMax, time.GetUtcNow(), chunkIdHash);
        await target.PutIfAbsentAsync(ObjectNames.Config, config.ToJson(), cancellationToken);
        return await OpenAsync(target, key, time, cancellationToken);
    }

    /// <summary>Creates <paramref name="target"/> as a repository with <paramref name="config"/> (for copies), or checks it matches.</summary>
    internal static async Task<BackupRepository> InitLikeAsync(IRepositoryTarget target, BackupRepository source, CancellationToken cancellationToken)
    {
        await target.PutIfAbsentAsync(ObjectNames.Config, source.Config.ToJson(), cancellationToken);
        var opened = await OpenAsync(target, source.Key, source.Time, cancellationToken);
        opened.LockWaitNotice = source.LockWaitNotice;
        return opened;
    }

    public static async Task<BackupRepository> OpenAsync(IRepositoryTarget target, RepositoryKey key, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        var bytes = await target.GetAsync(ObjectNames.Config, cancellationToken)
            ?? throw new RepositoryException($"No repository at {target.Description} (no 'config'). Create one with 'backupctl backup' on an empty target or check the --repo path.");
        var config = RepositoryConfig.Parse(bytes, target.Description);
        if (config.Version is < RepositoryConfig.OldestReadable or > RepositoryConfig.CurrentVersion)
        {
            throw new RepositoryException(config.Version < RepositoryConfig.OldestReadable
                ? $"The repository at {target.Description} has format version {config.Version}, written by an older backupctl; this one reads versions {RepositoryConfig.OldestReadable} and {RepositoryConfig.CurrentVersion} only. Restore from it with the older backupctl, and start new backups in a new repository (another --repo path or container)."
                : $"The repository at {target.Description} has format version {config.Version}, newer than this program reads ({RepositoryConfig.CurrentVersion}). Use a newer backupctl.");
        }
        if (!ChunkIdHash.IsKnown(config.ChunkIds))
        {
            // Naming new chunks another way would break dedup and make verify call every chunk damaged.
            throw new RepositoryException(string.IsNullOrEmpty(config.ChunkIdHash)
                ? $"The repository at {target.Description} is damaged: its config (format {config.Version}) names no chunk-id hash (\"chunkIdHash\"). Restore the config object from another copy of the repository."
                : $"The repository at {target.Description} names its chunks with '{config.ChunkIdHash}', which this program does not know. Use a newer backupctl.");
        }
        if (!string.Equals(config.KeyId, key.KeyId, StringComparison.Ordinal))
        {
            throw new RepositoryException($"Wrong key: the repository at {target.Description} was created with key id {config.KeyId}, but the key file given has key id {key.KeyId}. Pass the key file of that repository (--key).");
        }
        return new BackupRepository(target, key, config, time ?? TimeProvider.System);
    }

    private readonly Lock _readIndexGate = new();
    private Task<ChunkIndex>? _readIndex;

    /// <summary>What the target holds now: every index read, every pack listed (a fresh read each call).</summary>
    internal Task<ChunkIndex> LoadIndexAsync(CancellationToken cancellationToken) => ChunkIndex.LoadAsync(this, cancellationToken);

    /// <summary>
    /// Where a chunk is, for the read paths (restore, verify, copy). The index is read once and kept;
    /// a chunk it does not know makes it read again once (a backup may have added it since).
    /// </summary>
    internal async Task<ChunkLocation?> LocateAsync(ChunkId id, CancellationToken cancellationToken)
    {
        var loaded = ReadIndex(null, cancellationToken);
        if ((await loaded).TryLocate(id, out var known))
        {
            return known;
        }
        return (await ReadIndex(loaded, cancellationToken)).TryLocate(id, out var found) ? found : null;
    }

    /// <summary>The kept index; a fresh read when there is none, or when <paramref name="stale"/> is still the one kept.</summary>
    private Task<ChunkIndex> ReadIndex(Task<ChunkIndex>? stale, CancellationToken cancellationToken)
    {
        lock (_readIndexGate)
        {
            if (_readIndex is null || _readIndex == stale || _readIndex.IsFaulted || _readIndex.IsCanceled)
            {
                _readIndex = LoadIndexAsync(cancellationToken);
            }
            return _readIndex;
        }
    }

    /// <summary>
    /// Reads a chunk's sealed bytes into <paramref name="buffer"/> (a pooled array: a restore reads
    /// gigabytes, and an array per chunk kept the collector busy with large-object garbage); returns
    /// their length, or -1 when no index names the chunk or its pack is gone.
    /// </summary>
    internal async Task<int> ReadSealedChunkAsync(ChunkId id, string where, byte[] buffer, CancellationToken cancellationToken)
    {
        if (await LocateAsync(id, cancellationToken) is not { } at)
        {
            return -1;
        }
        if (at.Length > buffer.Length)
        {
            throw new IntegrityException($"{where} is damaged: its index gives it {at.Length} bytes, more than any sealed chunk. Run 'backupctl verify' to see what it affects.");
        }
        int read = await Target.ReadRangeAsync(at.Pack, at.Offset, buffer.AsMemory(0, at.Length), cancellationToken);
        if (read >= 0 && read != at.Length)
        {
            throw new IntegrityException($"{where} is damaged: its pack {at.Pack} ends before the chunk's {at.Length} bytes at offset {at.Offset}. Run 'backupctl verify' to see what it affects.");
        }
        return read;
    }

    /// <summary>A chunk's sealed bytes, or null when no index names it or its pack is gone.</summary>
    internal async Task<byte[]?> ReadSealedChunkAsync(ChunkId id, string where, CancellationToken cancellationToken)
    {
        if (await LocateAsync(id, cancellationToken) is not { } at)
        {
            return null;
        }
        var bytes = await Target.GetRangeAsync(at.Pack, at.Offset, at.Length, cancellationToken);
        if (bytes is not null && bytes.Length != at.Length)
        {
            throw new IntegrityException($"{where} is damaged: its pack {at.Pack} ends before the chunk's {at.Length} bytes at offset {at.Offset}. Run 'backupctl verify' to see what it affects.");
        }
        return bytes;
    }
}
