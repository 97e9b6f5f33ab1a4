using System.CommandLine;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace BackupOrchestrator.Cli;

/// <summary>
/// backupctl run / check-deps / resources: work and checks on the running host (POST services/{service}/run,
/// POST windows/{window}/run, GET services/{service}/dependencies, GET resources), as seed 000's
/// backup_orchestrator.sh, dependency_checker.sh and resource_monitor.sh were used from a shell.
/// </summary>
internal static partial class Commands
{
    /// <summary>check-deps: the gate would be closed (a dependency ended other than Succeeded); resources: a reading is over.</summary>
    private const int ExitNo = 3;

    /// <summary>check-deps: the gate would still wait (a dependency has not ended).</summary>
    private const int ExitWaiting = 4;

    private static Command RunNow()
    {
        var command = new Command("run", "Back up one service now, outside its schedule and dependency gate but under the resource gate and the global limit (POST /api/services/SERVICE/run); --window NAME: tonight's window now, every service released at once (POST /api/windows/NAME/run).");
        var (url, key) = ConnectionOptions(command);
        var service = new Argument<string?>("service") { Description = "The service to back up now.", Arity = ArgumentArity.ZeroOrOne };
        var window = new Option<string?>("--window", "-w") { Description = "Run this window of tonight now instead of one service." };
        var runId = new Option<string?>("--run-id") { Description = "Makes the request idempotent: the same run id is the same run (letters, digits, . _ -)." };
        command.Arguments.Add(service);
        command.Options.Add(window);
        command.Options.Add(runId);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (name, windowName) = (parse.GetValue(service), parse.GetValue(window));
            if ((name is null) == (windowName is null))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("error: name one SERVICE to run, or --window NAME for a window (not both).");
                return 2;
            }

            return await CallAsync(parse, url, key, async (http, output) =>
            {
                if (windowName is not null)
                {
                    using var started = await http.PostAsync(new Uri($"api/windows/{Uri.EscapeDataString(windowName)}/run", UriKind.Relative), null, cancellationToken);
                    var reply = await ReadAsync(started, cancellationToken);
                    if (reply.Ok)
                    {
                        await output.WriteLineAsync($"window {windowName} of {reply.Json?["day"]} runs now ({reply.Json?["instanceId"]}); status: {reply.Json?["statusUrl"]}");
                    }

                    return reply;
                }

                var body = parse.GetValue(runId) is { } id ? JsonContent.Create(new JsonObject { ["runId"] = id }) : null;
                using var response = await http.PostAsync(new Uri($"api/services/{Uri.EscapeDataString(name!)}/run", UriKind.Relative), body, cancellationToken);
                var run = await ReadAsync(response, cancellationToken);
                if (run.Ok)
                {
                    var again = run.Json?["alreadyStarted"]?.GetValue<bool>() == true ? $" (already started by an earlier request with run id {run.Json?["runId"]})" : "";
                    await output.WriteLineAsync($"{name} runs now ({run.Json?["instanceId"]}){again}; status: {run.Json?["statusUrl"]}");
                }

                return run;
            });
        });
        return command;
    }

    private static Command CheckDeps()
    {
        var command = new Command("check-deps", $"Would SERVICE's dependency gate open on that night? Each dependency's state (GET /api/services/SERVICE/dependencies). Exit 0 open, {ExitNo} closed, {ExitWaiting} still waiting.");
        var (url, key, day) = HostOptions(command);
        var service = new Argument<string>("service") { Description = "The service whose dependencies to check." };
        command.Arguments.Add(service);
        command.SetAction((parse, cancellationToken) => CallAsync(parse, url, key, async (http, output) =>
        {
            var path = $"api/services/{Uri.EscapeDataString(parse.GetValue(service)!)}/dependencies?day={Uri.EscapeDataString(parse.GetValue(day)!)}";
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
            var reply = await ReadAsync(response, cancellationToken);
            if (!reply.Ok)
            {
                return reply;
            }

            var gate = reply.Json?["gate"]?.ToString();
            await output.WriteLineAsync($"{reply.Json?["service"]} on {reply.Json?["day"]}: gate {gate} ({reply.Json?["reason"]})");
            foreach (var each in reply.Json?["dependencies"]?.AsArray() ?? [])
            {
                var detail = each?["reason"]?.ToString() ?? (each?["snapshotId"] is { } id ? $"snapshot {id}" : "");
                await output.WriteLineAsync($"  {each?["service"],-16} {each?["state"],-24} {detail}".TrimEnd());
            }

            return reply with { Exit = gate switch { "open" => 0, "waiting" => ExitWaiting, _ => ExitNo } };
        }));
        return command;
    }

    private static Command Resources()
    {
        var command = new Command("resources", $"The machine now against the catalog's thresholds: CPU, memory, the target's disk, I/O pressure, each ok or over (GET /api/resources). Exit 0 when the resource gate would open, {ExitNo} when a reading is over.");
        var (url, key) = ConnectionOptions(command);
        command.SetAction((parse, cancellationToken) => CallAsync(parse, url, key, async (http, output) =>
        {
            using var response = await http.GetAsync(new Uri("api/resources", UriKind.Relative), cancellationToken);
            var reply = await ReadAsync(response, cancellationToken);
            if (!reply.Ok)
            {
                return reply;
            }

            foreach (var each in reply.Json?["readings"]?.AsArray() ?? [])
            {
                var percent = each?["percent"] is JsonValue v ? v.GetValue<double>().ToString("0.#", CultureInfo.InvariantCulture) + "%" : "n/a";
                await output.WriteLineAsync($"{each?["name"],-8} {percent,7}  threshold {each?["threshold"]}%  {each?["state"]}");
            }

            var ok = reply.Json?["ok"]?.GetValue<bool>() == true;
            var over = reply.Json?["over"]?.AsArray().Select(o => o?.ToString()) ?? [];
            await output.WriteLineAsync(ok ? "resource gate: open" : $"resource gate: held ({string.Join(", ", over)})");
            return reply with { Exit = ok ? 0 : ExitNo };
        }));
        return command;
    }
}
