using System.Globalization;
using System.Text;
using BackupOrchestrator.Domain.Quantities;

namespace BackupOrchestrator.Domain.Planning;

/// <summary>The night plan as a person reads it: a heading, the Gantt chart and the figures.</summary>
public static class NightPlanText
{
    public static string Render(NightPlan plan, string catalogName)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var sb = new StringBuilder();
        var planned = plan.Backups.Count(b => b.Status == PlanStatus.Planned);
        sb.Append(CultureInfo.InvariantCulture, $"Night plan for {catalogName} on {plan.Date:yyyy-MM-dd}: {planned} of {plan.Backups.Count} services, max {plan.MaxConcurrent} concurrent, throughput {ByteSize.Format(plan.Throughput)}/s").AppendLine();
        sb.AppendLine();
        sb.Append(GanttChart.Render(plan));
        sb.AppendLine();
        sb.Append(CultureInfo.InvariantCulture, $"makespan      {DurationText.Format(plan.Makespan)} ({plan.NightStart:HH:mm} to {plan.NightEnd:HH:mm})").AppendLine();
        var first = plan.CriticalPath.Count == 0 ? null : plan.Backups.First(b => b.Service == plan.CriticalPath[0]);
        sb.Append(CultureInfo.InvariantCulture, $"critical path {DurationText.Format(plan.CriticalPathLength)}: {(first is null ? "none" : $"{string.Join(" -> ", plan.CriticalPath)} (from its release at {first.Release:HH:mm})")}").AppendLine();
        sb.Append(CultureInfo.InvariantCulture, $"work bound    {DurationText.Format(plan.WorkBound)} ({DurationText.Format(plan.TotalWork)} of backups / {plan.MaxConcurrent} slots)").AppendLine();
        sb.Append(CultureInfo.InvariantCulture, $"lower bound   {DurationText.Format(plan.LowerBound)} = max(critical path, work bound); peak concurrency {plan.PeakConcurrency}").AppendLine();
        var unstaggered = plan.LongestChainLength > plan.WorkBound ? plan.LongestChainLength : plan.WorkBound;
        sb.Append(CultureInfo.InvariantCulture, $"longest chain {DurationText.Format(plan.LongestChainLength)}: {(plan.LongestChain.Count == 0 ? "none" : string.Join(" -> ", plan.LongestChain))} (without the stagger the night could not be shorter than {DurationText.Format(unstaggered)})").AppendLine();

        var overflows = plan.Overflows.ToList();
        sb.Append(CultureInfo.InvariantCulture, $"window overflows: {(overflows.Count == 0 ? "none" : overflows.Count.ToString(CultureInfo.InvariantCulture))}").AppendLine();
        foreach (var b in overflows)
        {
            var why = b.WaitedFor.Count > 0 ? $"; waited for {string.Join(", ", b.WaitedFor)}" : b.SlotWait > TimeSpan.Zero ? $"; waited {DurationText.Format(b.SlotWait)} for a slot" : "";
            sb.Append(CultureInfo.InvariantCulture, $"  {b.Service} ({b.Tier}) ends {b.End:HH:mm}, {DurationText.Format(b.Overflow)} after its window ends at {b.WindowEnd:HH:mm}{why}").AppendLine();
        }

        var skipped = plan.Backups.Where(b => b.Status != PlanStatus.Planned).ToList();
        sb.Append(CultureInfo.InvariantCulture, $"skipped or not scheduled: {(skipped.Count == 0 ? "none" : skipped.Count.ToString(CultureInfo.InvariantCulture))}").AppendLine();
        foreach (var b in skipped)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  {b.Service} ({b.Tier}): {b.Reason}").AppendLine();
        }

        return sb.ToString();
    }
}
