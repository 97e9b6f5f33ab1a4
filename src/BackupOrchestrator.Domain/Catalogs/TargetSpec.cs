namespace BackupOrchestrator.Domain.Catalogs;

// Written as its name wherever it is serialized (custom status, orchestration inputs and outputs, either host's
// HTTP output): the attribute travels with the type, where a host's JSON options may not reach. Numbers written
// by earlier builds still read.
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<TargetKind>))]
public enum TargetKind
{
    /// <summary>A blob container in an Azure Storage account (or Azurite).</summary>
    Blob,

    /// <summary>A local directory.</summary>
    Directory,
}

/// <summary>
/// One place backups are written. A blob target names its account either by a literal
/// <see cref="Connection"/> (only sensible for <c>UseDevelopmentStorage=true</c>) or, better,
/// by <see cref="ConnectionSetting"/>: the name of an app setting / environment variable that
/// holds the connection string, so secrets stay out of the catalog. A directory target's
/// <see cref="Path"/> is resolved against <c>data_root</c>. <see cref="Capacity"/> (bytes) is
/// what the capacity estimate is checked against.
/// </summary>
public sealed record TargetSpec(
    string Role,
    TargetKind Kind,
    string? Connection,
    string? ConnectionSetting,
    string? Container,
    string? Path,
    long? Capacity,
    string? Description);

/// <summary>3-2-1: a primary (blob), a second medium (directory) and an offsite copy (blob). Each is optional.</summary>
public sealed record Targets(TargetSpec? Primary, TargetSpec? Secondary, TargetSpec? Offsite)
{
    public static Targets None { get; } = new(null, null, null);

    public IEnumerable<TargetSpec> All()
    {
        if (Primary is not null) { yield return Primary; }
        if (Secondary is not null) { yield return Secondary; }
        if (Offsite is not null) { yield return Offsite; }
    }
}
