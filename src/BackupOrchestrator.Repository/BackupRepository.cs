using System.Security.Cryptography;
using BackupOrchestrator.Repository.Chunking;
using BackupOrchestrator.Repository.Format;
using BackupOrchestrator.Repository.Keys;
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
    }

    public IRepositoryTarget Target { get; }
    public RepositoryKey Key { get; }
    public RepositoryConfig Config { get; }
    public TimeProvider Time { get; }
    internal ObjectSealer Sealer { get; }
    internal ulong[] Gear { get; }
    /// <summary>Plaintext chunk buffers for the read paths (restore, verify); return them when done.</summary>
    internal Backup.BufferPool ChunkBuffers { get; }

    internal FastCdcChunker NewChunker() => new(Gear, Config.ChunkMin, Config.ChunkAverage, Config.ChunkMax);

    /// <summary>Initialises an empty target, or opens it when it already holds a repository of this key.</summary>
    public static async Task<BackupRepository> InitAsync(IRepositoryTarget target, RepositoryKey key, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        time ??= TimeProvider.System;
        var config = new RepositoryConfig(RepositoryConfig.CurrentVersion, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), key.KeyId,
            FastCdcChunker.DefaultMin, FastCdcChunker.DefaultAverage, FastCdcChunker.DefaultMax, time.GetUtcNow());
        await target.PutIfAbsentAsync(ObjectNames.Config, config.ToJson(), cancellationToken);
        return await OpenAsync(target, key, time, cancellationToken);
    }

    /// <summary>Creates <paramref name="target"/> as a repository with <paramref name="config"/> (for copies), or checks it matches.</summary>
    internal static async Task<BackupRepository> InitLikeAsync(IRepositoryTarget target, BackupRepository source, CancellationToken cancellationToken)
    {
        await target.PutIfAbsentAsync(ObjectNames.Config, source.Config.ToJson(), cancellationToken);
        return await OpenAsync(target, source.Key, source.Time, cancellationToken);
    }

    public static async Task<BackupRepository> OpenAsync(IRepositoryTarget target, RepositoryKey key, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        var bytes = await target.GetAsync(ObjectNames.Config, cancellationToken)
            ?? throw new RepositoryException($"No repository at {target.Description} (no 'config'). Create one with 'backupctl backup' on an empty target or check the --repo path.");
        var config = RepositoryConfig.Parse(bytes, target.Description);
        if (config.Version != RepositoryConfig.CurrentVersion)
        {
            throw new RepositoryException(config.Version < RepositoryConfig.CurrentVersion
                ? $"The repository at {target.Description} has format version {config.Version}, written by an older backupctl; this one reads version {RepositoryConfig.CurrentVersion} only. Restore from it with the older backupctl, and start new backups in a new repository (another --repo path or container)."
                : $"The repository at {target.Description} has format version {config.Version}, newer than this program reads ({RepositoryConfig.CurrentVersion}). Use a newer backupctl.");
        }
        if (!string.Equals(config.KeyId, key.KeyId, StringComparison.Ordinal))
        {
            throw new RepositoryException($"Wrong key: the repository at {target.Description} was created with key id {config.KeyId}, but the key file given has key id {key.KeyId}. Pass the key file of that repository (--key).");
        }
        return new BackupRepository(target, key, config, time ?? TimeProvider.System);
    }

    /// <summary>The ids of every chunk the target holds now.</summary>
    internal async Task<HashSet<ChunkId>> ListChunksAsync(CancellationToken cancellationToken)
    {
        var set = new HashSet<ChunkId>();
        await foreach (var item in Target.ListAsync(ObjectNames.ChunksPrefix, cancellationToken))
        {
            if (ObjectNames.TryParseChunk(item.Name, out var id))
            {
                set.Add(id);
            }
        }
        return set;
    }
}
