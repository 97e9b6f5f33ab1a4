using System.Text;

namespace BackupOrchestrator.Storage.Http;

/// <summary>Which of the two SharedKey string-to-sign layouts a request uses.</summary>
internal enum SignatureKind
{
    /// <summary>Blob and queue services: verb, standard headers, x-ms-* headers, resource with all query params.</summary>
    BlobQueue,

    /// <summary>Table service: verb, Content-MD5, Content-Type, date, resource with only ?comp.</summary>
    Table,
}

/// <summary>
/// One storage REST call described independently of <see cref="HttpRequestMessage"/>, so that it can be signed
/// from exactly the values we set and turned into a fresh message for every retry attempt.
/// </summary>
internal sealed class StorageRequest
{
    private List<KeyValuePair<string, string>>? _query;
    private readonly List<KeyValuePair<string, string>> _headers = new(8);

    public StorageRequest(HttpMethod method, Uri endpoint, string escapedPath, SignatureKind kind)
    {
        Method = method;
        Endpoint = endpoint;
        EscapedPath = escapedPath;
        Kind = kind;
    }

    public HttpMethod Method { get; }

    /// <summary>The service endpoint (e.g. http://127.0.0.1:10000/devstoreaccount1).</summary>
    public Uri Endpoint { get; }

    /// <summary>Path below the endpoint, already escaped, starting with '/' or empty.</summary>
    public string EscapedPath { get; }

    public SignatureKind Kind { get; }

    public List<KeyValuePair<string, string>>? Query => _query;

    public List<KeyValuePair<string, string>> Headers => _headers;

    /// <summary>A replayable body (retries resend it).</summary>
    public ReadOnlyMemory<byte> Body { get; set; }

    /// <summary>A one-shot body; a request with one is not retried (the stream cannot be rewound).</summary>
    public Stream? BodyStream { get; set; }

    public long? BodyStreamLength { get; set; }

    public string? ContentType { get; set; }

    public string? ContentMd5 { get; set; }

    /// <summary>Stream the response (downloads) instead of reading it whole.</summary>
    public bool StreamResponse { get; set; }

    /// <summary>A status that is an expected answer, not an error (e.g. 404 for *IfExists, 409 for CreateIfNotExists).</summary>
    public int ToleratedStatus { get; set; }

    public int ToleratedStatus2 { get; set; }

    /// <summary>What the request is about, for messages: "blob 'c/x'".</summary>
    public string Resource { get; set; } = string.Empty;

    public bool IsReplayable => BodyStream is null;

    public long ContentLength => BodyStream is not null ? BodyStreamLength ?? -1 : Body.Length;

    public StorageRequest AddQuery(string name, string value)
    {
        (_query ??= new List<KeyValuePair<string, string>>(4)).Add(new(name, value));
        return this;
    }

    public StorageRequest AddHeader(string name, string value)
    {
        _headers.Add(new(name, value));
        return this;
    }

    public StorageRequest AddHeaderIfNotNull(string name, string? value)
    {
        if (value is not null)
        {
            _headers.Add(new(name, value));
        }

        return this;
    }

    public string? GetHeader(string name)
    {
        foreach (var h in _headers)
        {
            if (string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return h.Value;
            }
        }

        return null;
    }

    public Uri BuildUri()
    {
        var sb = new StringBuilder(256);
        sb.Append(Endpoint.GetLeftPart(UriPartial.Path).TrimEnd('/'));
        sb.Append(EscapedPath);
        if (_query is { Count: > 0 })
        {
            var first = true;
            foreach (var q in _query)
            {
                sb.Append(first ? '?' : '&');
                first = false;
                sb.Append(Uri.EscapeDataString(q.Key)).Append('=').Append(Uri.EscapeDataString(q.Value));
            }
        }

        return new Uri(sb.ToString());
    }
}
