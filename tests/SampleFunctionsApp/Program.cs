using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SampleFunctionsApp;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
Program.ConfigureServices(builder.Services, builder.Configuration);
builder.Build().Run();

public partial class Program
{
    /// <summary>The app's services; `func start` (through Main) and the local host (by convention) both call this.</summary>
    public static void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new Recorder(configuration["Sample:RecordFile"]));
        services.AddScoped<Greeter>();
    }
}
