using BackupOrchestrator.Functions.Configuration;
using BackupOrchestrator.Functions.Night;
using BackupOrchestrator.Functions.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Functions;

public static class ServiceCollectionExtensions
{
    /// <summary>Every service the app's functions take by constructor injection. Both hosts call this, once.</summary>
    public static IServiceCollection AddBackupOrchestrator(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(TimeProvider.System);
        // A catalog with errors stops the app at start, with backupctl validate's messages (CatalogAtStartup), and so
        // does a setting out of range (SettingsAtStartup).
        services.AddOptions<NightOptions>().Bind(configuration.GetSection(NightOptions.Section)).ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<NightOptions>, CatalogAtStartup>();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<NightOptions>, SettingsAtStartup>();
        services.AddSingleton<NightLogFiles>();
        services.AddSingleton<ILoggerProvider, NightLogFileProvider>();
        services.AddSingleton<ResourceProbe>();
        services.AddSingleton<HookRunner>();
        services.AddSingleton<RepositoryTargets>();
        services.AddSingleton<ServiceBackupRunner>();
        services.AddSingleton<TargetMaintenance>();
        services.AddSingleton<Integrity.IntegrityStarter>();
        services.AddSingleton<NightStarter>();
        services.AddSingleton<ManualRuns>();
        services.AddSingleton<BackupOrchestrator.Functions.Http.ReadOnlyGuard>();
        // The HTTP API says states as words ("Failed"), not enum numbers.
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(o => o.JsonSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        // The monitor's read side: the catalog against its objectives, snapshots to browse and restore.
        services.AddSingleton<RepositoryAccess>();
        services.AddSingleton<RestoreJobs>();
        services.AddSingleton<CatalogOverview>();
        return services;
    }
}
