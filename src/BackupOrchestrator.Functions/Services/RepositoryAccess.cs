using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Functions.Configuration;
using BackupOrchestrator.Repository;
using BackupOrchestrator.Repository.Keys;
using BackupOrchestrator.Repository.Targets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace BackupOrchestrator.Functions.Services;

/// <summary>
/// Opens the repository on one of a catalog's targets for reading (the monitor's snapshot browser and catalog
/// view). Connections resolve as the backup activity resolves them: a named setting, or the one literal a catalog
/// may hold (UseDevelopmentStorage=true). Kept apart from <see cref="ServiceBackupRunner"/>, which creates the
/// repository when missing; a reader must never create one.
/// </summary>
public sealed class RepositoryAccess(IOptions<NightOptions> options, IConfiguration configuration, TimeProvider time)
{
    /// <summary>The target of <paramref name="role"/> (primary, secondary, offsite), or null when the catalog has none.</summary>
    public static TargetSpec? TargetOf(Catalog catalog, string role)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Targets.All().FirstOrDefault(t => string.Equals(t.Role, role, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The repository on <paramref name="target"/>, or null when none was created there yet (no backup ran).</summary>
    /// <exception cref="RepositoryException">No key, a bad connection, a damaged config.</exception>
    public async Task<BackupRepository?> OpenAsync(Catalog catalog, TargetSpec target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(target);
        var keyFile = options.Value.KeyFile is { Length: > 0 } k ? NightOptions.Resolve(k) : catalog.EncryptionKeyFile;
        if (keyFile is null || !File.Exists(keyFile))
        {
            throw new RepositoryException(keyFile is null
                ? "no repository key: set Backup__KeyFile or the catalog's encryption.key_file"
                : $"no repository key at {keyFile} (Backup__KeyFile or encryption.key_file)");
        }

        var repositoryTarget = Open(target);
        if (await repositoryTarget.GetAsync(Repository.Format.ObjectNames.Config, cancellationToken) is null)
        {
            return null;
        }

        return await BackupRepository.OpenAsync(repositoryTarget, RepositoryKey.Load(keyFile), time, cancellationToken);
    }

    private IRepositoryTarget Open(TargetSpec spec) => spec.Kind == TargetKind.Directory
        ? TargetSpecParser.Parse("dir:" + spec.Path, (string?)null)
        : TargetSpecParser.Parse($"blob:{spec.Container}", () => spec.Connection is { } literal
            ? BlobConnection.FromConnectionString(literal, $"the catalog's connection of target {spec.Container}")
            : BlobConnection.FromSetting(configuration, spec.ConnectionSetting ?? "AzureWebJobsStorage"));
}
