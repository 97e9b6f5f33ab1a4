using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Host.Loading;

/// <summary>The app's service provider: what the isolated worker gives every app, then the app's own registrations.</summary>
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
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
