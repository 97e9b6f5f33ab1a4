using BackupOrchestrator.Domain.Validation;

namespace BackupOrchestrator.Domain.Catalogs;

/// <summary>Thrown by <see cref="CatalogLoader.Load"/> when a catalog has errors; the message lists them all.</summary>
public sealed class CatalogException : Exception
{
    public CatalogException(IReadOnlyList<Diagnostic> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public CatalogException()
        : this([])
    {
    }

    public CatalogException(string message)
        : base(message)
    {
        Errors = [];
    }

    public CatalogException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public IReadOnlyList<Diagnostic> Errors { get; }

    private static string Describe(IReadOnlyList<Diagnostic> errors) =>
        errors.Count == 0
            ? "the catalog is not valid."
            : $"the catalog has {errors.Count} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}";
}
