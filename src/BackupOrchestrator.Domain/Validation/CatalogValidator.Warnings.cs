using BackupOrchestrator.Domain.Catalogs;

namespace BackupOrchestrator.Domain.Validation;

public static partial class CatalogValidator
{
    /// <summary>What will likely go wrong on the night of <paramref name="night"/> (catalog must be free of errors).</summary>
    public static IReadOnlyList<Diagnostic> Warnings(Catalog catalog, DateOnly night)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _ = night;
        return [];
    }
}
