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
}
