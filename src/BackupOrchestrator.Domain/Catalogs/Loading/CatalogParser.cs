using BackupOrchestrator.Domain.Retention;
using BackupOrchestrator.Domain.Scheduling;
using BackupOrchestrator.Domain.Validation;
using YamlDotNet.RepresentationModel;

namespace BackupOrchestrator.Domain.Catalogs.Loading;

/// <summary>Turns the YAML tree of a catalog into a <see cref="Catalog"/>, reporting every problem it can see.</summary>
internal sealed class CatalogParser(ParseContext context, string catalogDirectory)
{
    private static readonly string[] TopKeys =
    [
        "version", "name", "description", "timezone", "data_root", "windows", "services", "backup_schedules",
        "limits", "thresholds", "targets", "retention", "encryption", "notifications", "planning", "capacity",
    ];

    private static readonly string[] ServiceKeys =
    [
        "name", "tier", "offset", "cron", "depends_on", "rpo", "rto", "expected_size", "node", "description",
        "sources", "pre_hooks", "post_hooks", "retention",
    ];

    private static readonly string[] WindowKeys = ["name", "start", "length", "rpo", "rto"];
    private static readonly string[] LimitKeys = ["max_concurrent", "timeout", "max_duration", "max_size"];
    private static readonly string[] ThresholdKeys = ["cpu", "memory", "disk", "io"];
    private static readonly string[] TargetRoles = ["primary", "secondary", "offsite"];
    private static readonly string[] TargetKeys = ["kind", "connection", "connection_setting", "container", "path", "capacity", "description"];
    private static readonly string[] RetentionKeys = ["keep_last", "hourly", "daily", "weekly", "monthly", "yearly", "within"];
    private static readonly string[] EncryptionKeys = ["key_file"];
    private static readonly string[] NotificationKeys = ["on_failure", "on_timeout", "on_success", "email", "webhook"];
    private static readonly string[] PlanningKeys = ["throughput", "restore_rate", "overhead", "default_size"];
    private static readonly string[] CapacityKeys = ["retention_factor", "dedup_ratio"];
    private static readonly string[] PathSourceKeys = ["path"];
    private static readonly string[] CommandSourceKeys = ["command", "name"];

    private readonly Dictionary<string, SourceLocation> _keyLocations = new(StringComparer.Ordinal);
    private readonly string _catalogDirectory = catalogDirectory;
    private string _dataRoot = catalogDirectory;

    public Catalog? Parse(YamlNode root)
    {
        var map = context.Mapping(root, "the catalog");
        if (map is null)
        {
            return null;
        }

        var top = new YamlMapReader(context, map, "the catalog", TopKeys);
        var version = context.Int(top["version"], "version");
        if (version is not null and not 1)
        {
            context.Error(DiagnosticCodes.BadValue, $"catalog version {version} is not supported.", top["version"]!, hint: "this backupctl reads version 1.");
        }

        if (context.String(top["data_root"], "data_root") is { } dataRoot)
        {
            _dataRoot = Path.GetFullPath(Path.Combine(_catalogDirectory, dataRoot));
        }

        var planning = ParsePlanning(top["planning"]);
        var catalog = new Catalog
        {
            FilePath = context.File,
            DataRoot = _dataRoot,
            Name = context.String(top["name"], "name"),
            TimeZone = context.String(top["timezone"], "timezone") ?? "UTC",
            Windows = ParseWindows(top["windows"]),
            Services = ParseServices(top["services"]),
            Limits = ParseLimits(top["limits"]),
            Thresholds = ParseThresholds(top["thresholds"]),
            Targets = ParseTargets(top["targets"]),
            Retention = ParseRetention(top["retention"], "retention", null) ?? RetentionRule.SevenOneOne,
            EncryptionKeyFile = ParseEncryption(top["encryption"]),
            Notifications = ParseNotifications(top["notifications"]),
            Planning = planning,
            Capacity = ParseCapacity(top["capacity"]),
        };

        var (schedules, scheduleLocations) = ParseBackupSchedules(top["backup_schedules"]);
        return catalog with
        {
            BackupSchedules = schedules,
            BackupScheduleLocations = scheduleLocations,
            KeyLocations = _keyLocations,
        };
    }

    private void Remember(string path, YamlNode? node)
    {
        if (node is not null)
        {
            _keyLocations[path] = context.At(node);
        }
    }

    private IReadOnlyList<TierWindow> ParseWindows(YamlNode? node)
    {
        var seq = context.Sequence(node, "windows");
        if (seq is null)
        {
            return [];
        }

        var windows = new List<TierWindow>();
        foreach (var item in seq.Children)
        {
            var map = context.Mapping(item, "each window");
            if (map is null)
            {
                continue;
            }

            var w = new YamlMapReader(context, map, "a window", WindowKeys);
            var name = context.String(w["name"], "window name");
            if (name is null)
            {
                context.Error(DiagnosticCodes.MissingKey, "a window has no name.", map, hint: "add name: critical (or the tier's name).");
                continue;
            }

            var start = context.TimeOfDay(w["start"], $"start of window {name}");
            if (start is null && !w.Has("start"))
            {
                context.Error(DiagnosticCodes.MissingKey, $"window {name} has no start.", map, hint: "add start: \"01:00\".");
            }

            var length = context.Duration(w["length"], $"length of window {name}") ?? TimeSpan.FromHours(1);
            windows.Add(new TierWindow(
                name,
                start ?? TimeOnly.MinValue,
                length,
                context.Duration(w["rpo"], $"rpo of window {name}"),
                context.Duration(w["rto"], $"rto of window {name}"))
            {
                Location = context.At(w["name"]!),
            });
            Remember($"windows.{name}.length", w["length"]);
        }

        return windows;
    }

    private IReadOnlyList<ServiceDefinition> ParseServices(YamlNode? node)
    {
        var seq = context.Sequence(node, "services");
        if (seq is null)
        {
            return [];
        }

        var services = new List<ServiceDefinition>();
        foreach (var item in seq.Children)
        {
            var map = context.Mapping(item, "each service");
            if (map is null)
            {
                continue;
            }

            var nameNode = map.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode { Value: "name" }).Value;
            var name = nameNode is null ? null : context.String(nameNode, "service name");
            var s = new YamlMapReader(context, map, name is null ? "a service" : $"service {name}", ServiceKeys, name);
            if (string.IsNullOrWhiteSpace(name))
            {
                context.Error(DiagnosticCodes.MissingKey, "a service has no name.", map, hint: "add name: <service> as its first line.");
                continue;
            }

            var tier = context.String(s["tier"], "tier", name);
            if (tier is null)
            {
                context.Error(DiagnosticCodes.MissingKey, $"service {name} has no tier.", nameNode!, name, "add tier: <a window name>.");
            }

            services.Add(new ServiceDefinition
            {
                Name = name,
                Tier = tier ?? "",
                Offset = ParseOffset(s["offset"], name),
                Cron = ParseCron(s["cron"], name, allowFiveFields: false),
                DependsOn = context.StringList(s["depends_on"], "depends_on", name),
                Rpo = context.Duration(s["rpo"], "rpo", name),
                Rto = context.Duration(s["rto"], "rto", name),
                ExpectedSize = context.Size(s["expected_size"], "expected_size", name),
                Node = context.String(s["node"], "node", name),
                Description = context.String(s["description"], "description", name),
                Sources = ParseSources(s["sources"], name),
                PreHooks = ParseHooks(s["pre_hooks"], "pre_hooks", name),
                PostHooks = ParseHooks(s["post_hooks"], "post_hooks", name),
                Retention = ParseRetention(s["retention"], $"retention of service {name}", name),
                Location = context.At(nameNode!),
                KeyLocations = s.Values.ToDictionary(kv => kv.Key, kv => context.At(kv.Value), StringComparer.Ordinal),
            });
        }

        return services;
    }

    private TimeSpan? ParseOffset(YamlNode? node, string service)
    {
        var text = context.String(node, "offset", service);
        if (text is null)
        {
            return null;
        }

        if (Quantities.DurationText.TryParse(text, out var offset))
        {
            return offset;
        }

        context.Error(
            DiagnosticCodes.BadOffset,
            $"offset '{text}' is not a duration into the window.",
            node!,
            service,
            "write minutes into the tier's window, e.g. offset: 5m (seed 000's \"05:01\" is offset 5m in the 01:00 window).");
        return null;
    }

    private CronSchedule? ParseCron(YamlNode? node, string service, bool allowFiveFields)
    {
        var text = context.String(node, "cron", service);
        if (text is null)
        {
            return null;
        }

        if (CronSchedule.TryParse(text, allowFiveFields, out var cron, out var error))
        {
            return cron;
        }

        context.Error(DiagnosticCodes.BadCron, error, node!, service, "fields are second minute hour day month weekday, e.g. \"0 5 3 * * *\" for 03:05:00 daily.");
        return null;
    }

    private (IReadOnlyDictionary<string, CronSchedule>, IReadOnlyDictionary<string, SourceLocation>) ParseBackupSchedules(YamlNode? node)
    {
        var schedules = new Dictionary<string, CronSchedule>(StringComparer.Ordinal);
        var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var map = context.Mapping(node, "backup_schedules");
        if (map is null)
        {
            return (schedules, locations);
        }

        foreach (var (keyNode, value) in map.Children)
        {
            var service = (keyNode as YamlScalarNode)?.Value ?? "";
            locations[service] = context.At(keyNode);
            if (ParseCron(value, service, allowFiveFields: true) is { } cron)
            {
                schedules[service] = cron;
            }
        }

        return (schedules, locations);
    }

    private List<SourceSpec> ParseSources(YamlNode? node, string service)
    {
        var sources = new List<SourceSpec>();
        var seq = context.Sequence(node, "sources", service);
        if (seq is null)
        {
            return sources;
        }

        foreach (var item in seq.Children)
        {
            if (item is YamlScalarNode { Value: { } path })
            {
                sources.Add(PathSourceOf(path));
                continue;
            }

            var map = context.Mapping(item, "each source", service);
            if (map is null)
            {
                continue;
            }

            var isCommand = map.Children.Keys.Any(k => k is YamlScalarNode { Value: "command" });
            var s = new YamlMapReader(context, map, $"a source of service {service}", isCommand ? CommandSourceKeys : PathSourceKeys, service);
            if (isCommand)
            {
                var argv = context.Argv(s["command"]!, "command", service);
                if (argv is not null)
                {
                    var streamName = context.String(s["name"], "source name", service) ?? Path.GetFileName(argv[0]) + ".out";
                    sources.Add(new CommandSource(argv, streamName));
                }
            }
            else if (context.String(s["path"], "path", service) is { } p)
            {
                sources.Add(PathSourceOf(p));
            }
            else if (!s.Has("path"))
            {
                context.Error(DiagnosticCodes.MissingKey, "a source needs path: or command:.", map, service, "write - path: /srv/app or - command: [pg_dumpall] with name: pg_dumpall.sql.");
            }
        }

        return sources;
    }

    private PathSource PathSourceOf(string path) => new(path, Resolve(path));

    private string Resolve(string path) => Path.GetFullPath(Path.Combine(_dataRoot, path));

    private List<IReadOnlyList<string>> ParseHooks(YamlNode? node, string what, string service)
    {
        var hooks = new List<IReadOnlyList<string>>();
        var seq = context.Sequence(node, what, service);
        if (seq is null)
        {
            return hooks;
        }

        foreach (var item in seq.Children)
        {
            if (context.Argv(item, $"each of {what}", service) is { } argv)
            {
                hooks.Add(argv);
            }
        }

        return hooks;
    }

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
}
