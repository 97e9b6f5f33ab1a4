namespace BackupOrchestrator.Durable.Bench;

/// <summary>The command (first argument, default <c>bench</c>) and its <c>--name value</c> options.</summary>
internal sealed record CommandLine(string Command, IReadOnlyDictionary<string, string> Options)
{
    public static CommandLine Parse(string[] args)
    {
        int start = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? 1 : 0;
        string command = start == 1 ? args[0] : "bench";
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (int i = start; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}': options are --name value.");
            }

            options[args[i][2..]] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
        }

        return new CommandLine(command, options);
    }

    public string Require(string name) => Options.TryGetValue(name, out var v) ? v : throw new ArgumentException($"Missing --{name}.");

    public string? Get(string name) => Options.GetValueOrDefault(name);
}
