using System.Globalization;
using System.Text;

namespace BackupOrchestrator.Domain.Planning;

/// <summary>
/// Draws a night plan as text, one row per service (catalog order, grouped by tier) on a
/// time axis from the night's start. ASCII only, so it survives any terminal and log:
/// <c>.</c> released and waiting, <c>#</c> running inside its window, <c>!</c> running past
/// its window's end, <c>x</c> skipped at that time. A column is 5 minutes (wider scales for
/// nights over 10 hours).
/// </summary>
public static class GanttChart
{
    public static string Render(NightPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var span = plan.Makespan;
        var lastSkip = plan.Backups.Where(b => b.Status == PlanStatus.Skipped && b.Release is not null)
            .Select(b => b.Release!.Value - plan.NightStart).DefaultIfEmpty(TimeSpan.Zero).Max();
        if (lastSkip > span)
        {
            span = lastSkip;
        }

        var minutesPerColumn = span <= TimeSpan.FromHours(10) ? 5 : span <= TimeSpan.FromHours(20) ? 10 : 30;
        var scale = TimeSpan.FromMinutes(minutesPerColumn);
        var columns = Math.Max(1, (int)Math.Ceiling(span / scale)) + 1;

        var nameWidth = Math.Max(7, plan.Backups.Select(b => b.Service.Length).DefaultIfEmpty(0).Max());
        var tierWidth = Math.Max(4, plan.Backups.Select(b => b.Tier.Length).DefaultIfEmpty(0).Max());
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"one column = {minutesPerColumn} min; '.' waiting, '#' running, '!' running past its window, 'x' skipped").AppendLine();
        var prefix = $"{Pad("service", nameWidth)} {Pad("tier", tierWidth)} {"start",-5} {"end",-5} ";
        sb.Append(prefix).Append(Axis(plan.NightStart, columns, scale)).AppendLine();

        string? tier = null;
        foreach (var b in plan.Backups.OrderBy(b => TierOrder(plan, b.Tier)))
        {
            if (tier is not null && b.Tier != tier)
            {
                sb.AppendLine();
            }

            tier = b.Tier;
            var row = new char[columns];
            Array.Fill(row, ' ');
            string start = "-", end = "-";
            if (b.Status == PlanStatus.Planned)
            {
                Fill(row, Column(plan, b.Release!.Value, scale), Column(plan, b.Start!.Value, scale), '.');
                var s = Column(plan, b.Start!.Value, scale);
                var e = Math.Max(s + 1, ColumnCeiling(plan, b.End!.Value, scale));
                var overflowFrom = b.End > b.WindowEnd ? Math.Max(s, Column(plan, b.WindowEnd, scale)) : e;
                Fill(row, s, Math.Min(e, overflowFrom), '#');
                Fill(row, overflowFrom, e, '!');
                start = $"{b.Start:HH:mm}";
                end = $"{b.End:HH:mm}";
            }
            else if (b.Status == PlanStatus.Skipped)
            {
                var r = Column(plan, b.Release!.Value, scale);
                if (r < columns)
                {
                    row[r] = 'x';
                }

                start = "skip";
            }
            else
            {
                start = "none";
            }

            sb.Append(CultureInfo.InvariantCulture, $"{Pad(b.Service, nameWidth)} {Pad(b.Tier, tierWidth)} {start,-5} {end,-5} |")
              .Append(new string(row).TrimEnd())
              .AppendLine();
        }

        return sb.ToString();
    }

    private static int TierOrder(NightPlan plan, string tier)
    {
        for (var i = 0; i < plan.Windows.Count; i++)
        {
            if (plan.Windows[i].Window == tier)
            {
                return i;
            }
        }

        return plan.Windows.Count;
    }

    private static string Axis(DateTime nightStart, int columns, TimeSpan scale)
    {
        // "|" then an HH:mm label at each full hour (every third hour on coarse scales).
        var axis = new char[columns + 1];
        Array.Fill(axis, ' ');
        axis[0] = '|';
        var everyHours = scale <= TimeSpan.FromMinutes(10) ? 1 : 3;
        var firstHour = nightStart.Date.AddHours(nightStart.Hour + (nightStart.Minute == 0 && nightStart.Second == 0 ? 0 : 1));
        for (var h = firstHour; ; h = h.AddHours(everyHours))
        {
            var col = (int)((h - nightStart) / scale) + 1;
            if (col + 5 > axis.Length)
            {
                break;
            }

            h.ToString("HH:mm", CultureInfo.InvariantCulture).CopyTo(0, axis, col, 5);
        }

        return new string(axis).TrimEnd();
    }

    private static int Column(NightPlan plan, DateTime t, TimeSpan scale) => (int)Math.Floor((t - plan.NightStart) / scale);

    private static int ColumnCeiling(NightPlan plan, DateTime t, TimeSpan scale) => (int)Math.Ceiling((t - plan.NightStart) / scale);

    private static void Fill(char[] row, int from, int to, char c)
    {
        for (var i = Math.Max(0, from); i < Math.Min(row.Length, to); i++)
        {
            row[i] = c;
        }
    }

    private static string Pad(string s, int width) => s.PadRight(width);
}
