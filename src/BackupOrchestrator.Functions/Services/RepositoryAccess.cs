using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Repository;

namespace BackupOrchestrator.Functions.Services;

/// <summary>
/// Opens the repository on one of a catalog's targets for reading (the monitor's snapshot browser and catalog
/// view), through <see cref="RepositoryTargets"/>: one place resolves a target's connection and key. Kept apart
/// from <see cref="ServiceBackupRunner"/>, which creates the repository when missing; a reader must never create one.
/// </summary>
public sealed class RepositoryAccess(RepositoryTargets targets)
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
        var keyFile = targets.KeyFileFor(catalog.EncryptionKeyFile);
        if (RepositoryTargets.KeyProblem(keyFile) is { } problem)
        {
            throw new RepositoryException(problem);
        }

        if (await targets.TargetOf(target).GetAsync(Repository.Format.ObjectNames.Config, cancellationToken) is null)
        {
            return null;
        }

        return await targets.OpenAsync(target, keyFile!, cancellationToken);
    }
}
