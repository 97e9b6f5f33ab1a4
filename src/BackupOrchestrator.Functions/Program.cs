using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// Under `func start` or Azure this is the worker's entry point. The local host (src/BackupOrchestrator.Host) does
// not run Main: it calls Program.ConfigureServices by convention (docs/host.md), so both hosts register the same services.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
Program.ConfigureServices(builder.Services, builder.Configuration);
builder.Build().Run();

public partial class Program
{
    /// <summary>Every service the functions take by constructor injection. Both hosts call this once.</summary>
    public static void ConfigureServices(IServiceCollection services, IConfiguration configuration)
        => BackupOrchestrator.Functions.ServiceCollectionExtensions.AddBackupOrchestrator(services, configuration);
}
