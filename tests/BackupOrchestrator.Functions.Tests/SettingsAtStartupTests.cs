using BackupOrchestrator.Functions.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BackupOrchestrator.Functions.Tests;

public sealed class SettingsAtStartupTests
{
    [Fact]
    public void Defaults_AreAccepted()
    {
        Assert.True(new SettingsAtStartup().Validate(null, new NightOptions()).Succeeded);
    }

    [Theory]
    [InlineData("RetryAttempts", "0", "Backup__RetryAttempts is 0: it must be how many times a backup is tried, 1 (no retry) to 20", "(3)")]
    [InlineData("RetryAttempts", "-2", "Backup__RetryAttempts is -2", "(3)")]
    [InlineData("RetryAttempts", "500", "Backup__RetryAttempts is 500", "(3)")]
    [InlineData("TimeCompression", "0", "Backup__TimeCompression is 0: it must be night seconds per real second, 1 or more", "(1)")]
    [InlineData("TimeCompression", "0.5", "Backup__TimeCompression is 0.5", "(1)")]
    [InlineData("TimeCompression", "NaN", "Backup__TimeCompression is NaN", "(1)")]
    [InlineData("RetryFirstInterval", "00:00:00", "Backup__RetryFirstInterval is 00:00:00: it must be a duration longer than zero", "(00:00:30)")]
    [InlineData("HookTimeout", "-00:01:00", "Backup__HookTimeout is -00:01:00", "(00:05:00)")]
    [InlineData("ResourceRecheck", "00:00:00", "Backup__ResourceRecheck is 00:00:00", "(00:01:00)")]
    [InlineData("CpuSample", "00:00:00", "Backup__CpuSample is 00:00:00", "(00:00:00.5000000)")]
    [InlineData("SlotReclaimInterval", "00:00:00", "Backup__SlotReclaimInterval is 00:00:00", "(00:01:00)")]
    [InlineData("ProgressInterval", "-00:00:05", "Backup__ProgressInterval is -00:00:05", "(00:00:05)")]
    [InlineData("PruneGracePeriod", "-1.00:00:00", "Backup__PruneGracePeriod is -1.00:00:00: it must be a duration of zero or more", "(1.00:00:00)")]
    public void SettingOutOfRange_IsRefusedNamingItsValueWhatItMustBeAndItsDefault(string setting, string value, string what, string fallback)
    {
        var failure = Assert.Single(Refusals(new Dictionary<string, string?> { [$"Backup:{setting}"] = value }));
        Assert.StartsWith(what, failure, StringComparison.Ordinal);
        Assert.Contains("Fix: set it in local.settings.json Values or the environment, or remove it for the default " + fallback, failure, StringComparison.Ordinal);
    }

    [Fact]
    public void EdgesOfEachRange_AreAccepted()
    {
        Assert.Empty(Refusals(new Dictionary<string, string?>
        {
            ["Backup:RetryAttempts"] = "1",
            ["Backup:TimeCompression"] = "1",
            ["Backup:PruneGracePeriod"] = "00:00:00",
            ["Backup:RetryFirstInterval"] = "00:00:00.001",
        }));
        Assert.Empty(Refusals(new Dictionary<string, string?> { ["Backup:RetryAttempts"] = "20", ["Backup:TimeCompression"] = "3600" }));
    }

    [Fact]
    public void SeveralSettingsOutOfRange_EachIsNamed()
    {
        var failures = Refusals(new Dictionary<string, string?> { ["Backup:RetryAttempts"] = "0", ["Backup:TimeCompression"] = "-60", ["Backup:ProgressInterval"] = "00:00:00" });
        Assert.Equal(3, failures.Count);
        Assert.Contains(failures, f => f.StartsWith("Backup__RetryAttempts is 0", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Backup__TimeCompression is -60", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Backup__ProgressInterval is 00:00:00", StringComparison.Ordinal));
    }

    /// <summary>The settings bound as the app binds them (the Backup section), then validated as at start.</summary>
    private static IReadOnlyList<string> Refusals(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddOptions<NightOptions>().Bind(configuration.GetSection(NightOptions.Section));
        services.AddSingleton<IValidateOptions<NightOptions>, SettingsAtStartup>();
        using var provider = services.BuildServiceProvider();
        try
        {
            _ = provider.GetRequiredService<IOptions<NightOptions>>().Value;
            return [];
        }
        catch (OptionsValidationException e)
        {
            return [.. e.Failures];
        }
    }
}
