using System.Net;
using Azure.Storage.Blobs;
using BackupOrchestrator.Host.Configuration;
using BackupOrchestrator.Host.Durable;
using BackupOrchestrator.Host.DurableFunctions;
using BackupOrchestrator.Host.Http;
using BackupOrchestrator.Host.Invocation;
using BackupOrchestrator.Host.Loading;
using BackupOrchestrator.Host.Metadata;
using BackupOrchestrator.Host.Storage;
using BackupOrchestrator.Host.Timers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BackupOrchestrator.Host;

/// <summary>
/// The local `func start`: reads the app's build (host.json, local.settings.json, functions.metadata), loads its
/// assembly, and runs its functions until SIGTERM or Ctrl-C. Everything a person must fix first is a
/// <see cref="HostConfigurationException"/>, raised before anything starts listening.
/// </summary>
public static class FunctionsHost
{
    public const string StartedLine = "Host started";
    public const string GracePeriodSetting = "FunctionsHost:ShutdownGracePeriod";
    private static readonly string[] DurableBindings = [FunctionBinding.OrchestrationTrigger, FunctionBinding.ActivityTrigger, FunctionBinding.DurableClient];

    public static async Task<int> RunAsync(HostArguments arguments, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var root = arguments.ScriptRoot;
        var hostJson = HostJsonSettings.Load(root);
        var localSettings = LocalSettings.Load(root);
        var metadata = Select(FunctionMetadataReader.Load(root), arguments.Functions);
        using var loggerFactory = CreateLoggerFactory(hostJson, arguments.Verbose);
        var logger = loggerFactory.CreateLogger("Host.Startup");
        var configuration = AppConfiguration.Build(localSettings, logger);

        var needsDurable = metadata.Any(f => f.Bindings.Any(b => DurableBindings.Any(b.Is)));
        var timerFunctions = metadata.Where(f => f.Trigger.Is(FunctionBinding.TimerTrigger)).ToArray();
        var keyedHttp = metadata.Where(f => f.Trigger.Is(FunctionBinding.HttpTrigger) && !string.Equals(f.Trigger.GetString("authLevel"), "Anonymous", StringComparison.OrdinalIgnoreCase)).ToArray();
        var connection = configuration["AzureWebJobsStorage"];
        if (string.IsNullOrWhiteSpace(connection) && (needsDurable || timerFunctions.Length > 0 || keyedHttp.Length > 0))
        {
            throw new HostConfigurationException(LocalSettings.FileName, "Values.AzureWebJobsStorage", "is not set; timers, keys and Durable Task keep their state in it.",
                $"Set it to \"{HostStorage.DevelopmentStorage}\" (Azurite) or a storage account's connection string, in local.settings.json or the environment.");
        }

        var schedules = timerFunctions.ToDictionary(f => f.Name, f => TimerSchedule.Parse(f.Name, f.Trigger.GetString("schedule")!, configuration));
        var hostId = HostId.Resolve(configuration, root);
        var port = arguments.Port ?? localSettings.LocalHttpPort ?? 7071;
        var grace = configuration.GetValue(GracePeriodSetting, TimeSpan.FromSeconds(30));

        // The app: its assembly, its functions' methods and parameters, its services.
        var app = new FunctionApp(root, metadata[0].ScriptFile);
        DurableEngine? engine = null;
        HostRuntime? runtime = null;
        var appServices = AppServices.Build(app, configuration, loggerFactory, needsDurable ? () => engine!.Client : null);
        await using var appServicesScope = appServices;
        var invoker = new FunctionInvoker(appServices, hostJson.FunctionTimeout, loggerFactory.CreateLogger("Host.Function"));
        var functions = metadata.Select(f =>
        {
            var method = app.ResolveMethod(f);
            return new HostFunction(f, method, new HostFunctionDefinition(f, method), ParameterBinder.Create(f, method, () => engine!.Client));
        }).ToArray();

        // Storage (and Azurite) only when something keeps state: an app of anonymous HTTP functions runs without.
        var needsStorage = !string.IsNullOrWhiteSpace(connection) && (needsDurable || timerFunctions.Length > 0 || keyedHttp.Length > 0);
        await using var azurite = needsStorage ? await AzuriteLauncher.EnsureRunningAsync(connection!, root, logger, cancellationToken) : null;
        var blobs = needsStorage ? HostStorage.CreateBlobServiceClient(connection!) : null;
        var keys = blobs is null || (keyedHttp.Length == 0 && !needsDurable) ? null
            : await FunctionKeys.LoadOrCreateAsync(blobs, hostId, keyedHttp.Select(f => f.Name), cancellationToken);

        if (needsDurable)
        {
            engine = new DurableEngine(DurableEngineOptions.FromHostJson(hostJson.DurableTask, configuration), loggerFactory);
            foreach (var function in functions)
            {
                if (function.Metadata.Trigger.Is(FunctionBinding.OrchestrationTrigger))
                {
                    engine.AddOrchestrator(function.Name, new FunctionOrchestrator(function, invoker, engine.Options.DataConverter));
                }
                else if (function.Metadata.Trigger.Is(FunctionBinding.ActivityTrigger))
                {
                    engine.AddActivity(function.Name, new FunctionActivity(function, invoker, () => runtime!.GraceOver));
                }
            }
        }

        await using var engineScope = engine;
        var timers = functions.Where(f => schedules.ContainsKey(f.Name)).Select(f => CreateTimer(f, schedules[f.Name], invoker, blobs!, hostId, hostJson, time, loggerFactory)).ToArray();
        using var runtimeScope = runtime = new HostRuntime(engine, timers, grace, loggerFactory.CreateLogger("Host.Runtime"));

        var routes = functions.Where(f => f.Metadata.Trigger.Is(FunctionBinding.HttpTrigger)).ToDictionary(f => f.Name, f => HttpRoute.From(f, hostJson.RoutePrefix));
        var web = BuildWebApplication(port, localSettings, arguments, loggerFactory, runtime, grace);
        var endpoints = new HttpFunctionEndpoints(invoker, () => keys, hostJson.MaxConcurrentRequests is { } max ? new SemaphoreSlim(max) : null, loggerFactory.CreateLogger("Host.Http"));
        web.MapGet("/admin/host/ping", () => Results.Ok());
        endpoints.Map(web, routes.Values);
        if (engine is not null && keys is not null)
        {
            engine.MapManagementApi(web, context => keys.IsSystemOrMaster(FunctionKeys.DurableSystemKey, HttpFunctionEndpoints.KeyOf(context.Request)), () => keys.SystemKeys[FunctionKeys.DurableSystemKey]);
        }

        var baseUrl = $"http://127.0.0.1:{port}";
        web.Lifetime.ApplicationStarted.Register(() =>
        {
            Console.Out.Write(StartupBanner.Format(functions, routes, schedules, baseUrl, time.GetUtcNow()));
            Console.Out.WriteLine($"{StartedLine} (host id {hostId}, {baseUrl}).");
            Console.Out.Flush();
        });

        try
        {
            await web.RunAsync(cancellationToken);
        }
        catch (IOException ex) when (ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException || ex.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            throw new HostConfigurationException("--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "is in use on 127.0.0.1.", "Stop what listens there or pass another --port (or set Host.LocalHttpPort in local.settings.json).");
        }

        return 0;
    }

    private static List<FunctionMetadata> Select(IReadOnlyList<FunctionMetadata> all, IReadOnlyList<string> names)
    {
        if (all.Count == 0)
        {
            throw new HostConfigurationException(FunctionMetadataReader.FileName, null, "lists no functions.", "Add a [Function] method to the app and rebuild it.");
        }

        if (names.Count == 0)
        {
            return [.. all];
        }

        var unknown = names.Where(n => !all.Any(f => f.Name.Equals(n, StringComparison.OrdinalIgnoreCase))).ToArray();
        return unknown.Length > 0
            ? throw new HostConfigurationException("--functions", string.Join(' ', unknown), "is not a function of the app.", $"Choose from: {string.Join(' ', all.Select(f => f.Name))}.")
            : [.. all.Where(f => names.Contains(f.Name, StringComparer.OrdinalIgnoreCase))];
    }

    private static TimerListener CreateTimer(HostFunction function, TimerSchedule schedule, FunctionInvoker invoker, BlobServiceClient blobs, string hostId, HostJsonSettings hostJson, TimeProvider time, ILoggerFactory loggerFactory)
    {
        var trigger = function.Metadata.Trigger;
        var definition = new TimerDefinition(function.Name, function.Metadata.FullName, schedule, trigger.GetBool("runOnStartup", false), trigger.GetBool("useMonitor", true));
        return new TimerListener(
            definition,
            (info, token) => invoker.InvokeAsync(function, new InvocationInput { Trigger = info, CancellationToken = token }, reason: info.IsPastDue ? "Timer (past due)" : "Timer fired"),
            new ScheduleStatusStore(blobs, hostId),
            new ListenerLease(blobs, hostId, function.Metadata.FullName, hostJson.ListenerLockPeriod),
            hostJson.ListenerLockRecoveryPollingInterval,
            time,
            loggerFactory.CreateLogger($"Function.{function.Name}.Timer"));
    }

    private static ILoggerFactory CreateLoggerFactory(HostJsonSettings hostJson, bool verbose)
        => LoggerFactory.Create(builder =>
        {
            builder.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "[yyyy-MM-ddTHH:mm:ss.fffZ] ";
            });
            hostJson.LogLevels.TryGetValue(string.Empty, out var defaultLevel);
            builder.SetMinimumLevel(verbose ? LogLevel.Debug : hostJson.LogLevels.ContainsKey(string.Empty) ? defaultLevel : LogLevel.Information);
            if (!verbose)
            {
                // The web server's own request logs are noise at Information, as under func.
                builder.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
                builder.AddFilter("Microsoft.Hosting", LogLevel.Warning);
            }

            foreach (var (category, level) in hostJson.LogLevels.Where(l => l.Key.Length > 0))
            {
                builder.AddFilter(category, verbose ? LogLevel.Debug : level);
            }
        });

    private static WebApplication BuildWebApplication(int port, LocalSettings localSettings, HostArguments arguments, ILoggerFactory loggerFactory, HostRuntime runtime, TimeSpan grace)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "functions-host", ContentRootPath = arguments.ScriptRoot });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddRouting();
        builder.Services.AddMvcCore();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = grace + TimeSpan.FromSeconds(15));
        builder.Services.AddSingleton<IHostedService>(runtime);
        var origins = localSettings.Cors.Concat(arguments.Cors).Distinct().ToArray();
        if (origins.Length > 0)
        {
            builder.Services.AddCors();
        }

        var web = builder.Build();
        if (origins.Length > 0)
        {
            web.UseCors(policy =>
            {
                policy.AllowAnyHeader().AllowAnyMethod();
                if (origins.Contains("*"))
                {
                    policy.AllowAnyOrigin();
                }
                else
                {
                    policy.WithOrigins(origins);
                    if (localSettings.CorsCredentials)
                    {
                        policy.AllowCredentials();
                    }
                }
            });
        }

        web.UseRouting();
        return web;
    }
}
