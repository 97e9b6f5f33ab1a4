namespace BackupOrchestrator.Host.Durable;

/// <summary>A Durable Task setting (host.json or the storage connection) that stops the host, with what to do about it.</summary>
public sealed class DurableConfigurationException : Exception
{
    public DurableConfigurationException()
    {
    }

    public DurableConfigurationException(string message)
        : base(message)
    {
    }

    public DurableConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
