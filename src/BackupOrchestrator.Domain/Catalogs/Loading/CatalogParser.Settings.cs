using BackupOrchestrator.Domain.Retention;
using BackupOrchestrator.Domain.Validation;
using YamlDotNet.RepresentationModel;

namespace BackupOrchestrator.Domain.Catalogs.Loading;

/// <summary>The global settings: retention, limits, thresholds, targets, encryption, notifications, planning, capacity.</summary>
internal sealed partial class CatalogParser
{
    private static readonly string[] LimitKeys = ["max_concurrent", "timeout", "max_duration", "max_size"];
    private static readonly string[] ThresholdKeys = ["cpu", "memory", "disk", "io"];
    private static readonly string[] TargetRoles = ["primary", "secondary", "offsite"];
    private static readonly string[] TargetKeys = ["kind", "connection", "connection_setting", "container", "path", "capacity", "description"];
    private static readonly string[] RetentionKeys = ["keep_last", "hourly", "daily", "weekly", "monthly", "yearly", "within"];
    private static readonly string[] EncryptionKeys = ["key_file"];
    private static readonly string[] NotificationKeys = ["on_failure", "on_timeout", "on_success", "email", "webhook"];
    private static readonly string[] PlanningKeys = ["throughput", "restore_rate", "overhead", "default_size"];
    private static readonly string[] CapacityKeys = ["retention_factor", "dedup_ratio"];

    private RetentionRule? ParseRetention(YamlNode? node, string what, string? service)
    {
        var map = context.Mapping(node, what, service);
        if (map is null)
        {
            return null;
        }

        var r = new YamlMapReader(context, map, what, RetentionKeys, service);
        int Count(string key)
        {
            var value = context.Int(r[key], $"{key} of {what}", service);
            if (value < 0)
            {
                context.Error(DiagnosticCodes.BadValue, $"{key} of {what} is negative ({value}).", r[key]!, service, "use 0 to keep none.");
                return 0;
            }

            return value ?? 0;
        }

        return new RetentionRule(
            KeepLast: Count("keep_last"),
            Hourly: Count("hourly"),
            Daily: Count("daily"),
            Weekly: Count("weekly"),
            Monthly: Count("monthly"),
            Yearly: Count("yearly"),
            Within: context.Duration(r["within"], $"within of {what}", service));
    }

    private Limits ParseLimits(YamlNode? node)
    {
        var map = context.Mapping(node, "limits");
        if (map is null)
        {
            return Limits.Default;
        }

        var l = new YamlMapReader(context, map, "limits", LimitKeys);
        foreach (var key in LimitKeys)
        {
            Remember($"limits.{key}", l[key]);
        }

        var d = Limits.Default;
        return new Limits(
            context.Int(l["max_concurrent"], "limits.max_concurrent") ?? d.MaxConcurrent,
            context.Duration(l["timeout"], "limits.timeout") ?? d.Timeout,
            context.Duration(l["max_duration"], "limits.max_duration") ?? d.MaxDuration,
            context.Size(l["max_size"], "limits.max_size") ?? d.MaxSize);
    }

    private Thresholds ParseThresholds(YamlNode? node)
    {
        var map = context.Mapping(node, "thresholds");
        if (map is null)
        {
            return Thresholds.Default;
        }

        var t = new YamlMapReader(context, map, "thresholds", ThresholdKeys);
        int Percent(string key, int fallback)
        {
            var value = context.Int(t[key], $"thresholds.{key}");
            if (value is < 1 or > 100)
            {
                context.Error(DiagnosticCodes.BadValue, $"thresholds.{key} is {value}; a threshold is a percentage from 1 to 100.", t[key]!);
                return fallback;
            }

            return value ?? fallback;
        }

        var d = Thresholds.Default;
        return new Thresholds(Percent("cpu", d.Cpu), Percent("memory", d.Memory), Percent("disk", d.Disk), Percent("io", d.Io));
    }

    private Targets ParseTargets(YamlNode? node)
    {
        var map = context.Mapping(node, "targets");
        if (map is null)
        {
            return Targets.None;
        }

        var t = new YamlMapReader(context, map, "targets", TargetRoles);
        return new Targets(ParseTarget(t["primary"], "primary"), ParseTarget(t["secondary"], "secondary"), ParseTarget(t["offsite"], "offsite"));
    }

    private TargetSpec? ParseTarget(YamlNode? node, string role)
    {
        var map = context.Mapping(node, $"targets.{role}");
        if (map is null)
        {
            return null;
        }

        var t = new YamlMapReader(context, map, $"targets.{role}", TargetKeys);
        var kindText = context.String(t["kind"], $"targets.{role}.kind");
        TargetKind kind;
        switch (kindText)
        {
            case "blob": kind = TargetKind.Blob; break;
            case "directory": kind = TargetKind.Directory; break;
            case null:
                context.Error(DiagnosticCodes.MissingKey, $"targets.{role} has no kind.", map, hint: "add kind: blob or kind: directory.");
                return null;
            default:
                context.Error(DiagnosticCodes.BadValue, $"targets.{role}.kind '{kindText}' is unknown.", t["kind"]!, hint: "use blob or directory.");
                return null;
        }

        var spec = new TargetSpec(
            role,
            kind,
            context.String(t["connection"], $"targets.{role}.connection"),
            context.String(t["connection_setting"], $"targets.{role}.connection_setting"),
            context.String(t["container"], $"targets.{role}.container"),
            context.String(t["path"], $"targets.{role}.path") is { } p ? Resolve(p) : null,
            context.Size(t["capacity"], $"targets.{role}.capacity"),
            context.String(t["description"], $"targets.{role}.description"));
        Remember($"targets.{role}", map);

        if (kind == TargetKind.Blob && (spec.Container is null || (spec.Connection is null && spec.ConnectionSetting is null)))
        {
            context.Error(DiagnosticCodes.MissingKey, $"blob target {role} needs container: and connection: or connection_setting:.", map, hint: "e.g. container: backups and connection_setting: AzureWebJobsStorage.");
        }

        if (spec.Connection is { } literal && HoldsSecret(literal))
        {
            // A catalog is shared, versioned and printed; an account key or SAS in it is a leaked credential.
            context.Error(DiagnosticCodes.BadValue, $"targets.{role}.connection holds a secret (an account key or SAS).", t["connection"]!,
                hint: "put the connection string in an app setting or environment variable and name it: connection_setting: OffsiteStorage.");
        }

        if (kind == TargetKind.Directory && spec.Path is null)
        {
            context.Error(DiagnosticCodes.MissingKey, $"directory target {role} needs path:.", map);
        }

        return spec;
    }

    private string? ParseEncryption(YamlNode? node)
    {
        var map = context.Mapping(node, "encryption");
        if (map is null)
        {
            return null;
        }

        var e = new YamlMapReader(context, map, "encryption", EncryptionKeys);
        return context.String(e["key_file"], "encryption.key_file") is { } p ? Resolve(p) : null;
    }

    private Notifications ParseNotifications(YamlNode? node)
    {
        var map = context.Mapping(node, "notifications");
        if (map is null)
        {
            return Notifications.Default;
        }

        var n = new YamlMapReader(context, map, "notifications", NotificationKeys);
        var d = Notifications.Default;
        return new Notifications(
            context.Bool(n["on_failure"], "notifications.on_failure") ?? d.OnFailure,
            context.Bool(n["on_timeout"], "notifications.on_timeout") ?? d.OnTimeout,
            context.Bool(n["on_success"], "notifications.on_success") ?? d.OnSuccess,
            context.StringList(n["email"], "notifications.email"),
            context.String(n["webhook"], "notifications.webhook"));
    }

    private PlanningSettings ParsePlanning(YamlNode? node)
    {
        var map = context.Mapping(node, "planning");
        if (map is null)
        {
            return PlanningSettings.Default;
        }

        var p = new YamlMapReader(context, map, "planning", PlanningKeys);
        var d = PlanningSettings.Default;
        return new PlanningSettings(
            context.Rate(p["throughput"], "planning.throughput") ?? d.Throughput,
            context.Rate(p["restore_rate"], "planning.restore_rate") ?? d.RestoreRate,
            context.Duration(p["overhead"], "planning.overhead") ?? d.Overhead,
            context.Size(p["default_size"], "planning.default_size") ?? d.DefaultSize);
    }

    private CapacitySettings ParseCapacity(YamlNode? node)
    {
        var map = context.Mapping(node, "capacity");
        if (map is null)
        {
            return CapacitySettings.Default;
        }

        var c = new YamlMapReader(context, map, "capacity", CapacityKeys);
        double Positive(string key, double fallback)
        {
            var value = context.Double(c[key], $"capacity.{key}");
            if (value is <= 0)
            {
                context.Error(DiagnosticCodes.BadValue, $"capacity.{key} must be above 0, not {value}.", c[key]!);
                return fallback;
            }

            return value ?? fallback;
        }

        var d = CapacitySettings.Default;
        return new CapacitySettings(Positive("retention_factor", d.RetentionFactor), Positive("dedup_ratio", d.DedupRatio));
    }

    private static bool HoldsSecret(string connection) =>
        connection.Contains("AccountKey=", StringComparison.OrdinalIgnoreCase)
        || connection.Contains("SharedAccessSignature=", StringComparison.OrdinalIgnoreCase)
        || connection.Contains("sig=", StringComparison.OrdinalIgnoreCase);
}
