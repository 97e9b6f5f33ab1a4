using System.CommandLine;

namespace BackupOrchestrator.Cli;

internal static partial class Commands
{
    /// <summary>backupctl validate, backupctl plan.</summary>
    static partial void AddCatalogCommands(RootCommand root)
    {
        root.Subcommands.Add(CatalogValidateCommand.Create(TimeProvider.System));
        root.Subcommands.Add(CatalogPlanCommand.Create(TimeProvider.System));
    }
}
