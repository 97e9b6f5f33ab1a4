// backupctl: the shell's way into the backup orchestrator.
// Each feature adds its commands in its own file under Commands/ by implementing one of the
// partial methods below, so features never edit each other's files.
using System.CommandLine;

var root = new RootCommand("backupctl: validate and plan backup catalogs, run and inspect backups.");
BackupOrchestrator.Cli.Commands.Register(root);
return await root.Parse(args).InvokeAsync();

namespace BackupOrchestrator.Cli
{
    internal static partial class Commands
    {
        public static void Register(RootCommand root)
        {
            AddCatalogCommands(root);
            AddRepositoryCommands(root);
            AddHostCommands(root);
        }

        /// <summary>validate, plan (Commands/Catalog*.cs).</summary>
        static partial void AddCatalogCommands(RootCommand root);

        /// <summary>key, backup, snapshots, restore, verify, prune, copy, stats (Commands/Repository*.cs).</summary>
        static partial void AddRepositoryCommands(RootCommand root);

        /// <summary>status, retry: the running host over HTTP (Commands/HostCommands.cs).</summary>
        static partial void AddHostCommands(RootCommand root);
    }
}
