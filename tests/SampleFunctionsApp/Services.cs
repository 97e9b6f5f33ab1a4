namespace SampleFunctionsApp;

/// <summary>Appends one line per event to Sample:RecordFile, so tests see what ran (also across host restarts).</summary>
public sealed class Recorder(string? path)
{
    private readonly Lock _lock = new();

    public void Record(params object?[] fields)
    {
        if (path is null)
        {
            return;
        }

        var line = string.Join('\t', fields.Select(f => f switch
        {
            DateTime d => d.ToString("o", System.Globalization.CultureInfo.InvariantCulture),
            IFormattable x => x.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => f?.ToString(),
        })) + "\n";
        lock (_lock)
        {
            File.AppendAllText(path, line);
        }
    }
}

/// <summary>A scoped service, to show one DI scope per invocation.</summary>
public sealed class Greeter
{
    public Guid Scope { get; } = Guid.NewGuid();

    public string Greet(string name) => $"Hello, {name}";
}

public sealed record FanOutResult(int Count, IReadOnlyList<int> Squares, long Sum);

public sealed record Item(int Id, string Name);
