using BackupOrchestrator.Functions.Configuration;
using BackupOrchestrator.Functions.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BackupOrchestrator.Functions.Tests;

/// <summary>A temp folder with the app's services over it: logs, a fake /proc, data, a key.</summary>
public sealed class TestBox : IDisposable
{
    public TestBox(Action<NightOptions>? configure = null, TimeProvider? time = null)
    {
        Root = Directory.CreateTempSubdirectory("night-test-").FullName;
        Directory.CreateDirectory(Proc);
        Directory.CreateDirectory(Data);
        var options = new NightOptions
        {
            LogDirectory = Path.Combine(Root, "logs"),
            ProcRoot = Proc,
            KeyFile = Path.Combine(Root, "repo.key"),
            HookTimeout = TimeSpan.FromSeconds(20),
            ProgressInterval = TimeSpan.FromMilliseconds(50),
            CpuSample = TimeSpan.FromMilliseconds(10),
        };
        configure?.Invoke(options);
        Options = options;
        Time = time ?? TimeProvider.System;
        var wrapped = Microsoft.Extensions.Options.Options.Create(options);
        Logs = new NightLogFiles(wrapped, Time);
        Probe = new ResourceProbe(wrapped, Time, Logs);
        Hooks = new HookRunner(Logs, Time);
        Targets = new RepositoryTargets(wrapped, new ConfigurationBuilder().Build(), Time);
        Runner = new ServiceBackupRunner(Hooks, Logs, wrapped, Targets, Time, NullLogger<ServiceBackupRunner>.Instance);
        Maintenance = new TargetMaintenance(Targets, Logs, wrapped, NullLogger<TargetMaintenance>.Instance);
    }

    public string Root { get; }

    public string Proc => Path.Combine(Root, "proc");

    public string Data => Path.Combine(Root, "data");

    public NightOptions Options { get; }

    public TimeProvider Time { get; }

    public NightLogFiles Logs { get; }

    public ResourceProbe Probe { get; }

    public HookRunner Hooks { get; }

    public ServiceBackupRunner Runner { get; }

    public RepositoryTargets Targets { get; }

    public TargetMaintenance Maintenance { get; }

    public string Log(string file) => File.Exists(Logs.PathOf(file)) ? File.ReadAllText(Logs.PathOf(file)) : "";

    public void WriteProc(string relative, string text)
    {
        var path = Path.Combine(Proc, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
