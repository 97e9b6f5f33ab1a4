using System.Globalization;
using Microsoft.Extensions.Options;

namespace BackupOrchestrator.Functions.Configuration;

/// <summary>
/// Refuses the app's numeric settings when they are out of range, at start (<c>ValidateOnStart</c>, beside
/// <see cref="CatalogAtStartup"/>): a zero retry count, a negative interval or a time compression of 0 would
/// otherwise surface hours later as a night that cannot run, or be quietly read as something else. Each failure
/// names the setting, its value, what it must be and its default.
/// </summary>
public sealed class SettingsAtStartup : IValidateOptions<NightOptions>
{
    /// <summary>More attempts than this is a typo (a night's retries back off doubling: 20 of 30 s is months).</summary>
    public const int MaxRetryAttempts = 20;

    public ValidateOptionsResult Validate(string? name, NightOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var defaults = new NightOptions();
        var failures = new List<string>();
        if (!double.IsFinite(options.TimeCompression) || options.TimeCompression < 1)
        {
            failures.Add(Fail(nameof(NightOptions.TimeCompression), options.TimeCompression.ToString(CultureInfo.InvariantCulture),
                "night seconds per real second, 1 or more (1 is the real clock; 60 runs an hour of the night in a minute)", defaults.TimeCompression.ToString(CultureInfo.InvariantCulture)));
        }

        if (options.RetryAttempts is < 1 or > MaxRetryAttempts)
        {
            failures.Add(Fail(nameof(NightOptions.RetryAttempts), options.RetryAttempts.ToString(CultureInfo.InvariantCulture),
                $"how many times a backup is tried, 1 (no retry) to {MaxRetryAttempts}", defaults.RetryAttempts.ToString(CultureInfo.InvariantCulture)));
        }

        Positive(failures, nameof(NightOptions.RetryFirstInterval), options.RetryFirstInterval, defaults.RetryFirstInterval);
        Positive(failures, nameof(NightOptions.HookTimeout), options.HookTimeout, defaults.HookTimeout);
        Positive(failures, nameof(NightOptions.ResourceRecheck), options.ResourceRecheck, defaults.ResourceRecheck);
        Positive(failures, nameof(NightOptions.CpuSample), options.CpuSample, defaults.CpuSample);
        Positive(failures, nameof(NightOptions.SlotReclaimInterval), options.SlotReclaimInterval, defaults.SlotReclaimInterval);
        Positive(failures, nameof(NightOptions.ProgressInterval), options.ProgressInterval, defaults.ProgressInterval);
        if (options.PruneGracePeriod < TimeSpan.Zero)
        {
            failures.Add(Fail(nameof(NightOptions.PruneGracePeriod), Span(options.PruneGracePeriod), "a duration of zero or more", Span(defaults.PruneGracePeriod)));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(List<string> failures, string setting, TimeSpan value, TimeSpan fallback)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add(Fail(setting, Span(value), "a duration longer than zero", Span(fallback)));
        }
    }

    private static string Fail(string setting, string value, string expected, string fallback) =>
        $"{NightOptions.Section}__{setting} is {value}: it must be {expected}. Fix: set it in local.settings.json Values or the environment, or remove it for the default ({fallback}).";

    private static string Span(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);
}
