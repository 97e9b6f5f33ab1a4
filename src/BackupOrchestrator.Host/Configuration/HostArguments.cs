namespace BackupOrchestrator.Host.Configuration;

/// <summary>The command line, with the flags people use on <c>func start</c>.</summary>
public sealed record HostArguments
{
    public string ScriptRoot { get; init; } = Directory.GetCurrentDirectory();

    public int? Port { get; init; }

    /// <summary>Only these functions run (func's <c>--functions a b</c>); empty means all.</summary>
    public IReadOnlyList<string> Functions { get; init; } = [];

    public bool Verbose { get; init; }

    /// <summary>Comma-separated origins (func's <c>--cors</c>), added to local.settings.json's Host.CORS.</summary>
    public IReadOnlyList<string> Cors { get; init; } = [];

    public bool Help { get; init; }

    public const string Usage = """
        functions-host: runs an isolated-worker Azure Functions app's build as `func start` does (docs/host.md).

        usage: functions-host [start] [--script-root DIR] [--port N] [--functions NAME...] [--cors ORIGINS] [--verbose]

          --script-root DIR    the app's build directory (host.json, functions.metadata); default: the current directory
          --port N             HTTP port on 127.0.0.1; default: local.settings.json Host.LocalHttpPort, else 7071
          --functions A B ...  run only these functions
          --cors ORIGINS       comma-separated origins allowed by CORS, beside local.settings.json Host.CORS
          --verbose            Debug logs
        """;

    /// <summary>Parses the command line; unknown flags are refused with what to do.</summary>
    public static HostArguments Parse(IReadOnlyList<string> args)
    {
        var result = new HostArguments();
        var functions = new List<string>();
        var cors = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "start" when i == 0:
                    break;
                case "-h" or "--help" or "help":
                    result = result with { Help = true };
                    break;
                case "--script-root":
                    result = result with { ScriptRoot = Path.GetFullPath(Value(args, ref i)) };
                    break;
                case "--port" or "-p":
                    var text = Value(args, ref i);
                    if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
                    {
                        throw new HostConfigurationException("command line", "--port", $"'{text}' is not a TCP port.", "Give a number from 1 to 65535.");
                    }

                    result = result with { Port = port };
                    break;
                case "--functions":
                    while (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        functions.Add(args[++i]);
                    }

                    if (functions.Count == 0)
                    {
                        throw new HostConfigurationException("command line", "--functions", "no function names follow it.", "Name the functions to run: --functions Health Nightly.");
                    }

                    break;
                case "--cors":
                    cors.AddRange(Value(args, ref i).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    break;
                case "--verbose":
                    result = result with { Verbose = true };
                    break;
                default:
                    throw new HostConfigurationException("command line", arg, "unknown argument.", "Run functions-host --help for the flags it takes.");
            }
        }

        return result with { Functions = functions, Cors = cors };
    }

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count)
        {
            throw new HostConfigurationException("command line", args[i], "has no value.", $"Give one: {args[i]} VALUE.");
        }

        return args[++i];
    }
}
