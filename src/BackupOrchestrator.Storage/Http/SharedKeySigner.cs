using System.Security.Cryptography;
using System.Text;

namespace BackupOrchestrator.Storage.Http;

/// <summary>
/// Computes the SharedKey Authorization header. Blob/queue: the full string-to-sign (verb, eleven standard headers,
/// canonicalized x-ms-* headers, resource with every query parameter). Table: verb, Content-MD5, Content-Type,
/// x-ms-date, resource with only the comp parameter.
/// </summary>
internal sealed class SharedKeySigner
{
    private readonly byte[] _key;
    private readonly string _account;

    public SharedKeySigner(string account, string base64Key)
    {
        _account = account;
        _key = Convert.FromBase64String(base64Key);
    }

    public string Account => _account;

    public string Sign(StorageRequest request, string escapedAbsolutePath)
    {
        var sb = new StringBuilder(384);
        sb.Append(request.Method.Method).Append('\n');
        if (request.Kind == SignatureKind.Table)
        {
            sb.Append(request.ContentMd5).Append('\n');
            sb.Append(request.ContentType).Append('\n');
            sb.Append(request.GetHeader("x-ms-date")).Append('\n');
            sb.Append('/').Append(_account).Append(escapedAbsolutePath);
            if (request.Query is { } query)
            {
                foreach (var q in query)
                {
                    if (q.Key == "comp")
                    {
                        sb.Append("?comp=").Append(q.Value);
                    }
                }
            }
        }
        else
        {
            sb.Append(request.GetHeader("Content-Encoding")).Append('\n');
            sb.Append(request.GetHeader("Content-Language")).Append('\n');
            var length = request.ContentLength;
            if (length > 0)
            {
                sb.Append(length);
            }

            sb.Append('\n');
            sb.Append(request.ContentMd5).Append('\n');
            sb.Append(request.ContentType).Append('\n');
            sb.Append('\n'); // Date: we send x-ms-date instead
            sb.Append(request.GetHeader("If-Modified-Since")).Append('\n');
            sb.Append(request.GetHeader("If-Match")).Append('\n');
            sb.Append(request.GetHeader("If-None-Match")).Append('\n');
            sb.Append(request.GetHeader("If-Unmodified-Since")).Append('\n');
            sb.Append(request.GetHeader("Range")).Append('\n');
            AppendCanonicalHeaders(sb, request.Headers);
            sb.Append('/').Append(_account).Append(escapedAbsolutePath);
            if (request.Query is { Count: > 0 } query)
            {
                AppendCanonicalQuery(sb, query);
            }
        }

        var text = sb.ToString();
        var byteCount = Encoding.UTF8.GetByteCount(text);
        Span<byte> hash = stackalloc byte[32];
        if (byteCount <= 1024)
        {
            Span<byte> bytes = stackalloc byte[byteCount];
            Encoding.UTF8.GetBytes(text, bytes);
            HMACSHA256.HashData(_key, bytes, hash);
        }
        else
        {
            HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(text), hash);
        }

        return string.Concat("SharedKey ", _account, ":", Convert.ToBase64String(hash));
    }

    private static void AppendCanonicalHeaders(StringBuilder sb, List<KeyValuePair<string, string>> headers)
    {
        // Few headers per request: an insertion sort over an array avoids LINQ and delegates.
        Span<int> order = stackalloc int[headers.Count];
        var n = 0;
        for (var i = 0; i < headers.Count; i++)
        {
            if (headers[i].Key.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
            {
                var j = n++;
                while (j > 0 && string.Compare(headers[order[j - 1]].Key, headers[i].Key, StringComparison.OrdinalIgnoreCase) > 0)
                {
                    order[j] = order[j - 1];
                    j--;
                }

                order[j] = i;
            }
        }

        for (var k = 0; k < n; k++)
        {
            var h = headers[order[k]];
            sb.Append(h.Key.ToLowerInvariant()).Append(':').Append(h.Value.Trim()).Append('\n');
        }
    }

    private static void AppendCanonicalQuery(StringBuilder sb, List<KeyValuePair<string, string>> query)
    {
        var sorted = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var q in query)
        {
            var key = q.Key.ToLowerInvariant();
            sorted[key] = sorted.TryGetValue(key, out var existing) ? existing + "," + q.Value : q.Value;
        }

        foreach (var kv in sorted)
        {
            sb.Append('\n').Append(kv.Key).Append(':').Append(kv.Value);
        }
    }
}
