using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Functions.Configuration;
using BackupOrchestrator.Repository;
using BackupOrchestrator.Repository.Keys;
using BackupOrchestrator.Repository.Targets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackupOrchestrator.Functions.Services;

/// <summary>
/// The catalog's targets as the repository's targets, each made once per app (a blob target's client and its
/// resolved connection are meant to be reused; a retried backup used to build them again per attempt). The
/// repository itself is opened per use (<see cref="OpenAsync"/>, two small reads), so a target emptied between
/// nights gets its config written again instead of a cached view writing packs into a folder without one.
/// </summary>
/// <param name="logger">Where a repository's wait for a prune run beside the app (by backupctl) is said; none in some tests.</param>
public sealed class RepositoryTargets(IOptions<NightOptions> options, IConfiguration configuration, TimeProvider time, ILogger<RepositoryTargets>? logger = null)
{
    private readonly ConcurrentDictionary<string, IRepositoryTarget> _targets = new(StringComparer.Ordinal);

    /// <summary>What identifies a target across catalogs and nights: its kind and where it is (never a secret: a literal connection is hashed).</summary>
    public static string Identity(TargetSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.Kind == TargetKind.Directory
            ? $"dir:{Path.GetFullPath(spec.Path ?? "")}"
            : $"blob:{spec.ConnectionSetting ?? "literal-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(spec.Connection ?? "")))[..12]}:{spec.Container}";
    }

    /// <summary>The key file: the app setting Backup__KeyFile, else the catalog's encryption.key_file.</summary>
    public string? KeyFileFor(string? catalogKeyFile) =>
        options.Value.KeyFile is { Length: > 0 } k ? NightOptions.Resolve(k) : catalogKeyFile;

    /// <summary>Why a key cannot be used (null when it can), said so a person knows what to do.</summary>
    public static string? KeyProblem(string? keyFile) => keyFile is null
        ? "no repository key: set Backup__KeyFile or the catalog's encryption.key_file"
        : File.Exists(keyFile) ? null
        : $"no repository key at {keyFile}: create it with 'backupctl key init --key {keyFile}' (and keep a copy offline)";

    /// <summary>The target (made on first use); a <see cref="RepositoryException"/> says why it cannot be.</summary>
    public IRepositoryTarget TargetOf(TargetSpec spec)
    {
        var identity = Identity(spec);
        if (_targets.TryGetValue(identity, out var known))
        {
            return known;
        }

        // Not cached when making it throws: a missing setting fixed later is then picked up.
        return _targets.GetOrAdd(identity, Make(spec));
    }

    /// <summary>The repository on <paramref name="spec"/>, created when the target is empty.</summary>
    public async Task<BackupRepository> InitAsync(TargetSpec spec, string keyFile, CancellationToken cancellationToken) =>
        Told(await BackupRepository.InitAsync(TargetOf(spec), RepositoryKey.Load(keyFile), time, cancellationToken));

    /// <summary>The repository on <paramref name="spec"/>; a <see cref="RepositoryException"/> when there is none.</summary>
    public async Task<BackupRepository> OpenAsync(TargetSpec spec, string keyFile, CancellationToken cancellationToken) =>
        Told(await BackupRepository.OpenAsync(TargetOf(spec), RepositoryKey.Load(keyFile), time, cancellationToken));

    private BackupRepository Told(BackupRepository repository)
    {
        if (logger is not null)
        {
            repository.LockWaitNotice = logger.WaitingForPrune;
        }
        return repository;
    }

    private IRepositoryTarget Make(TargetSpec spec)
    {
        if (spec.Kind == TargetKind.Directory)
        {
            return TargetSpecParser.Parse("dir:" + spec.Path, (string?)null);
        }

        // A catalog names its connection by setting (identity-based settings included); a literal is only
        // UseDevelopmentStorage=true, since validation refuses literals that hold a key or a SAS.
        return TargetSpecParser.Parse($"blob:{spec.Container}", () => spec.Connection is { } literal
            ? BlobConnection.FromConnectionString(literal, $"the catalog's connection of target {spec.Container}")
            : BlobConnection.FromSetting(configuration, spec.ConnectionSetting ?? "AzureWebJobsStorage"));
    }
}
