using BackupOrchestrator.Host;
using BackupOrchestrator.Host.Configuration;

// The local Functions host (docs/host.md). A problem a person must fix prints as one message, never a stack trace.
try
{
    var arguments = HostArguments.Parse(args);
    if (arguments.Help)
    {
        Console.WriteLine(HostArguments.Usage);
        return 0;
    }

    return await FunctionsHost.RunAsync(arguments, TimeProvider.System);
}
catch (HostConfigurationException ex)
{
    Console.Error.WriteLine($"functions-host: {ex.Message}");
    return 1;
}
