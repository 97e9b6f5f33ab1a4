using BackupOrchestrator.Host.Metadata;

namespace BackupOrchestrator.Host.Tests;

/// <summary>The real app's build (src/BackupOrchestrator.Functions): its functions.metadata as this host reads it.</summary>
public sealed class RealAppMetadataTests
{
    [Fact]
    public void RealApp_Health_IsAnAnonymousGetOnApiHealth()
    {
        var functions = FunctionMetadataReader.Load(TestPaths.RealApp);
        var health = Assert.Single(functions, f => f.Name == "Health");
        Assert.Equal("BackupOrchestrator.Functions.dll", health.ScriptFile);
        Assert.Equal("BackupOrchestrator.Functions.Health.HealthFunction.Run", health.EntryPoint);
        Assert.True(health.Trigger.Is(FunctionBinding.HttpTrigger));
        Assert.Equal("health", health.Trigger.GetString("route"));
        Assert.Equal("Anonymous", health.Trigger.GetString("authLevel"));
        Assert.Equal(["get"], health.Trigger.GetStrings("methods"));
        Assert.Contains(health.Bindings, b => b.Is(FunctionBinding.Http) && b.Direction == BindingDirection.Out);
    }

    [Fact]
    public void RealApp_EveryFunction_UsesOnlyBindingsThisHostRuns()
    {
        var functions = FunctionMetadataReader.Load(TestPaths.RealApp);
        Assert.NotEmpty(functions);
        Assert.All(functions, f => Assert.All(f.Bindings, b => Assert.Contains(b.Type, FunctionBinding.Supported)));
        Assert.All(functions.Where(f => f.Trigger.Is(FunctionBinding.TimerTrigger)), f => Assert.False(string.IsNullOrWhiteSpace(f.Trigger.GetString("schedule"))));
    }

    [Fact]
    public void RealApp_NightFunctions_HaveTheirTriggersAndEntryPoints()
    {
        var functions = FunctionMetadataReader.Load(TestPaths.RealApp).ToDictionary(f => f.Name);
        string[] orchestrators = ["BackupNight", "BackupWindow", "ServiceBackup", "BackupLimit", "TargetLock", "TargetSweep", "IntegrityCheck"];
        string[] activities = ["RunBackup", "ProbeResources", "FindEndedHolders", "CopySnapshot", "PruneTarget", "SweepTarget", "VerifyTarget"];
        Assert.All(orchestrators, name => Assert.True(functions[name].Trigger.Is(FunctionBinding.OrchestrationTrigger), name));
        Assert.All(activities, name => Assert.True(functions[name].Trigger.Is(FunctionBinding.ActivityTrigger), name));
        Assert.Equal("BackupOrchestrator.Functions.Night.ServiceBackupOrchestration.ServiceBackup", functions["ServiceBackup"].EntryPoint);
        Assert.Equal("BackupOrchestrator.Functions.Night.NightActivities.RunBackup", functions["RunBackup"].EntryPoint);
        // The activities that ask the client about instances get the durable client too.
        Assert.Contains(functions["RunBackup"].Bindings, b => b.Is(FunctionBinding.DurableClient));
        Assert.Contains(functions["FindEndedHolders"].Bindings, b => b.Is(FunctionBinding.DurableClient));
    }

    [Fact]
    public void RealApp_WindowTimers_ReadTheirSchedulesFromBackupWindowNSchedule()
    {
        var functions = FunctionMetadataReader.Load(TestPaths.RealApp);
        var timers = functions.Where(f => f.Trigger.Is(FunctionBinding.TimerTrigger) && f.Name.StartsWith("Window", StringComparison.Ordinal)).OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        Assert.Equal(Enumerable.Range(1, 7).Select(n => $"Window{n}"), timers.Select(t => t.Name));
        Assert.All(timers, t =>
        {
            Assert.Equal($"%BackupWindow{t.Name["Window".Length..]}Schedule%", t.Trigger.GetString("schedule"));
            Assert.Equal($"BackupOrchestrator.Functions.Night.WindowTimers.{t.Name}", t.EntryPoint);
            Assert.Contains(t.Bindings, b => b.Is(FunctionBinding.DurableClient));
        });
    }

    [Fact]
    public void RealApp_IntegrityTimer_ReadsItsScheduleFromBackupIntegritySchedule()
    {
        var timers = FunctionMetadataReader.Load(TestPaths.RealApp).Where(f => f.Trigger.Is(FunctionBinding.TimerTrigger)).Select(f => f.Name).ToList();
        var timer = Assert.Single(FunctionMetadataReader.Load(TestPaths.RealApp), f => f.Name == "IntegrityCheckTimer");
        Assert.Equal("%BackupIntegritySchedule%", timer.Trigger.GetString("schedule"));
        Assert.Equal("BackupOrchestrator.Functions.Integrity.IntegrityTimer.IntegrityCheckTimer", timer.EntryPoint);
        Assert.Contains(timer.Bindings, b => b.Is(FunctionBinding.DurableClient));
        Assert.Equal(8, timers.Count);
    }

    [Theory]
    [InlineData("GetIntegrity", "integrity", "get", "IntegrityHttp")]
    [InlineData("GetIntegrityDay", "integrity/{day}", "get", "IntegrityHttp")]
    [InlineData("RunIntegrity", "integrity/run", "post", "IntegrityHttp")]
    public void RealApp_IntegrityHttpFunctions_AreKeyedRoutes(string name, string route, string method, string type)
    {
        var function = Assert.Single(FunctionMetadataReader.Load(TestPaths.RealApp), f => f.Name == name);
        Assert.Equal(route, function.Trigger.GetString("route"));
        Assert.Equal([method], function.Trigger.GetStrings("methods"));
        Assert.Equal("Function", function.Trigger.GetString("authLevel"));
        Assert.Equal($"BackupOrchestrator.Functions.Http.{type}.{name}", function.EntryPoint);
    }

    [Theory]
    [InlineData("GetNight", "nights/{day}", "get")]
    [InlineData("GetServiceRun", "nights/{day}/services/{service}", "get")]
    [InlineData("RetryService", "nights/{day}/services/{service}/retry", "post")]
    public void RealApp_NightHttpFunctions_AreKeyedRoutes(string name, string route, string method)
    {
        var function = Assert.Single(FunctionMetadataReader.Load(TestPaths.RealApp), f => f.Name == name);
        Assert.True(function.Trigger.Is(FunctionBinding.HttpTrigger));
        Assert.Equal(route, function.Trigger.GetString("route"));
        Assert.Equal([method], function.Trigger.GetStrings("methods"));
        Assert.Equal("Function", function.Trigger.GetString("authLevel"));
        Assert.Equal($"BackupOrchestrator.Functions.Http.NightHttp.{name}", function.EntryPoint);
        Assert.Contains(function.Bindings, b => b.Is(FunctionBinding.DurableClient));
    }

    [Theory]
    [InlineData("RetryNight", "nights/{day}/retry", "post", "NightActionsHttp", true)]
    [InlineData("RunService", "services/{service}/run", "post", "NightActionsHttp", true)]
    [InlineData("GetManualRun", "services/{service}/runs/{runId}", "get", "NightActionsHttp", true)]
    [InlineData("RunWindow", "windows/{window}/run", "post", "NightActionsHttp", true)]
    [InlineData("GetDependencies", "services/{service}/dependencies", "get", "InspectHttp", true)]
    [InlineData("GetResources", "resources", "get", "InspectHttp", false)]
    public void RealApp_ActionAndInspectFunctions_AreKeyedRoutes(string name, string route, string method, string type, bool durableClient)
    {
        var function = Assert.Single(FunctionMetadataReader.Load(TestPaths.RealApp), f => f.Name == name);
        Assert.True(function.Trigger.Is(FunctionBinding.HttpTrigger));
        Assert.Equal(route, function.Trigger.GetString("route"));
        Assert.Equal([method], function.Trigger.GetStrings("methods"));
        Assert.Equal("Function", function.Trigger.GetString("authLevel"));
        Assert.Equal($"BackupOrchestrator.Functions.Http.{type}.{name}", function.EntryPoint);
        Assert.Equal(durableClient, function.Bindings.Any(b => b.Is(FunctionBinding.DurableClient)));
    }
}
