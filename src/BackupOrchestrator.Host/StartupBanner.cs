using BackupOrchestrator.Host.Http;
using BackupOrchestrator.Host.Invocation;
using BackupOrchestrator.Host.Metadata;
using BackupOrchestrator.Host.Timers;

namespace BackupOrchestrator.Host;

/// <summary>The function list printed at start-up, laid out as `func start` prints it.</summary>
internal static class StartupBanner
{
    public static string Format(IReadOnlyList<HostFunction> functions, IReadOnlyDictionary<string, HttpRoute> routes, IReadOnlyDictionary<string, TimerSchedule> schedules, string baseUrl, DateTimeOffset now)
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine().AppendLine("Functions:").AppendLine();
        foreach (var function in functions)
        {
            var trigger = function.Metadata.Trigger;
            var line = trigger switch
            {
                _ when routes.TryGetValue(function.Name, out var route) => $"{route.Describe(baseUrl)}  ({route.Level})",
                _ when schedules.TryGetValue(function.Name, out var schedule) => $"{trigger.Type} ({schedule.Expression}; next {schedule.GetNextOccurrence(now):yyyy-MM-dd HH:mm:ss zzz})",
                _ => trigger.Type,
            };
            text.Append('\t').Append(function.Name).Append(": ").AppendLine(line).AppendLine();
        }

        return text.ToString();
    }
}
