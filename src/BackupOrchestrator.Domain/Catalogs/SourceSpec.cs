namespace BackupOrchestrator.Domain.Catalogs;

/// <summary>What a service's backup reads. Either a path or a command whose stdout is the data.</summary>
public abstract record SourceSpec;

/// <summary>
/// A file or directory. <see cref="Path"/> is as written; <see cref="ResolvedPath"/> is absolute:
/// a relative path is resolved against the catalog's <c>data_root</c>.
/// </summary>
public sealed record PathSource(string Path, string ResolvedPath) : SourceSpec;

/// <summary>
/// A command run as argv (never through a shell) with the working directory set to the
/// catalog's <c>data_root</c>; its stdout is stored in the backup as one file named
/// <see cref="StreamName"/> (e.g. <c>pg_dumpall.sql</c>). A non-zero exit fails the backup.
/// </summary>
public sealed record CommandSource(IReadOnlyList<string> Argv, string StreamName) : SourceSpec;
