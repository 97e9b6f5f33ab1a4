using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using BackupOrchestrator.Domain.Planning;

namespace BackupOrchestrator.Cli;

/// <summary>
/// <c>backupctl plan --catalog FILE [--date D] [--json]</c>: the night planner's prediction as
/// a text Gantt chart with makespan, critical path, lower bound and window overflows, or JSON.
/// Exit 1 (with the errors) when the catalog has errors.
/// </summary>
internal static class CatalogPlanCommand
{
    public static Command Create(TimeProvider time) => CatalogCommandSupport.Create(
        "plan",
        "Predict one night: each service's start and end, critical path, makespan, lower bound, window overflows.",
        "to plan",
        (path, night, json, output, error) =>
        {
            var (loaded, diagnostics, theNight) = CatalogCommandSupport.ReadAndValidate(path, night, time);
            var errors = diagnostics.Where(d => d.IsError).ToList();
            if (loaded is null || errors.Count > 0)
            {
                foreach (var d in errors)
                {
                    error.WriteLine(d.ToString());
                }

                error.WriteLine($"{errors.Count} error(s): fix them (see `backupctl validate --catalog {path}`) before planning.");
                return CatalogCommandSupport.ExitErrors;
            }

            var plan = NightPlanner.Plan(loaded, theNight);
            if (json)
            {
                output.WriteLine(JsonSerializer.Serialize(ToJson(plan, path), CatalogCommandSupport.Json));
            }
            else
            {
                output.Write(NightPlanText.Render(plan, Path.GetFileName(path)));
            }

            return CatalogCommandSupport.ExitOk;
        });

    private static object ToJson(NightPlan plan, string path) => new
    {
        catalog = path,
        date = plan.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        nightStart = plan.NightStart,
        nightEnd = plan.NightEnd,
        maxConcurrent = plan.MaxConcurrent,
        throughputBytesPerSecond = plan.Throughput,
        makespan = plan.Makespan,
        criticalPath = plan.CriticalPath,
        criticalPathLength = plan.CriticalPathLength,
        longestChain = plan.LongestChain,
        longestChainLength = plan.LongestChainLength,
        totalWork = plan.TotalWork,
        workBound = plan.WorkBound,
        lowerBound = plan.LowerBound,
        peakConcurrency = plan.PeakConcurrency,
        overflows = plan.Overflows.Select(b => new { service = b.Service, tier = b.Tier, end = b.End, windowEnd = b.WindowEnd, overflow = b.Overflow, waitedFor = b.WaitedFor }),
        windows = plan.Windows.Select(w => new { window = w.Window, start = w.Start, end = w.End, services = w.Services, lastEnd = w.LastEnd, overflowing = w.Overflowing }),
        backups = plan.Backups.Select(b => new
        {
            service = b.Service,
            tier = b.Tier,
            status = b.Status,
            release = b.Release,
            start = b.Start,
            end = b.End,
            duration = b.Duration,
            sizeBytes = b.Size,
            windowEnd = b.WindowEnd,
            waitedFor = b.WaitedFor,
            slotWait = b.SlotWait,
            overflow = b.Overflow,
            reason = b.Reason,
        }),
    };
}
