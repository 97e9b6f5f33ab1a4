using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace BackupOrchestrator.Night.Bench;

/// <summary>
/// --catalog PATH (default infra/catalog/homelab.yaml), --compression N (default 60), --lead SECONDS (default 20),
/// --app DIR (the app's build; default this checkout's Release build), --idle SECONDS (measure the idle host instead
/// of a night), --keep (the work folder).
/// </summary>
internal sealed record BenchArgs(string Catalog, int Compression, int LeadSeconds, bool Keep, string? App = null, int IdleSeconds = 0)
{
    public static BenchArgs Parse(string[] args)
    {
        var result = new BenchArgs("infra/catalog/homelab.yaml", 60, 20, false);
        for (var i = 0; i < args.Length; i++)
        {
            result = args[i] switch
            {
                "--catalog" => result with { Catalog = args[++i] },
                "--compression" => result with { Compression = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--lead" => result with { LeadSeconds = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--keep" => result with { Keep = true },
                "--app" => result with { App = Path.GetFullPath(args[++i]) },
                "--idle" => result with { IdleSeconds = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown argument {args[i]}; use --catalog PATH --compression N --lead SECONDS --app DIR --idle SECONDS --keep"),
            };
        }

        return result.Compression < 1 ? throw new ArgumentException("--compression must be at least 1") : result;
    }

    public static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("Functions.sln not found above the current folder or the bench.");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}

/// <summary>A quiet machine's /proc readings (Backup__ProcRoot): the resource gate opens at once, as the planner assumes.</summary>
internal static class QuietProc
{
    public static string Write(string dir)
    {
        Directory.CreateDirectory(Path.Combine(dir, "pressure"));
        File.WriteAllText(Path.Combine(dir, "stat"), "cpu  1000 0 1000 100000 0 0 0 0 0 0\n");
        File.WriteAllText(Path.Combine(dir, "meminfo"), "MemTotal:       16000000 kB\nMemAvailable:   12000000 kB\n");
        File.WriteAllText(Path.Combine(dir, "pressure/io"), "some avg10=0.00 avg60=0.00 avg300=0.00 total=0\n");
        return dir;
    }
}
