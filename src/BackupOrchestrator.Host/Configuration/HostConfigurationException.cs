namespace BackupOrchestrator.Host.Configuration;

/// <summary>
/// A problem a person must fix before the host can start: which file, which key, what is wrong and what to do.
/// The host prints <see cref="Exception.Message"/> alone (no stack trace) and exits non-zero.
/// </summary>
public sealed class HostConfigurationException : Exception
{
    public HostConfigurationException(string file, string? key, string problem, string fix)
        : base(Format(file, key, problem, fix))
    {
        File = file;
        Key = key;
    }

    public HostConfigurationException()
    {
        File = string.Empty;
    }

    public HostConfigurationException(string message)
        : base(message)
    {
        File = string.Empty;
    }

    public HostConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = string.Empty;
    }

    public string File { get; }

    public string? Key { get; }

    private static string Format(string file, string? key, string problem, string fix)
        => key is null ? $"{file}: {problem} {fix}" : $"{file}: '{key}': {problem} {fix}";
}
