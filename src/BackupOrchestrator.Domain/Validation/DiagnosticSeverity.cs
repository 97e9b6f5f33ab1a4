namespace BackupOrchestrator.Domain.Validation;

public enum DiagnosticSeverity
{
    /// <summary>The catalog cannot be used; <c>backupctl validate</c> exits 1.</summary>
    Error,

    /// <summary>The catalog works but something will likely go wrong at night.</summary>
    Warning,
}
