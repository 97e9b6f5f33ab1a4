using System.CommandLine;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace BackupOrchestrator.Cli;

/// <summary>
/// backupctl status / retry (and run, check-deps, resources in NightCommands.cs): the running host's HTTP API
/// (GET nights/{day}[/services/{service}], POST …/retry), with the same words. Base URL and function key from
/// --url / --key, else the settings BACKUPCTL_URL / BACKUPCTL_KEY; the URL defaults to the local host's
/// http://127.0.0.1:7071. Exit codes: 0 done, 1 the host refused or did not answer, 2 a usage error, 3/4 the
/// check said no (check-deps, resources).
/// </summary>
internal static partial class Commands
{
    private const string DefaultUrl = "http://127.0.0.1:7071";

    static partial void AddHostCommands(RootCommand root)
    {
        root.Subcommands.Add(Status());
        root.Subcommands.Add(Retry());
        root.Subcommands.Add(RunNow());
        root.Subcommands.Add(CheckDeps());
        root.Subcommands.Add(Resources());
    }

    private static (Option<string?> Url, Option<string?> Key, Option<string> Day) HostOptions(Command command)
    {
        var (url, key) = ConnectionOptions(command);
        var day = new Option<string>("--day") { Description = "The backup day, yyyy-MM-dd or 'tonight'.", DefaultValueFactory = _ => "tonight" };
        command.Options.Add(day);
        return (url, key, day);
    }

    private static (Option<string?> Url, Option<string?> Key) ConnectionOptions(Command command)
    {
        var url = new Option<string?>("--url") { Description = $"The host's base URL (default: the BACKUPCTL_URL setting, else {DefaultUrl})." };
        var key = new Option<string?>("--key") { Description = "A function key of the host (default: the BACKUPCTL_KEY setting)." };
        command.Options.Add(url);
        command.Options.Add(key);
        return (url, key);
    }

    private static Command Status()
    {
        var command = new Command("status", "A night's services and their states, from the running host (GET /api/nights/{day}), or one service's run with its log.");
        var (url, key, day) = HostOptions(command);
        var service = new Option<string?>("--service", "-s") { Description = "Only this service: its status and the end of its log." };
        command.Options.Add(service);
        command.SetAction((parse, cancellationToken) => CallAsync(parse, url, key, async (http, output) =>
        {
            var path = $"api/nights/{Uri.EscapeDataString(parse.GetValue(day)!)}" + (parse.GetValue(service) is { } s ? $"/services/{Uri.EscapeDataString(s)}" : "");
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
            var body = await ReadAsync(response, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return body;
            }

            if (body.Json?["run"] is { } run)
            {
                await output.WriteLineAsync(Line(run));
                await output.WriteLineAsync($"instance {run["instanceId"]} ({body.Json["runtimeStatus"]})");
                foreach (var step in AfterBackup(run["status"]))
                {
                    await output.WriteLineAsync(step);
                }

                foreach (var line in body.Json["log"]?.AsArray() ?? [])
                {
                    await output.WriteLineAsync("  " + line);
                }

                return body;
            }

            await output.WriteLineAsync($"night {body.Json?["day"]} on {body.Json?["catalog"]}");
            foreach (var window in body.Json?["windows"]?.AsArray() ?? [])
            {
                await output.WriteLineAsync($"window {window?["name"]}: {window?["status"]}");
            }

            foreach (var each in body.Json?["services"]?.AsArray() ?? [])
            {
                await output.WriteLineAsync(Line(each!));
            }

            return body;
        }));
        return command;
    }

    private static Command Retry()
    {
        var command = new Command("retry", "Run a failed (or skipped, timed-out) service of a night again now, with the services skipped because of it (POST …/services/SERVICE/retry); --all: every failed or timed-out service of the night (POST …/retry).");
        var (url, key, day) = HostOptions(command);
        var service = new Argument<string?>("service") { Description = "The service to run again.", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "Every service of the night that failed or timed out, each with its skipped dependents." };
        command.Arguments.Add(service);
        command.Options.Add(all);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(all) == (parse.GetValue(service) is not null))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("error: name one SERVICE to retry, or --all for every failed service of the night (not both).");
                return 2;
            }

            return await CallAsync(parse, url, key, parse.GetValue(all)
                ? (http, output) => RetryAllAsync(http, output, parse.GetValue(day)!, cancellationToken)
                : (http, output) => RetryOneAsync(http, output, parse.GetValue(day)!, parse.GetValue(service)!, cancellationToken));
        });
        return command;
    }

    /// <summary>The copy and the prunes after a succeeded backup, one line each: "copy to secondary: Succeeded, 3000000 bytes sent".</summary>
    private static IEnumerable<string> AfterBackup(JsonNode? status)
    {
        if (status?["copy"] is { } copy)
        {
            yield return $"copy to {copy["target"]}: {copy["state"]}" + (copy["reason"] is { } why ? $": {why}" : copy["bytesCopied"] is { } bytes ? $", {bytes} bytes sent" : "");
        }

        foreach (var prune in status?["prune"]?.AsArray() ?? [])
        {
            yield return $"prune of {prune?["target"]}: {prune?["state"]}" + (prune?["reason"] is { } why ? $": {why}"
                : prune?["removed"] is { } removed ? $", {removed} snapshot(s) removed, {prune["kept"]} kept, {prune["bytesFreed"]} bytes freed" : "");
        }
    }

    private static async Task<Reply> RetryOneAsync(HttpClient http, TextWriter output, string day, string service, CancellationToken cancellationToken)
    {
        var path = $"api/nights/{Uri.EscapeDataString(day)}/services/{Uri.EscapeDataString(service)}/retry";
        using var response = await http.PostAsync(new Uri(path, UriKind.Relative), null, cancellationToken);
        var body = await ReadAsync(response, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            var following = body.Json?["following"]?.AsArray().Select(f => f?.ToString()).ToList() ?? [];
            await output.WriteLineAsync($"{service} runs again ({body.Json?["instanceId"]})" +
                (following.Count > 0 ? $"; following it: {string.Join(", ", following)}" : "") + $"; status: {body.Json?["statusUrl"]}");
        }

        return body;
    }

    private static async Task<Reply> RetryAllAsync(HttpClient http, TextWriter output, string day, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync(new Uri($"api/nights/{Uri.EscapeDataString(day)}/retry", UriKind.Relative), null, cancellationToken);
        var body = await ReadAsync(response, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return body;
        }

        var retried = body.Json?["retried"]?.AsArray() ?? [];
        if (retried.Count == 0)
        {
            await output.WriteLineAsync($"nothing to retry: no service of {body.Json?["day"]} failed or timed out.");
        }

        foreach (var each in retried)
        {
            var following = each?["started"]?.AsArray().Skip(1).Select(f => f?.ToString()).ToList() ?? [];
            await output.WriteLineAsync($"{each?["service"]} runs again" + (following.Count > 0 ? $"; following it: {string.Join(", ", following)}" : ""));
        }

        foreach (var each in body.Json?["refused"]?.AsArray() ?? [])
        {
            await output.WriteLineAsync($"{each?["service"]} not retried: {each?["refusal"]}");
        }

        await output.WriteLineAsync($"status: {body.Json?["statusUrl"]}");
        return body;
    }

    /// <summary>One service as the API says it: name, window, state, then its reason or its snapshot.</summary>
    private static string Line(JsonNode service)
    {
        var status = service["status"];
        var detail = status?["reason"]?.ToString() ?? (status?["snapshotId"] is { } id ? $"snapshot {id}" : "");
        return $"{service["service"],-16} {service["window"],-10} {service["state"],-24} {detail}".TrimEnd();
    }

    /// <summary>What the host answered; <see cref="Exit"/> is the exit code of an answer that says no (check-deps, resources).</summary>
    private sealed record Reply(HttpStatusCode Status, bool Ok, JsonNode? Json, int Exit = 0);

    private static async Task<Reply> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        JsonNode? json = null;
        if (response.Content.Headers.ContentLength is not 0 && response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true)
        {
            json = await response.Content.ReadFromJsonAsync<JsonNode>(cancellationToken);
        }

        return new Reply(response.StatusCode, response.IsSuccessStatusCode, json);
    }

    /// <summary>Runs one call against the host; a refusal prints the problem details' words, an unreachable host says how to start one.</summary>
    private static async Task<int> CallAsync(ParseResult parse, Option<string?> urlOption, Option<string?> keyOption, Func<HttpClient, TextWriter, Task<Reply>> call)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        var url = parse.GetValue(urlOption) ?? Environment.GetEnvironmentVariable("BACKUPCTL_URL") ?? DefaultUrl;
        var key = parse.GetValue(keyOption) ?? Environment.GetEnvironmentVariable("BACKUPCTL_KEY");
        if (!Uri.TryCreate(url.TrimEnd('/') + "/", UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("http" or "https"))
        {
            await error.WriteLineAsync($"error: '{url}' (--url or BACKUPCTL_URL) is not an http(s) URL; write the host's base URL, e.g. {DefaultUrl}.");
            return 2;
        }

        using var http = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
        if (!string.IsNullOrEmpty(key))
        {
            http.DefaultRequestHeaders.Add("x-functions-key", key);
        }

        try
        {
            var reply = await call(http, output);
            if (reply.Ok)
            {
                return reply.Exit;
            }

            var detail = reply.Json?["detail"]?.ToString() ?? reply.Json?["title"]?.ToString();
            await error.WriteLineAsync(reply.Status switch
            {
                HttpStatusCode.Unauthorized => $"error: {baseUri} refused the key (401). Pass the host's function key with --key or BACKUPCTL_KEY (blob azure-webjobs-secrets/HOSTID/host.json, functionKeys).",
                _ => $"error: {(int)reply.Status} {reply.Status}: {detail ?? "(no details)"}",
            });
            return 1;
        }
        catch (HttpRequestException e)
        {
            await error.WriteLineAsync($"error: no host answers at {baseUri} ({e.Message}). Start it (scripts/demo.sh or scripts/host.sh) or point --url / BACKUPCTL_URL at it.");
            return 1;
        }
    }
}
