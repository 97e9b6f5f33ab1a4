using BackupOrchestrator.Domain.Validation;

namespace BackupOrchestrator.Domain.Catalogs;

/// <summary>
/// What reading a catalog gave: the catalog (null when the YAML could not be read at all)
/// and every diagnostic found while reading. Semantic checks are <see cref="CatalogValidator"/>'s.
/// </summary>
public sealed record CatalogReadResult(Catalog? Catalog, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
