using System.CommandLine;
using BackupOrchestrator.Cli.Repository;

namespace BackupOrchestrator.Cli;

internal static partial class Commands
{
    /// <summary>key init, backup, snapshots, restore, verify, prune, copy, stats.</summary>
    static partial void AddRepositoryCommands(RootCommand root)
    {
        root.Subcommands.Add(KeyCommand.Create());
        root.Subcommands.Add(BackupCommand.Create());
        root.Subcommands.Add(SnapshotsCommand.Create());
        root.Subcommands.Add(RestoreCommand.Create());
        root.Subcommands.Add(VerifyCommand.Create());
        root.Subcommands.Add(PruneCommand.Create());
        root.Subcommands.Add(CopyCommand.Create());
        root.Subcommands.Add(StatsCommand.Create());
    }
}
