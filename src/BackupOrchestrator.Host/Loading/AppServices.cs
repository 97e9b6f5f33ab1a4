using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackupOrchestrator.Host.Loading;

/// <summary>
/// The app's service provider: what the isolated worker gives every app, then the app's own registrations. The
/// app's <see cref="ILoggerProvider"/> registrations join the host's logger factory, as they join the worker's
/// under func: the app and the engine log through that one factory (the engine's replay-safe orchestration
/// loggers included), so an app's own provider (a log file) sees every line, not only the app's direct ones.
/// </summary>
internal static class AppServices
{
    public static ServiceProvider Build(FunctionApp app, IConfiguration configuration, ILoggerFactory loggerFactory, Func<DurableTaskClient>? durableClient)
    {
        var services = new ServiceCollection();
        services.AddSingleton(loggerFactory);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddSingleton(configuration);
        services.AddOptions();
        if (durableClient is not null)
        {
            services.AddSingleton(_ => durableClient());
        }

        app.ConfigureServices(services, configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        // Options the app registered with ValidateOnStart are checked now, before anything listens, as the
        // worker's generic host does at its start: a bad setting stops the host (Program prints the failures).
        try
        {
            provider.GetService<IStartupValidator>()?.Validate();
        }
        catch (OptionsValidationException)
        {
            provider.Dispose();
            throw;
        }
        foreach (var appProvider in provider.GetServices<ILoggerProvider>())
        {
            loggerFactory.AddProvider(new BorrowedLoggerProvider(appProvider));
        }

        return provider;
    }

    /// <summary>The app's container owns its providers: the factory's disposal must not dispose them a second time.</summary>
    private sealed class BorrowedLoggerProvider(ILoggerProvider inner) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => inner.CreateLogger(categoryName);

        public void Dispose()
        {
        }
    }
}
