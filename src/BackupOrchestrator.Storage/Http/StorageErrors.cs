using System.Net.Http.Headers;
using System.Text.Json;
using System.Xml;

namespace BackupOrchestrator.Storage.Http;

/// <summary>Turns an error response (XML for blob/queue, JSON for table, headers only for HEAD) into a readable exception.</summary>
internal static class StorageErrors
{
    public static string? RawHeader(HttpHeaders headers, string name) =>
        headers.NonValidated.TryGetValues(name, out var values) ? values.ToString() : null;

    public static string? HeaderCode(HttpResponseMessage response) => RawHeader(response.Headers, "x-ms-error-code");

    public static async Task<StorageRequestException> CreateAsync(HttpResponseMessage response, StorageRequest request, string account, int attempts, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var code = HeaderCode(response);
        string? serviceMessage = null;
        string body;
        try
        {
            body = response.Content is null ? string.Empty : await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            body = string.Empty;
        }

        ParseBody(body, ref code, ref serviceMessage);
        code ??= response.ReasonPhrase ?? status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var requestId = RawHeader(response.Headers, "x-ms-request-id");
        var message = Describe(status, code, serviceMessage, request, account, attempts, requestId);
        return new StorageRequestException(status, code, requestId, message);
    }

    internal static void ParseBody(string body, ref string? code, ref string? message)
    {
        var trimmed = body.AsSpan().TrimStart();
        if (trimmed.IsEmpty)
        {
            return;
        }

        try
        {
            if (trimmed[0] == '{')
            {
                using var doc = JsonDocument.Parse(body);
                if (doc.RootElement.TryGetProperty("odata.error", out var err) || doc.RootElement.TryGetProperty("error", out err))
                {
                    if (err.TryGetProperty("code", out var c))
                    {
                        code ??= c.GetString();
                    }

                    if (err.TryGetProperty("message", out var m))
                    {
                        message = m.ValueKind == JsonValueKind.Object && m.TryGetProperty("value", out var v) ? v.GetString() : m.ToString();
                    }
                }
            }
            else if (trimmed[0] == '<')
            {
                using var reader = XmlReader.Create(new StringReader(body), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
                while (reader.Read())
                {
                    if (reader.NodeType == XmlNodeType.Element && reader.Name == "Code")
                    {
                        code ??= reader.ReadElementContentAsString();
                    }

                    if (reader.NodeType == XmlNodeType.Element && reader.Name == "Message")
                    {
                        message = reader.ReadElementContentAsString();
                    }
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or XmlException)
        {
            message = body.Length > 300 ? body[..300] : body;
        }
    }

    private static string Describe(int status, string code, string? serviceMessage, StorageRequest request, string account, int attempts, string? requestId)
    {
        // The service's message repeats RequestId/Time on extra lines; its first line is the useful part.
        var first = serviceMessage?.Split('\n', 2)[0].Trim();
        var what = $"{request.Method.Method} {request.Resource}";
        var tail = $" [status {status}, code {code}{(requestId is null ? string.Empty : ", request id " + requestId)}{(attempts > 1 ? $", {attempts} attempts" : string.Empty)}]";
        if (status == 403 && code is "AuthenticationFailed" or "AuthorizationFailure" or "InvalidAuthenticationInfo" || status == 403 && first is null)
        {
            return $"Storage authentication failed for account '{account}' ({what}): the service rejected the request signature. " +
                   "Check that AccountKey in the connection string (e.g. AzureWebJobsStorage) is the current key of this account." + tail;
        }

        var hint = code switch
        {
            "ConditionNotMet" or "UpdateConditionNotSatisfied" => " The ETag is stale: someone changed it since you read it; read it again and retry.",
            "BlobAlreadyExists" or "EntityAlreadyExists" or "ContainerAlreadyExists" or "QueueAlreadyExists" or "TableAlreadyExists" => " It already exists.",
            "LeaseAlreadyPresent" or "LeaseIdMismatchWithLeaseOperation" or "LeaseIdMissing" or "LeaseIdMismatchWithBlobOperation" => " The blob is leased by another holder; wait for the lease to expire or break it.",
            "ContainerNotFound" or "BlobNotFound" or "QueueNotFound" or "TableNotFound" or "ResourceNotFound" or "MessageNotFound" => " It does not exist (create it first, or it was deleted).",
            "InvalidHeaderValue" when request.GetHeader("x-ms-version") is { } v => $" The service may not accept x-ms-version {v}.",
            _ => string.Empty,
        };
        return $"Storage {what} for account '{account}' failed: {(first ?? code)}.{hint}{tail}";
    }
}
