namespace BackupOrchestrator.Domain.Validation;

/// <summary>Where something was written: a file and, when known, a 1-based line and column.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary>A location naming only the file (no line known).</summary>
    public static SourceLocation InFile(string file) => new(file, 0, 0);

    public bool HasPosition => Line > 0;

    public override string ToString() => HasPosition ? $"{File}:{Line}:{Column}" : File;
}
