using BackupOrchestrator.Domain.Retention;
using BackupOrchestrator.Domain.Scheduling;
using BackupOrchestrator.Domain.Validation;
using YamlDotNet.RepresentationModel;

namespace BackupOrchestrator.Domain.Catalogs.Loading;

/// <summary>
/// Turns the YAML tree of a catalog into a <see cref="Catalog"/>, reporting every problem it can see.
/// This file: the catalog, windows, services and schedules; CatalogParser.Settings.cs: the global settings.
/// </summary>
internal sealed partial class CatalogParser(ParseContext context, string catalogDirectory)
{
    private static readonly string[] TopKeys =
    [
        "version", "name", "description", "timezone", "data_root", "windows", "services", "backup_schedules",
        "limits", "thresholds", "targets", "retention", "encryption", "notifications", "planning", "capacity", "maintenance",
    ];

    private static readonly string[] ServiceKeys =
    [
        "name", "tier", "offset", "cron", "depends_on", "rpo", "rto", "expected_size", "node", "description",
        "sources", "pre_hooks", "post_hooks", "retention",
    ];

    private static readonly string[] WindowKeys = ["name", "start", "length", "rpo", "rto"];
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
            Maintenance = ParseMaintenance(top["maintenance"]),
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
}
