using System.CommandLine;
using BackupOrchestrator.Repository;
using Microsoft.Extensions.Configuration;
using BackupOrchestrator.Repository.Keys;
using BackupOrchestrator.Repository.Targets;

namespace BackupOrchestrator.Cli.Repository;

/// <summary>The options every repository command shares (--repo, --key, --connection, --connection-setting) and how they open a repository.</summary>
internal sealed class RepositoryOptions
{
    public const int ExitOk = 0;
    public const int ExitFailed = 1;
    public const int ExitUsage = 2;
    public const string ConnectionVariable = "AzureWebJobsStorage";

    public Option<string> Repo { get; } = new("--repo", "-r")
    {
        Description = "The repository: a directory (/mnt/usb/backups, dir:/path) or a blob container (blob:CONTAINER[/PREFIX]).",
        Required = true,
    };

    public Option<string> Key { get; } = new("--key", "-k")
    {
        Description = "The key file written by 'backupctl key init'.",
        Required = true,
    };

    public Option<string?> Connection { get; } = new("--connection")
    {
        Description = $"Storage connection string for blob targets (UseDevelopmentStorage=true, AccountKey= or SharedAccessSignature=); default: the {ConnectionVariable} setting.",
    };

    public Option<string?> ConnectionSetting { get; } = new("--connection-setting")
    {
        Description = "Read the blob connection from this environment setting, as Azure Functions does: NAME holds a connection string, " +
            "or NAME__blobServiceUri / NAME__accountName (with NAME__credential=managedidentity, NAME__clientId) make an identity-based one.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Repo);
        command.Options.Add(Key);
        command.Options.Add(Connection);
        command.Options.Add(ConnectionSetting);
    }

    public IRepositoryTarget Target(ParseResult parse, Option<string> option) =>
        TargetSpecParser.Parse(parse.GetValue(option)!, () => ResolveConnection(parse));

    /// <summary>
    /// --connection, else --connection-setting NAME, else the AzureWebJobsStorage setting (a connection string or its
    /// identity-based form, like the Functions host); null when none is set. Settings come from the environment.
    /// </summary>
    private BlobConnection? ResolveConnection(ParseResult parse)
    {
        if (parse.GetValue(Connection) is { Length: > 0 } literal)
        {
            return BlobConnection.FromConnectionString(literal, "--connection");
        }
        var settings = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        if (parse.GetValue(ConnectionSetting) is { Length: > 0 } name)
        {
            return BlobConnection.FromSetting(settings, name);
        }
        bool anyDefault = !string.IsNullOrWhiteSpace(settings[ConnectionVariable]) || settings.GetSection(ConnectionVariable).GetChildren().Any();
        return anyDefault ? BlobConnection.FromSetting(settings, ConnectionVariable) : null;
    }

    public async Task<BackupRepository> OpenAsync(ParseResult parse, bool create, CancellationToken cancellationToken)
    {
        var key = RepositoryKey.Load(parse.GetValue(Key)!);
        var target = Target(parse, Repo);
        var repository = create
            ? await BackupRepository.InitAsync(target, key, null, cancellationToken)
            : await BackupRepository.OpenAsync(target, key, null, cancellationToken);
        var error = parse.InvocationConfiguration.Error;
        repository.LockWaitNotice = notice => error.WriteLine(notice);
        return repository;
    }

    /// <summary>Runs a command body; a <see cref="RepositoryException"/> becomes one clear line on stderr and exit code 1.</summary>
    public static async Task<int> RunAsync(ParseResult parse, Func<TextWriter, TextWriter, Task<int>> body, long heapMegabytes = 128)
    {
        LimitHeap(heapMegabytes);
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        try
        {
            return await body(output, error);
        }
        catch (RepositoryException e)
        {
            await error.WriteLineAsync("error: " + e.Message);
            return ExitFailed;
        }
        catch (BackupOrchestrator.Domain.Catalogs.CatalogException e)
        {
            await error.WriteLineAsync("error: " + e.Message);
            return ExitUsage;
        }
        catch (OutOfMemoryException) when (HeapCapMegabytes > 0)
        {
            // What is left of the heap after the unwinding is enough for one line. A backup stopped here has
            // written no snapshot (its packs go at the next prune); a restore's folder is incomplete.
            await error.WriteLineAsync($"error: this command needed more than backupctl's heap cap of {HeapCapMegabytes} MiB (a service with very many files " +
                $"holds a large manifest) and stopped before it finished. Run it again with a higher cap, e.g. BACKUPCTL_HEAP_LIMIT_MB={HeapCapMegabytes * 2}, or 0 for none.");
            return ExitFailed;
        }
        finally
        {
            // BACKUPCTL_STATS=1: what the run cost the process (the benchmark reads this line on stderr).
            if (Environment.GetEnvironmentVariable("BACKUPCTL_STATS") == "1")
            {
                var gc = GC.GetGCMemoryInfo(GCKind.Any);
                await error.WriteLineAsync($"stats: cpu {Environment.CpuUsage.TotalTime.TotalSeconds:0.00} s (user {Environment.CpuUsage.UserTime.TotalSeconds:0.00}), " +
                    $"gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} (gen0/1/2), pauses {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms, " +
                    $"allocated {GC.GetTotalAllocatedBytes() / 1048576} MiB, heap limit {gc.TotalAvailableMemoryBytes / 1048576} MiB, peak working set {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB, " +
                    $"jit {System.Runtime.JitInfo.GetCompiledMethodCount()} methods in {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:0.00} s");
            }
        }
    }

    /// <summary>
    /// Heap cap of the commands that read chunks (restore, verify, copy): up to 8 opened chunks of 4 MiB
    /// in flight, a 4 MiB decompression scratch per fetch running, the sealed bytes being read (from a blob
    /// target, span reads of a pack, ~8 MiB each, two or three alive: peak working set 181-188 MB against
    /// 151-166 with 4 MiB spans, bench/blob.sh), and the snapshot's file index. 128 MiB was too tight: a full restore of the 80k-entry benchmark snapshot
    /// ran out of memory once in four runs.
    /// </summary>
    public const long ReadingHeapMegabytes = 176;

    /// <summary>
    /// Caps the managed heap (backup, restore, verify and copy 176 MiB, other commands 128 MiB; BACKUPCTL_HEAP_LIMIT_MB overrides, 0 = no cap) so the collector
    /// reclaims chunk-sized garbage early and a backup of any size stays within a small box's memory.
    /// Raise it for services with millions of files (their manifests are held in memory).
    /// What a backup holds is fixed, not a function of the core count: 10 pooled chunk buffers of
    /// 4.3 MiB (BackupRunner.PipelineBuffers), a 4 MiB compression scratch per seal running,
    /// (uploaders + 1) pack buffers of 8.1 MiB and 8 read-ahead buffers of 1 MiB: ~90 MiB to a directory
    /// (a heap dump of the 80k-entry benchmark backup: 118 MiB live with its manifest).
    /// </summary>
    /// <remarks>
    /// The same 176 MiB is also the cap the runtime starts with (System.GC.HeapHardLimit in the project file): the
    /// collector sizes its youngest generation once, at start, from the CPU's largest cache unless a cap is set by
    /// then. On a Xeon with a 260 MiB L3 that budget, taken with no cap at start and the cap set only here, left too
    /// little room: the benchmark backup ran out of memory at its 65,537th entry, every time. Set at start, the
    /// same run passes at 215-220 MB peak working set. Here the cap is only moved, down or up.
    /// </remarks>
    private static void LimitHeap(long defaultMegabytes)
    {
        long megabytes = long.TryParse(Environment.GetEnvironmentVariable("BACKUPCTL_HEAP_LIMIT_MB"), out var value) && value >= 0 ? value : defaultMegabytes;
        HeapCapMegabytes = megabytes;
        // 0 takes our cap away: the collector's own limit (the machine's or the container's memory) applies.
        AppContext.SetData("GCHeapHardLimit", (ulong)megabytes * 1024 * 1024);
        GC.RefreshMemoryLimit();
    }

    /// <summary>The heap cap this run has, in MiB (0: none of ours).</summary>
    private static long HeapCapMegabytes { get; set; }

    public static string Size(long bytes)
    {
        string[] units = ["B", "KiB", "MiB", "GiB", "TiB"];
        double value = bytes;
        int unit = 0;
        while (Math.Abs(value) >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? $"{bytes} B" : $"{value:0.0} {units[unit]}";
    }
}
