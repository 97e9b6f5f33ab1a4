using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BackupOrchestrator.Functions;

public static class ServiceCollectionExtensions
{
    /// <summary>Every service the app's functions take by constructor injection. Both hosts call this, once.</summary>
    public static IServiceCollection AddBackupOrchestrator(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
