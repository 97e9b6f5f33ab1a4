using System.Text.RegularExpressions;

namespace BackupOrchestrator.Host.Configuration;

/// <summary>
/// An app setting whose text does not convert to its option's type (<c>Backup__RetryAttempts=three</c>): the
/// configuration binder throws <see cref="InvalidOperationException"/> with the value, its key and the type in its
/// message, and nothing else carries them, so the message is read here to say it as a setting and a fix.
/// </summary>
public static partial class UnreadableSetting
{
    /// <summary>The sentence to print for <paramref name="error"/> (or any exception inside it), or null when it is not a binder's conversion failure.</summary>
    public static string? Describe(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is InvalidOperationException && BinderMessage().Match(e.Message) is { Success: true } m)
            {
                var setting = m.Groups["key"].Value.Replace(":", "__", StringComparison.Ordinal);
                var type = m.Groups["type"].Value;
                return $"the setting {setting} is '{m.Groups["value"].Value}', which is not {Expected(type)}. " +
                    $"Fix: correct it in local.settings.json Values or the environment, or remove it for the default.";
            }
        }

        return null;
    }

    private static string Expected(string type) => type switch
    {
        "System.Int32" or "System.Int64" => $"a whole number ({Short(type)})",
        "System.Double" or "System.Single" or "System.Decimal" => $"a number ({Short(type)}, with a '.' for decimals)",
        "System.TimeSpan" => "a duration (TimeSpan, such as 00:05:00 or 1.00:00:00)",
        "System.Boolean" => "true or false (Boolean)",
        _ => $"a {Short(type)}",
    };

    private static string Short(string type) => type[(type.LastIndexOf('.') + 1)..];

    [GeneratedRegex("^Failed to convert configuration value '(?<value>.*)' at '(?<key>[^']+)' to type '(?<type>[^']+)'", RegexOptions.Singleline)]
    private static partial Regex BinderMessage();
}
