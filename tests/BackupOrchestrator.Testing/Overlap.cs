namespace BackupOrchestrator.Testing;

/// <summary>How many of a set of runs were under way at once, at most: what a concurrency limit is checked against.</summary>
public static class Overlap
{
    public static int Peak(IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> runs)
    {
        // Ends sort before starts at the same instant: a slot handed on is not an overlap.
        var events = runs.SelectMany(r => new[] { (At: r.Start, Delta: 1), (At: r.End, Delta: -1) }).OrderBy(e => e.At).ThenBy(e => e.Delta);
        int now = 0, peak = 0;
        foreach (var (_, delta) in events)
        {
            now += delta;
            peak = Math.Max(peak, now);
        }
        return peak;
    }
}
