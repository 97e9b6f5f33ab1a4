using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Functions.Configuration;
using BackupOrchestrator.Functions.Services;
using BackupOrchestrator.Repository;
using Microsoft.Extensions.Configuration;

namespace BackupOrchestrator.Functions.Tests;

/// <summary>The catalog's targets made once per app: what a retried backup reuses, and what it does not keep.</summary>
public sealed class RepositoryTargetsTests
{
    private static TargetSpec Blob(string setting) => new("primary", TargetKind.Blob, null, setting, "backups", null, null, null);

    private static (RepositoryTargets Targets, IConfiguration Configuration) CreateSut()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection().Build();
        return (new RepositoryTargets(Microsoft.Extensions.Options.Options.Create(new NightOptions()), configuration, TimeProvider.System), configuration);
    }

    [Fact]
    public void TargetOf_SameTargetTwice_TheSameObject()
    {
        var (targets, configuration) = CreateSut();
        configuration["Offsite"] = "UseDevelopmentStorage=true";

        Assert.Same(targets.TargetOf(Blob("Offsite")), targets.TargetOf(Blob("Offsite")));
        var folder = new TargetSpec("secondary", TargetKind.Directory, null, null, null, "/srv/backups", null, null);
        Assert.Same(targets.TargetOf(folder), targets.TargetOf(folder with { Role = "offsite" }));
    }

    [Fact]
    public void TargetOf_MissingSettingSetLater_IsMadeThen()
    {
        var (targets, configuration) = CreateSut();

        var missing = Assert.ThrowsAny<RepositoryException>(() => targets.TargetOf(Blob("Later")));
        Assert.Contains("Later", missing.Message, StringComparison.Ordinal);
        configuration["Later"] = "UseDevelopmentStorage=true";

        Assert.NotNull(targets.TargetOf(Blob("Later")));
    }

    [Fact]
    public void Identity_LiteralConnection_NeverHoldsTheConnection()
    {
        var spec = new TargetSpec("primary", TargetKind.Blob, "UseDevelopmentStorage=true", null, "backups", null, null, null);

        Assert.DoesNotContain("UseDevelopmentStorage", RepositoryTargets.Identity(spec), StringComparison.Ordinal);
        Assert.NotEqual(RepositoryTargets.Identity(spec), RepositoryTargets.Identity(spec with { Container = "other" }));
    }
    [Fact]
    public async Task ARepositoryItOpens_WaitingForAPruneRunBesideTheApp_LogsAWarningOnce()
    {
        var root = Directory.CreateTempSubdirectory("targets-test-").FullName;
        try
        {
            var logger = new WarningLog();
            var targets = new RepositoryTargets(Microsoft.Extensions.Options.Options.Create(new NightOptions()), new ConfigurationBuilder().Build(), TimeProvider.System, logger);
            var keyFile = Path.Combine(root, "repo.key");
            BackupOrchestrator.Repository.Keys.RepositoryKey.CreateFile(keyFile);
            var spec = new TargetSpec("primary", TargetKind.Directory, null, null, null, Path.Combine(root, "repo"), null, null);
            await targets.InitAsync(spec, keyFile, default);
            // A prune started by backupctl on another machine, as its lock says.
            var now = DateTimeOffset.UtcNow;
            var prune = Path.Combine(root, "repo", "locks", "prune-00aa11bb22cc33dd");
            Directory.CreateDirectory(Path.GetDirectoryName(prune)!);
            File.WriteAllText(prune, $$"""{"kind":"prune","host":"nas-2","pid":4242,"created":"{{now:O}}","refreshed":"{{now:O}}"}""");

            var repository = await targets.OpenAsync(spec, keyFile, default);
            var verifying = new BackupOrchestrator.Repository.Maintenance.Verifier(repository).VerifyAsync();
            await logger.Written.Task.WaitAsync(TimeSpan.FromSeconds(10));
            File.Delete(prune);
            var report = await verifying.WaitAsync(TimeSpan.FromSeconds(15));

            Assert.True(report.Ok);
            var (id, message) = Assert.Single(logger.Warnings);
            Assert.Equal(1114, id);
            Assert.Contains("A prune is running on directory ", message, StringComparison.Ordinal);
            Assert.Contains("host nas-2, pid 4242", message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private sealed class WarningLog : Microsoft.Extensions.Logging.ILogger<RepositoryTargets>
    {
        public System.Collections.Concurrent.ConcurrentQueue<(int Id, string Message)> Warnings { get; } = new();

        public TaskCompletionSource Written { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == Microsoft.Extensions.Logging.LogLevel.Warning)
            {
                Warnings.Enqueue((eventId.Id, formatter(state, exception)));
                Written.TrySetResult();
            }
        }
    }
}
