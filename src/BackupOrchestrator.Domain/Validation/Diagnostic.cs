namespace BackupOrchestrator.Domain.Validation;

/// <summary>
/// One finding about a catalog: what is wrong (<see cref="Message"/>), where
/// (<see cref="Location"/>, <see cref="Service"/>) and what to do (<see cref="Hint"/>).
/// <see cref="Code"/> is stable (see <see cref="DiagnosticCodes"/>) so tools and tests can match on it.
/// </summary>
public sealed record Diagnostic(
    DiagnosticSeverity Severity,
    string Code,
    string Message,
    SourceLocation Location,
    string? Service = null,
    string? Hint = null)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var service = Service is null ? "" : $" [service {Service}]";
        var hint = Hint is null ? "" : $" Fix: {Hint}";
        return $"{Location}: {severity} {Code}{service}: {Message}{hint}";
    }
}
