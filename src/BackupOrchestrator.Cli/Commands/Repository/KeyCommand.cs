using System.CommandLine;
using BackupOrchestrator.Repository.Keys;

namespace BackupOrchestrator.Cli.Repository;

/// <summary>backupctl key init --key FILE: writes a new key file (mode 0600). Prints only the key id.</summary>
internal static class KeyCommand
{
    public static Command Create()
    {
        var key = new Command("key", "Manage repository keys.");
        var init = new Command("init", "Write a new key file (mode 0600); refuses to overwrite one. Keep a copy offline: without it no backup can be read.");
        var file = new Option<string>("--key", "-k") { Description = "Where to write the key file.", Required = true };
        init.Options.Add(file);
        init.SetAction((parse, _) => RepositoryOptions.RunAsync(parse, async (output, _) =>
        {
            var path = parse.GetValue(file)!;
            var created = RepositoryKey.CreateFile(path);
            await output.WriteLineAsync($"wrote key file {path} (key id {created.KeyId}, mode 0600)");
            return RepositoryOptions.ExitOk;
        }));
        key.Subcommands.Add(init);
        return key;
    }
}
