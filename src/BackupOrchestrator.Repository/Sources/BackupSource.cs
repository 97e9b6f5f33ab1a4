namespace BackupOrchestrator.Repository.Sources;

/// <summary>What one backup reads. The CLI and the app map the catalog's service sources onto these.</summary>
public abstract record BackupSource;

/// <summary>A file or directory tree, read recursively; entries are named by absolute path without the leading '/'.</summary>
public sealed record PathSource(string Path) : BackupSource
{
    public override string ToString() => Path;
}

/// <summary>A command (argv, never a shell) whose stdout is the data, e.g. <c>pg_dumpall</c>. Stored as <c>commands/{Name}</c>.</summary>
public sealed record CommandSource(string Name, IReadOnlyList<string> Argv) : BackupSource
{
    /// <summary>Working directory of the command (the catalog's data_root); null keeps the current one.</summary>
    public string? WorkingDirectory { get; init; }

    public override string ToString() => $"{Name}: {string.Join(' ', Argv)}";
}
