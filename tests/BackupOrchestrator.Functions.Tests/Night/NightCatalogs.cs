namespace BackupOrchestrator.Functions.Tests.Night;

/// <summary>The scenario catalogs (the harness runs them at 600x: an hour in 6 s, 5 minutes in 0.5 s).</summary>
internal static class NightCatalogs
{
    private const string Common = """
        version: 1
        data_root: data
        timezone: UTC
        targets:
          primary: {kind: directory, path: repo}
        thresholds: {cpu: 100, memory: 100, disk: 100, io: 80}
        """;

    /// <summary>Sleeps <paramref name="seconds"/>, then writes a line: a source whose backup takes that long.</summary>
    public static string Slow(double seconds) =>
        $$"""[python3, -c, "import time; time.sleep({{seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}}); print('dump')"]""";

    /// <summary>
    /// Dependency gates. database (01:00, a 9 s backup) and config gate webapp (02:00, released at 6 s; max_duration 900m = 90 s,
    /// headroom for a loaded CI box where the engine's first work items and the dump commands start slowly); early
    /// (01:10) waits for late (02:05), a dependency in a later window; mail's source is missing, so mail-index is
    /// skipped, and so, across windows, is mail-report.
    /// </summary>
    public static string Gates { get; } = Common + """

        windows:
          - {name: critical, start: "01:00", length: 1h}
          - {name: apps, start: "02:00", length: 1h}
        limits: {max_concurrent: 3, timeout: 30m, max_duration: 900m}
        services:
          - name: database
            tier: critical
            offset: 0m
            sources:
              - command: SLOW9
                name: db.sql
          - {name: config, tier: critical, offset: 5m, sources: [config]}
          - {name: early, tier: critical, offset: 10m, depends_on: [late], sources: [config]}
          - {name: mail-report, tier: critical, offset: 20m, depends_on: [mail-index], sources: [config]}
          - name: webapp
            tier: apps
            offset: 0m
            depends_on: [database, config]
            sources: [webapp]
            pre_hooks: [[sh, -c, "echo pre >> webapp-hooks.txt"]]
            post_hooks: [[sh, -c, "echo post >> webapp-hooks.txt"]]
          - {name: late, tier: apps, offset: 5m, sources: [webapp]}
          - {name: mail, tier: apps, offset: 10m, sources: [mail]}
          - {name: mail-index, tier: apps, offset: 15m, depends_on: [mail], sources: [webapp]}
        """.Replace("SLOW9", Slow(9), StringComparison.Ordinal);

    /// <summary>Six 2 s backups due at 01:00 together, three in each of two windows (the second window's by backup_schedules).</summary>
    public static string Limit { get; } = Common + $$"""

        windows:
          - {name: first, start: "01:00", length: 1h}
          - {name: second, start: "02:00", length: 1h}
        limits: {max_concurrent: 3, timeout: 30m, max_duration: 120m}
        backup_schedules: {s4: "0 1 * * *", s5: "0 1 * * *", s6: "0 1 * * *"}
        services:
          - {name: s1, tier: first, sources: [{command: {{Slow(2)}}, name: s.sql}]}
          - {name: s2, tier: first, sources: [{command: {{Slow(2)}}, name: s.sql}]}
          - {name: s3, tier: first, sources: [{command: {{Slow(2)}}, name: s.sql}]}
          - {name: s4, tier: second, sources: [{command: {{Slow(2)}}, name: s.sql}]}
          - {name: s5, tier: second, sources: [{command: {{Slow(2)}}, name: s.sql}]}
          - {name: s6, tier: second, sources: [{command: {{Slow(2)}}, name: s.sql}]}
        """;

    /// <summary>One service under the resource gate (the fake /proc says what the machine is doing).</summary>
    public static string Resources { get; } = Common + """

        windows:
          - {name: only, start: "01:00", length: 1h}
        limits: {max_concurrent: 3, timeout: 30m, max_duration: 120m}
        services:
          - {name: svc, tier: only, sources: [config]}
        """;

    /// <summary>
    /// The per-backup limits: too-slow outlives limits.timeout (6s), too-big reads more than limits.max_size (5MB),
    /// both with post hooks; flaky fails once (a dump command's exit 1) and succeeds on the retry.
    /// </summary>
    public static string Limits { get; } = Common + """

        windows:
          - {name: only, start: "01:00", length: 1h}
        limits: {max_concurrent: 3, timeout: 6s, max_duration: 120m, max_size: 5MB}
        services:
          - name: too-slow
            tier: only
            sources: [{command: SLOW20, name: slow.sql}]
            post_hooks: [[touch, too-slow.post]]
          - name: too-big
            tier: only
            sources:
              - command: [python3, -c, "import sys,time\nfor i in range(60):\n    sys.stdout.buffer.write(b'x'*1000000); sys.stdout.flush(); time.sleep(0.01)"]
                name: big.bin
            post_hooks: [[touch, too-big.post]]
          - name: flaky
            tier: only
            sources:
              - command: [sh, -c, "if [ -f flaky.once ]; then echo ok; else touch flaky.once; exit 1; fi"]
                name: flaky.out
        """.Replace("SLOW20", Slow(12), StringComparison.Ordinal);

    /// <summary>One slot: hog (a 30 s backup) takes it first; next (released 3 s later) waits behind it.</summary>
    public static string OneSlot { get; } = Common + $$"""

        windows:
          - {name: only, start: "01:00", length: 1h}
        limits: {max_concurrent: 1, timeout: 30m, max_duration: 240m}
        services:
          - {name: hog, tier: only, offset: 0m, sources: [{command: {{Slow(30)}}, name: hog.sql}]}
          - {name: next, tier: only, offset: 30m, sources: [config]}
        """;

    /// <summary>Two windows; <see cref="TwoWindowsChanged"/> is the same catalog edited mid-night.</summary>
    public static string TwoWindows { get; } = Common + """

        windows:
          - {name: first, start: "01:00", length: 1h}
          - {name: second, start: "02:00", length: 1h}
        services:
          - {name: a, tier: first, sources: [config]}
          - {name: b, tier: second, sources: [config]}
        """;

    public static string TwoWindowsChanged { get; } = TwoWindows + """

          - {name: newcomer, tier: second, sources: [config]}
        """;

    /// <summary>mail's source is missing (a failure to retry once it is back), so mail-index is skipped.</summary>
    public static string Mail { get; } = Common + """

        windows:
          - {name: only, start: "01:00", length: 1h}
        services:
          - {name: mail, tier: only, sources: [mail]}
          - {name: mail-index, tier: only, offset: 5m, depends_on: [mail], sources: [config]}
          - {name: other, tier: only, offset: 5m, sources: [config]}
        """;

    /// <summary>
    /// The steps after a backup: a secondary target (copy), the retention every day. slow (a 10 s backup) holds the
    /// primary while keeper (whose older snapshots the test seeds) and photos back up, are copied and pruned.
    /// Every chunk is read back by the integrity check.
    /// </summary>
    public static string Maintenance { get; } = $$"""
        version: 1
        data_root: data
        timezone: UTC
        targets:
          primary: {kind: directory, path: repo}
          secondary: {kind: directory, path: copy}
        thresholds: {cpu: 100, memory: 100, disk: 100, io: 80}
        windows:
          - {name: only, start: "01:00", length: 1h}
        limits: {max_concurrent: 3, timeout: 30m, max_duration: 120m}
        maintenance: {prune_days: daily, integrity_sample: 100%}
        services:
          - {name: slow, tier: only, sources: [{command: {{Slow(10)}}, name: slow.sql}]}
          - {name: keeper, tier: only, sources: [keeper]}
          - {name: photos, tier: only, sources: [photos]}
        """;

    /// <summary>A secondary that cannot be written (its folder's parent is a file); the retention runs on <paramref name="pruneDay"/> only.</summary>
    public static string UnreachableSecondary(DayOfWeek pruneDay) => $$"""
        version: 1
        data_root: data
        timezone: UTC
        targets:
          primary: {kind: directory, path: repo}
          secondary: {kind: directory, path: not-a-folder/copy}
        thresholds: {cpu: 100, memory: 100, disk: 100, io: 80}
        windows:
          - {name: only, start: "01:00", length: 1h}
        maintenance: {prune_days: [{{pruneDay.ToString()[..3].ToLowerInvariant()}}]}
        services:
          - {name: svc, tier: only, sources: [config]}
        """;

    /// <summary>
    /// The API's night (POST windows/first/run starts it): base and on-base succeed, broken's source is missing
    /// (a failure for POST nights/{day}/retry), so after-broken is skipped; the second window is never started,
    /// so later2 waits for later. max_duration 900m = 90 s: on-base's wait for base has headroom on a loaded box.
    /// </summary>
    public static string Api { get; } = Common + """

        windows:
          - {name: first, start: "01:00", length: 1h}
          - {name: second, start: "02:00", length: 1h}
        limits: {max_concurrent: 3, timeout: 30m, max_duration: 900m}
        services:
          - {name: base, tier: first, sources: [config]}
          - {name: broken, tier: first, offset: 30m, sources: [broken]}
          - {name: after-broken, tier: first, offset: 45m, depends_on: [broken], sources: [config]}
          - {name: on-base, tier: first, offset: 50m, depends_on: [base], sources: [config]}
          - {name: later, tier: second, sources: [config]}
          - {name: later2, tier: second, offset: 5m, depends_on: [later], sources: [config]}
        """;
}
