using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using BackupOrchestrator.Storage.Http;

namespace BackupOrchestrator.Storage.Tables;

/// <summary>
/// Entity group transactions: up to 100 operations on one partition, applied all or none. The request is a
/// multipart/mixed batch holding one changeset of HTTP sub-requests; the response mirrors it.
/// </summary>
public sealed partial class TableClient
{
    public const int MaxTransactionActions = 100;

    /// <summary>
    /// Applies all <paramref name="actions"/> atomically. If one fails, none is applied and a
    /// <see cref="StorageRequestException"/> names the failing action (<see cref="StorageRequestException.FailedOperationIndex"/>).
    /// Returns the new ETag of each action (null for deletes).
    /// </summary>
    public async Task<IReadOnlyList<string?>> SubmitTransactionAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.Count == 0)
        {
            return Array.Empty<string?>();
        }

        if (actions.Count > MaxTransactionActions)
        {
            throw new ArgumentException($"A table transaction holds at most {MaxTransactionActions} actions; got {actions.Count}. Split it into several transactions.", nameof(actions));
        }

        var partition = actions[0].Entity.PartitionKey;
        for (var i = 1; i < actions.Count; i++)
        {
            if (!string.Equals(actions[i].Entity.PartitionKey, partition, StringComparison.Ordinal))
            {
                throw new ArgumentException($"All actions of a table transaction must share one PartitionKey: action 0 has '{partition}', action {i} has '{actions[i].Entity.PartitionKey}'.", nameof(actions));
            }
        }

        var batchId = "batch_" + Guid.NewGuid().ToString("D");
        var changesetId = "changeset_" + Guid.NewGuid().ToString("D");
        var request = Request(HttpMethod.Post, "/$batch");
        request.ContentType = "multipart/mixed; boundary=" + batchId;
        request.Body = BuildBatchBody(actions, batchId, changesetId);
        using var response = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return ParseBatchResponse(text, actions.Count, StorageErrors.RawHeader(response.Headers, "x-ms-request-id"));
    }

    private byte[] BuildBatchBody(IReadOnlyList<TableTransactionAction> actions, string batchId, string changesetId)
    {
        var baseUri = Endpoint.GetLeftPart(UriPartial.Path).TrimEnd('/');
        var sb = new StringBuilder(256 + (actions.Count * 512));
        sb.Append("--").Append(batchId).Append("\r\n");
        sb.Append("Content-Type: multipart/mixed; boundary=").Append(changesetId).Append("\r\n\r\n");
        var json = new ArrayBufferWriter<byte>(512);
        for (var i = 0; i < actions.Count; i++)
        {
            var action = actions[i];
            var entity = action.Entity;
            sb.Append("--").Append(changesetId).Append("\r\n");
            sb.Append("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n");
            var (method, path, ifMatch, hasBody) = action.ActionType switch
            {
                TableTransactionActionType.Add => ("POST", "/" + Uri.EscapeDataString(Name), null, true),
                TableTransactionActionType.UpsertReplace => ("PUT", EntityPath(entity.PartitionKey, entity.RowKey), null, true),
                TableTransactionActionType.UpsertMerge => ("MERGE", EntityPath(entity.PartitionKey, entity.RowKey), null, true),
                TableTransactionActionType.UpdateReplace => ("PUT", EntityPath(entity.PartitionKey, entity.RowKey), action.IfMatch ?? entity.ETag ?? "*", true),
                TableTransactionActionType.UpdateMerge => ("MERGE", EntityPath(entity.PartitionKey, entity.RowKey), action.IfMatch ?? entity.ETag ?? "*", true),
                TableTransactionActionType.Delete => ("DELETE", EntityPath(entity.PartitionKey, entity.RowKey), action.IfMatch ?? entity.ETag ?? "*", false),
                _ => throw new ArgumentOutOfRangeException(nameof(actions), action.ActionType, "Unknown table transaction action."),
            };
            sb.Append(method).Append(' ').Append(baseUri).Append(path).Append(" HTTP/1.1\r\n");
            sb.Append("Accept: ").Append(AcceptMinimal).Append("\r\n");
            sb.Append("DataServiceVersion: 3.0\r\n");
            sb.Append("Content-ID: ").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
            if (ifMatch is not null)
            {
                sb.Append("If-Match: ").Append(ifMatch).Append("\r\n");
            }

            if (hasBody)
            {
                if (method == "POST")
                {
                    sb.Append("Prefer: return-no-content\r\n");
                }

                json.ResetWrittenCount();
                using (var writer = new Utf8JsonWriter(json))
                {
                    TableEntityJson.Write(writer, entity);
                }

                sb.Append("Content-Type: application/json\r\n\r\n");
                sb.Append(Encoding.UTF8.GetString(json.WrittenSpan)).Append("\r\n");
            }
            else
            {
                sb.Append("\r\n");
            }
        }

        sb.Append("--").Append(changesetId).Append("--\r\n");
        sb.Append("--").Append(batchId).Append("--\r\n");
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    /// <summary>
    /// Reads the sub-responses ("HTTP/1.1 204 No Content", headers, optional JSON) in order. A failed transaction
    /// answers with a single sub-response carrying the error; its message starts with the failing index ("3:...").
    /// </summary>
    private IReadOnlyList<string?> ParseBatchResponse(string text, int count, string? requestId)
    {
        var etags = new string?[count];
        var index = 0;
        var position = 0;
        while (true)
        {
            var statusAt = text.IndexOf("HTTP/1.1 ", position, StringComparison.Ordinal);
            if (statusAt < 0)
            {
                break;
            }

            var lineEnd = text.IndexOf('\n', statusAt);
            var statusLine = text[(statusAt + 9)..(lineEnd < 0 ? text.Length : lineEnd)].Trim();
            var status = int.Parse(statusLine.AsSpan(0, 3), CultureInfo.InvariantCulture);
            var next = text.IndexOf("HTTP/1.1 ", statusAt + 9, StringComparison.Ordinal);
            var part = text[statusAt..(next < 0 ? text.Length : next)];
            if (status >= 300)
            {
                string? code = null;
                string? message = null;
                var jsonStart = part.IndexOf('{', StringComparison.Ordinal);
                if (jsonStart >= 0)
                {
                    var jsonEnd = part.LastIndexOf('}');
                    StorageErrors.ParseBody(part[jsonStart..(jsonEnd + 1)], ref code, ref message);
                }

                var failed = index;
                var firstLine = message?.Split('\n', 2)[0].Trim();
                if (firstLine is not null)
                {
                    var colon = firstLine.IndexOf(':', StringComparison.Ordinal);
                    if (colon > 0 && int.TryParse(firstLine.AsSpan(0, colon), NumberStyles.Integer, CultureInfo.InvariantCulture, out var reported))
                    {
                        failed = reported;
                        firstLine = firstLine[(colon + 1)..].Trim();
                    }
                }

                code ??= status.ToString(CultureInfo.InvariantCulture);
                throw new StorageRequestException(
                    status,
                    code,
                    requestId,
                    $"Storage table '{Name}' transaction of {count} actions failed as a whole (nothing was applied): action {failed} answered {status} {code}: {firstLine}. [request id {requestId}]")
                {
                    FailedOperationIndex = failed,
                };
            }

            if (index < count)
            {
                etags[index] = HeaderInPart(part, "ETag");
            }

            index++;
            position = statusAt + 9;
        }

        return etags;
    }

    private static string? HeaderInPart(string part, string name)
    {
        foreach (var line in part.Split('\n'))
        {
            if (line.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
            {
                return line[(name.Length + 1)..].Trim();
            }

            if (line.Trim().Length == 0)
            {
                break;
            }
        }

        return null;
    }
}
