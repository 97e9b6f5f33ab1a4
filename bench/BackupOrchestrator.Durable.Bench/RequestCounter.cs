using System.Collections.Concurrent;
using System.Diagnostics;

namespace BackupOrchestrator.Durable.Bench;

/// <summary>
/// Counts storage requests by kind (method, service, queue/table operation) and their total time,
/// for <c>--count-requests</c>: which round trips a scenario pays for.
/// </summary>
internal sealed class RequestCounter() : DelegatingHandler(new SocketsHttpHandler { PooledConnectionIdleTimeout = TimeSpan.FromSeconds(4), MaxConnectionsPerServer = 256, UseProxy = false })
{
    private readonly ConcurrentDictionary<string, (int Count, double Ms)> _counts = new();

    public void Reset() => _counts.Clear();

    public void Print(string label)
    {
        Console.WriteLine($"  requests in {label}: {_counts.Values.Sum(v => v.Count)}");
        foreach (var (kind, (count, ms)) in _counts.OrderByDescending(kv => kv.Value.Count))
        {
            Console.WriteLine($"    {kind,-40} {count,6}  avg {ms / count,6:F1} ms");
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var response = await base.SendAsync(request, cancellationToken);
        string kind = Kind(request);
        _counts.AddOrUpdate(kind, (1, clock.Elapsed.TotalMilliseconds), (_, v) => (v.Count + 1, v.Ms + clock.Elapsed.TotalMilliseconds));
        return response;
    }

    private static string Kind(HttpRequestMessage request)
    {
        var uri = request.RequestUri!;
        string path = uri.AbsolutePath;
        string query = uri.Query;
        if (path.Contains("/messages", StringComparison.Ordinal))
        {
            bool byId = path.TrimEnd('/').Split('/').Length > 4;
            return request.Method.Method switch
            {
                "POST" => "queue put",
                "GET" when query.Contains("peekonly", StringComparison.Ordinal) => "queue peek",
                "GET" => "queue receive",
                "DELETE" => "queue delete",
                "PUT" when byId => "queue update (hide/renew)",
                _ => "queue " + request.Method.Method,
            };
        }

        if (path.EndsWith("$batch", StringComparison.Ordinal))
        {
            return "table transaction";
        }

        if (request.Method == HttpMethod.Post)
        {
            return "table insert"; // blobs here are put with PUT; queue puts were matched above
        }

        if (path.Contains('(', StringComparison.Ordinal) || path.Contains("Tables", StringComparison.Ordinal) || query.Contains("$filter", StringComparison.Ordinal))
        {
            return "table " + request.Method.Method + (path.Contains("()", StringComparison.Ordinal) || query.Contains("$filter", StringComparison.Ordinal) ? " query" : "");
        }

        return (query.Contains("comp=lease", StringComparison.Ordinal) ? "blob lease " : "blob/other ") + request.Method.Method;
    }
}
