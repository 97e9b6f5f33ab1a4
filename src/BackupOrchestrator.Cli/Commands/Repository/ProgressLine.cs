using BackupOrchestrator.Repository.Backup;

namespace BackupOrchestrator.Cli.Repository;

/// <summary>Shows backup progress as one line on stderr (rewritten in place on a terminal, a line per report otherwise).</summary>
internal sealed class ProgressLine(TextWriter error)
{
    private readonly bool _terminal = !Console.IsErrorRedirected;
    private int _width;

    public void Report(BackupProgress p)
    {
        var eta = p.Eta is TimeSpan t ? $"ETA {t:hh\\:mm\\:ss}" : "ETA ?";
        var total = p.BytesTotal is long b ? " of ~" + RepositoryOptions.Size(b) : "";
        var line = $"read {RepositoryOptions.Size(p.BytesRead)}{total}, written {RepositoryOptions.Size(p.BytesWritten)}, {RepositoryOptions.Size((long)p.BytesPerSecond)}/s, {eta}";
        if (_terminal)
        {
            var padded = line.PadRight(_width);
            _width = line.Length;
            error.Write("\r" + padded);
        }
        else
        {
            error.WriteLine(line);
        }
    }

    public void Finish()
    {
        if (_terminal && _width > 0)
        {
            error.WriteLine();
        }
    }
}
