using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using BackupOrchestrator.Repository.Format;

namespace BackupOrchestrator.Repository.Maintenance;

/// <summary>
/// A lock object under locks/ (docs/repository-format.md, "Locks and garbage collection").
/// Both sides create their lock before they look at the others', so of a backup and a prune that
/// start together at least one sees the other. A held lock is refreshed every
/// <see cref="RefreshInterval"/>; one not refreshed for <see cref="StaleAfter"/> is ignored, and so is one
/// of this machine whose process has ended.
/// </summary>
public sealed class RepositoryLock : IAsyncDisposable
{
    public const string KindBackup = "backup";
    public const string KindPrune = "prune";

    /// <summary>A restore, a verify or a copy's source: reads packs, so a prune must not sweep beside it.</summary>
    public const string KindRead = "read";

    /// <summary>How long a reader waits for a running prune to end.</summary>
    public static readonly TimeSpan ReadWait = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    private readonly BackupRepository _repository;
    private readonly ITimer _refresh;
    private LockInfo _info;

    private RepositoryLock(BackupRepository repository, string name, LockInfo info)
    {
        _repository = repository;
        Name = name;
        _info = info;
        _refresh = repository.Time.CreateTimer(_ => _ = RefreshAsync(), null, RefreshInterval, RefreshInterval);
    }

    public string Name { get; }

    /// <summary>
    /// Takes a lock of <paramref name="kind"/>. A backup or a read waits (up to <paramref name="maxWait"/>)
    /// while a prune holds its lock; a prune refuses to run beside another prune.
    /// </summary>
    public static async Task<RepositoryLock> AcquireAsync(BackupRepository repository, string kind, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        var now = repository.Time.GetUtcNow();
        var info = new LockInfo(kind, Environment.MachineName, Environment.ProcessId, now, now) { Boot = ThisBoot.Value };
        var name = $"{ObjectNames.LocksPrefix}{kind}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}";
        await repository.Target.PutAsync(name, Serialize(info), cancellationToken);
        var held = new RepositoryLock(repository, name, info);
        var what = kind == KindRead ? "the read (restore, verify or copy)" : "the " + kind;
        try
        {
            var waited = repository.Time.GetTimestamp();
            bool told = false;
            while (true)
            {
                var prunes = (await ListLiveAsync(repository, cancellationToken)).Where(l => l.Info.Kind == KindPrune && l.Name != name).ToList();
                if (prunes.Count == 0)
                {
                    return held;
                }
                var other = prunes[0].Info;
                if (kind == KindPrune)
                {
                    throw new RepositoryException($"Another prune is running on {repository.Target.Description} (host {other.Host}, pid {other.Pid}, since {other.Created:u}). Wait for it to finish.");
                }
                if (repository.Time.GetElapsedTime(waited) >= maxWait)
                {
                    throw new RepositoryException($"A prune has held {repository.Target.Description} for longer than {maxWait} (host {other.Host}, pid {other.Pid}, since {other.Created:u}); {what} gave up waiting. If that prune crashed, its lock turns stale {StaleAfter.TotalMinutes:0} minutes after its last refresh.");
                }
                if (!told)
                {
                    told = true;
                    repository.LockWaitNotice?.Invoke($"A prune is running on {repository.Target.Description} (host {other.Host}, pid {other.Pid}, since {other.Created:u}); {what} waits for it to finish, up to {maxWait.TotalMinutes:0} minutes.");
                }
                await Task.Delay(PollInterval, repository.Time, cancellationToken);
            }
        }
        catch
        {
            await held.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A reader's lock (<see cref="KindRead"/>): waits while a prune runs (its sweep rewrites the indexes, then deletes
    /// packs), and keeps a prune that starts meanwhile from sweeping. With <paramref name="snapshot"/>, it then checks
    /// that the snapshot is still there: a prune that removed it before this lock existed may sweep its packs, so
    /// the read stops here with what to do rather than halfway with missing chunks. Null when the target refuses
    /// the lock's write (<see cref="CannotWrite"/>): reading needs no write, so it goes on unlocked, and a prune
    /// run meanwhile elsewhere could make it fail (never harm the data).
    /// </summary>
    public static async Task<RepositoryLock?> ForReadingAsync(BackupRepository repository, string? snapshot, CancellationToken cancellationToken)
    {
        RepositoryLock held;
        try
        {
            held = await AcquireAsync(repository, KindRead, ReadWait, cancellationToken);
        }
        catch (Exception e) when (CannotWrite(e))
        {
            return null;
        }

        if (snapshot is not null && !await repository.Target.ExistsAsync(ObjectNames.Snapshot(snapshot), cancellationToken))
        {
            await held.DisposeAsync();
            throw new RepositoryException($"Snapshot {snapshot} is no longer in {repository.Target.Description}: a prune removed it (its retention keeps it no longer). List what is there with 'backupctl snapshots' and restore another.");
        }

        return held;
    }

    /// <summary>
    /// The target refused the lock's write for want of permission or space: a read-only SAS (403), a read-only
    /// mount (EROFS, 30, as .NET reports it in <see cref="Exception.HResult"/>), a folder this user may not write,
    /// a full disk or account (a restore from a full backup disk must still work).
    /// </summary>
    private static bool CannotWrite(Exception e) =>
        e is UnauthorizedAccessException or TargetFullException
        || e is IOException io && (io.HResult & 0xFFFF) == 30
        || e is RepositoryException { InnerException: Azure.RequestFailedException { Status: 403 } };

    /// <summary>
    /// A lock of this machine whose process no longer runs: its holder was killed (a crash, SIGKILL) and can hold
    /// nothing, so it counts as gone now rather than after <see cref="StaleAfter"/> (restic does the same, by host
    /// name alone). "This machine" is the host name and <see cref="ThisBoot"/> (boot id and pid namespace): two
    /// homelab boxes that share a default host name, or a container with the host's name in its own pid
    /// namespace, must never read each other's running backups as dead. A lock of another machine, of an earlier
    /// boot or of a build that did not record its boot can only age out. A pid reused since counts as alive,
    /// which only waits longer.
    /// </summary>
    private static bool DiedHere(LockInfo info)
    {
        if (!string.Equals(info.Host, Environment.MachineName, StringComparison.Ordinal) || info.Pid == Environment.ProcessId
            || ThisBoot.Value is null || !string.Equals(info.Boot, ThisBoot.Value, StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(info.Pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true; // no process with that id
        }
    }

    /// <summary>
    /// This boot of this machine as Linux names it: the kernel's boot id and the pid namespace (its processes'
    /// pids mean something only inside it); null where either cannot be read (then no lock counts as dead here).
    /// </summary>
    private static readonly Lazy<string?> ThisBoot = new(() =>
    {
        try
        {
            var boot = File.ReadAllText("/proc/sys/kernel/random/boot_id").Trim();
            var pids = new FileInfo("/proc/self/ns/pid").LinkTarget;
            return boot.Length == 0 || pids is null ? null : $"{boot} {pids}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    });

    /// <summary>Locks refreshed within <see cref="StaleAfter"/> whose holders may still run (not <see cref="DiedHere"/>).</summary>
    public static async Task<List<(string Name, LockInfo Info)>> ListLiveAsync(BackupRepository repository, CancellationToken cancellationToken)
    {
        var live = new List<(string, LockInfo)>();
        var now = repository.Time.GetUtcNow();
        await foreach (var item in repository.Target.ListAsync(ObjectNames.LocksPrefix, cancellationToken))
        {
            var bytes = await repository.Target.GetAsync(item.Name, cancellationToken);
            if (bytes is null)
            {
                continue;
            }
            LockInfo? info;
            try
            {
                info = JsonSerializer.Deserialize(bytes, LockJson.Default.LockInfo);
            }
            catch (JsonException)
            {
                continue;
            }
            if (info is not null && now - info.Refreshed < StaleAfter && !DiedHere(info))
            {
                live.Add((item.Name, info));
            }
        }
        return live;
    }

    private async Task RefreshAsync()
    {
        try
        {
            _info = _info with { Refreshed = _repository.Time.GetUtcNow() };
            await _repository.Target.PutAsync(Name, Serialize(_info), CancellationToken.None);
        }
        catch (Exception e) when (e is IOException or RepositoryException)
        {
            // A missed refresh only risks the lock looking stale later; the commit check guards that case.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _refresh.DisposeAsync();
        await _repository.Target.DeleteAsync(Name, CancellationToken.None);
    }

    private static byte[] Serialize(LockInfo info) => JsonSerializer.SerializeToUtf8Bytes(info, LockJson.Default.LockInfo);

    public sealed record LockInfo(
        [property: JsonPropertyName("kind")] string Kind,
        [property: JsonPropertyName("host")] string Host,
        [property: JsonPropertyName("pid")] int Pid,
        [property: JsonPropertyName("created")] DateTimeOffset Created,
        [property: JsonPropertyName("refreshed")] DateTimeOffset Refreshed)
    {
        /// <summary>The holder's boot of its machine (boot id and pid namespace); absent in locks of earlier builds.</summary>
        [JsonPropertyName("boot")]
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? Boot { get; init; }
    }
}

[JsonSerializable(typeof(RepositoryLock.LockInfo))]
internal sealed partial class LockJson : JsonSerializerContext;
