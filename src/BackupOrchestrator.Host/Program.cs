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
catch (Exception ex) when (ex is HostConfigurationException or BackupOrchestrator.Host.Durable.DurableConfigurationException)
{
    Console.Error.WriteLine($"functions-host: {ex.Message}");
    return 1;
}
catch (Microsoft.Extensions.Options.OptionsValidationException ex)
{
    // The app's ValidateOnStart options refused their settings: each failure says what, where and what to do.
    Console.Error.WriteLine($"functions-host: the app refused its settings at start ({ex.OptionsType.Name}):");
    foreach (var failure in ex.Failures)
    {
        Console.Error.WriteLine($"  {failure}");
    }

    return 1;
}
catch (Exception ex) when (UnreadableSetting.Describe(ex) is { } unreadable)
{
    Console.Error.WriteLine($"functions-host: {unreadable}");
    return 1;
}
catch (Exception ex) when (ex is Azure.RequestFailedException or HttpRequestException || ex.InnerException is HttpRequestException)
{
    // Storage refused or did not answer while starting (keys, timer status, the task hub).
    Console.Error.WriteLine($"functions-host: AzureWebJobsStorage: storage did not answer or refused a request ({ex.GetBaseException().Message}). Check the connection string, and that Azurite or the account is reachable.");
    return 1;
}
