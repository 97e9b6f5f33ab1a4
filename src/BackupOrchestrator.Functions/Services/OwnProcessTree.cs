using System.Globalization;

namespace BackupOrchestrator.Functions.Services;

/// <summary>
/// The CPU ticks this app's own processes used: the process it runs in and every live descendant (the backups
/// run in-process as activities; their pre and post hooks and command sources are child processes, which may
/// start their own), each with the time of the children it already reaped (<c>cutime</c>, <c>cstime</c>), so a
/// hook that ended between two samples still counts. What is not ours: a process that detached (double fork, a
/// daemon a post hook starts, a container <c>docker start</c> hands to containerd) is re-parented away from us and
/// is the server's load, and so is the Functions host that started this worker (its parent).
/// Read from <c>{proc}/[pid]/stat</c>; a process that ends while we read it is skipped.
/// </summary>
public static class OwnProcessTree
{
    /// <summary>The sum of utime, stime, cutime and cstime (clock ticks) over <paramref name="root"/> and its descendants; null when the root's stat is unreadable.</summary>
    public static long? Ticks(string proc, int root)
    {
        var processes = Read(proc);
        if (!processes.ContainsKey(root))
        {
            return null;
        }

        return Descendants(processes, root).Sum(pid => processes[pid].Ticks);
    }

    /// <summary>The pids of <paramref name="root"/> and its live descendants, by parent pid.</summary>
    public static IReadOnlySet<int> Pids(string proc, int root) => Descendants(Read(proc), root);

    private static HashSet<int> Descendants(Dictionary<int, Stat> processes, int root)
    {
        var children = processes.Values.ToLookup(p => p.Parent);
        var ours = new HashSet<int>();
        if (!processes.ContainsKey(root))
        {
            return ours;
        }

        var queue = new Queue<int>([root]);
        while (queue.TryDequeue(out var pid))
        {
            if (ours.Add(pid))
            {
                foreach (var child in children[pid])
                {
                    queue.Enqueue(child.Pid);
                }
            }
        }

        return ours;
    }

    private static Dictionary<int, Stat> Read(string proc)
    {
        var processes = new Dictionary<int, Stat>();
        IEnumerable<string> dirs;
        try
        {
            dirs = Directory.EnumerateDirectories(proc);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return processes;
        }

        foreach (var dir in dirs)
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                if (Parse(pid, File.ReadAllText(Path.Combine(dir, "stat"))) is { } stat)
                {
                    processes[pid] = stat;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // It ended while we looked (or is not ours to read): it has no part in our figure.
            }
        }

        return processes;
    }

    /// <summary>
    /// "pid (comm) state ppid … utime stime cutime cstime …" (proc(5)): comm may hold spaces and parentheses, so the
    /// fields are counted from its last ')'. After it: state is 0, ppid 1, utime 11, stime 12, cutime 13, cstime 14.
    /// </summary>
    private static Stat? Parse(int pid, string text)
    {
        var close = text.LastIndexOf(')');
        if (close < 0)
        {
            return null;
        }

        var fields = text[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 15 || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parent))
        {
            return null;
        }

        long ticks = 0;
        for (var i = 11; i <= 14; i++)
        {
            ticks += long.TryParse(fields[i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : 0;
        }

        return new Stat(pid, parent, ticks);
    }

    private readonly record struct Stat(int Pid, int Parent, long Ticks);
}
