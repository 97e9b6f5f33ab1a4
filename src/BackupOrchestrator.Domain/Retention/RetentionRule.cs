namespace BackupOrchestrator.Domain.Retention;

/// <summary>
/// A grandfather-father-son rule. Each count keeps the newest good snapshot of that many
/// distinct hours, days, ISO weeks, months or years; <see cref="KeepLast"/> keeps the newest
/// good snapshots; <see cref="Within"/> keeps every snapshot (good or not) taken within that
/// span before "now". Zero means "this rule keeps nothing". The seeds' 7-1-1 is <see cref="SevenOneOne"/>.
/// </summary>
public sealed record RetentionRule(
    int KeepLast = 0,
    int Hourly = 0,
    int Daily = 0,
    int Weekly = 0,
    int Monthly = 0,
    int Yearly = 0,
    TimeSpan? Within = null)
{
    /// <summary>7 daily, 1 weekly, 1 monthly (seed 004's 7-1-1, the catalog default).</summary>
    public static RetentionRule SevenOneOne { get; } = new(Daily: 7, Weekly: 1, Monthly: 1);

    /// <summary>How many restore points the rule keeps at most when backups run daily (without <see cref="Within"/>).</summary>
    public int RestorePoints => KeepLast + Hourly + Daily + Weekly + Monthly + Yearly;

    public override string ToString()
    {
        var parts = new List<string>();
        if (KeepLast > 0) { parts.Add($"last {KeepLast}"); }
        if (Hourly > 0) { parts.Add($"hourly {Hourly}"); }
        if (Daily > 0) { parts.Add($"daily {Daily}"); }
        if (Weekly > 0) { parts.Add($"weekly {Weekly}"); }
        if (Monthly > 0) { parts.Add($"monthly {Monthly}"); }
        if (Yearly > 0) { parts.Add($"yearly {Yearly}"); }
        if (Within is { } w) { parts.Add($"within {Quantities.DurationText.Format(w)}"); }
        return parts.Count == 0 ? "keep newest good only" : string.Join(", ", parts);
    }
}
