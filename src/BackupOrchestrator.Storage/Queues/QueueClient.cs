using System.Globalization;
using System.Security;
using System.Text;
using System.Xml;
using BackupOrchestrator.Storage.Http;

namespace BackupOrchestrator.Storage.Queues;

/// <summary>
/// One queue. Delivery is at-least-once: a received message stays hidden for its visibility timeout and comes back
/// (DequeueCount + 1) unless deleted with its pop receipt. Message text is sent as is (XML-escaped); it must be
/// valid XML character data, so encode binary payloads (e.g. base64) yourself. Max 64 KiB.
/// </summary>
public sealed class QueueClient
{
    private static readonly XmlReaderSettings ReaderSettings = new() { IgnoreWhitespace = true, DtdProcessing = DtdProcessing.Prohibit };
    private readonly StoragePipeline _pipeline;
    private readonly string _path;
    private readonly string _messagesPath;

    internal QueueClient(StoragePipeline pipeline, Uri endpoint, string name)
    {
        _pipeline = pipeline;
        Endpoint = endpoint;
        Name = name;
        _path = "/" + Uri.EscapeDataString(name);
        _messagesPath = _path + "/messages";
    }

    public string Name { get; }

    public Uri Endpoint { get; }

    public async Task CreateAsync(CancellationToken cancellationToken = default)
    {
        await _pipeline.SendForHeadersAsync(Request(HttpMethod.Put, _path), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates the queue unless it exists; true when this call created it.</summary>
    public async Task<bool> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        var request = Request(HttpMethod.Put, _path);
        request.ToleratedStatus = 409;
        var response = await _pipeline.SendForHeadersAsync(request, cancellationToken).ConfigureAwait(false);
        return response.Status == 201;
    }

    public async Task DeleteAsync(CancellationToken cancellationToken = default)
    {
        await _pipeline.SendForHeadersAsync(Request(HttpMethod.Delete, _path), cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> DeleteIfExistsAsync(CancellationToken cancellationToken = default)
    {
        var request = Request(HttpMethod.Delete, _path);
        request.ToleratedStatus = 404;
        var response = await _pipeline.SendForHeadersAsync(request, cancellationToken).ConfigureAwait(false);
        return response.Status != 404;
    }

    public async Task<bool> ExistsAsync(CancellationToken cancellationToken = default)
    {
        var request = Request(HttpMethod.Get, _path).AddQuery("comp", "metadata");
        request.ToleratedStatus = 404;
        var response = await _pipeline.SendForHeadersAsync(request, cancellationToken).ConfigureAwait(false);
        return response.Status != 404;
    }

    /// <summary>The service's approximate number of messages (visible and invisible, not yet expired).</summary>
    public async Task<int> GetApproximateMessageCountAsync(CancellationToken cancellationToken = default)
    {
        var request = Request(HttpMethod.Get, _path).AddQuery("comp", "metadata");
        var response = await _pipeline.SendForHeadersAsync(request, cancellationToken).ConfigureAwait(false);
        return (int)HeaderValues.ParseLong(response.Header("x-ms-approximate-messages-count"));
    }

    /// <summary>
    /// Puts a message. <paramref name="visibilityDelay"/> hides it at first (0-7 days); <paramref name="timeToLive"/>
    /// drops it unread after that time (default 7 days; <see cref="Timeout.InfiniteTimeSpan"/>: never).
    /// </summary>
    public async Task<SendReceipt> SendMessageAsync(string messageText, TimeSpan? visibilityDelay = null, TimeSpan? timeToLive = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messageText);
        var request = Request(HttpMethod.Post, _messagesPath);
        if (visibilityDelay is { } delay && delay > TimeSpan.Zero)
        {
            request.AddQuery("visibilitytimeout", HeaderValues.Seconds(delay));
        }

        if (timeToLive is { } ttl)
        {
            request.AddQuery("messagettl", ttl == Timeout.InfiniteTimeSpan ? "-1" : HeaderValues.Seconds(ttl));
        }

        request.Body = MessageBody(messageText);
        using var response = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var messages = Parse(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false));
        var m = messages.Count > 0 ? messages[0] : throw new StorageRequestException($"Queue '{Name}': the service accepted a message but returned no receipt.");
        return new SendReceipt(m.MessageId, m.PopReceipt, m.InsertedOn, m.ExpiresOn, m.NextVisibleOn);
    }

    /// <summary>Gets up to <paramref name="maxMessages"/> (1-32) visible messages and hides them for <paramref name="visibilityTimeout"/> (default 30 s).</summary>
    public async Task<IReadOnlyList<QueueMessage>> ReceiveMessagesAsync(int maxMessages = 1, TimeSpan? visibilityTimeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxMessages, 32);
        var request = Request(HttpMethod.Get, _messagesPath).AddQuery("numofmessages", maxMessages.ToString(CultureInfo.InvariantCulture));
        if (visibilityTimeout is { } vt)
        {
            request.AddQuery("visibilitytimeout", HeaderValues.Seconds(vt));
        }

        using var response = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return Parse(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Looks at up to <paramref name="maxMessages"/> visible messages without hiding them.</summary>
    public async Task<IReadOnlyList<PeekedMessage>> PeekMessagesAsync(int maxMessages = 1, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxMessages, 32);
        var request = Request(HttpMethod.Get, _messagesPath).AddQuery("peekonly", "true").AddQuery("numofmessages", maxMessages.ToString(CultureInfo.InvariantCulture));
        using var response = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var messages = Parse(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false));
        var result = new PeekedMessage[messages.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var m = messages[i];
            result[i] = new PeekedMessage(m.MessageId, m.MessageText, m.DequeueCount, m.InsertedOn, m.ExpiresOn);
        }

        return result;
    }

    /// <summary>
    /// Hides a received message for <paramref name="visibilityTimeout"/> from now (extends or shortens its lease) and,
    /// when <paramref name="messageText"/> is given, replaces its text. Returns the new pop receipt.
    /// </summary>
    public async Task<UpdateReceipt> UpdateMessageAsync(string messageId, string popReceipt, string? messageText, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default)
    {
        var request = Request(HttpMethod.Put, _messagesPath + "/" + Uri.EscapeDataString(messageId))
            .AddQuery("popreceipt", popReceipt)
            .AddQuery("visibilitytimeout", HeaderValues.Seconds(visibilityTimeout));
        if (messageText is not null)
        {
            request.Body = MessageBody(messageText);
        }

        var response = await _pipeline.SendForHeadersAsync(request, cancellationToken).ConfigureAwait(false);
        return new UpdateReceipt(response.Header("x-ms-popreceipt") ?? string.Empty, HeaderValues.ParseDate(response.Header("x-ms-time-next-visible")));
    }

    /// <summary>Deletes a received message; 404 when the pop receipt is stale (someone else received it since).</summary>
    public async Task DeleteMessageAsync(string messageId, string popReceipt, CancellationToken cancellationToken = default)
    {
        var request = Request(HttpMethod.Delete, _messagesPath + "/" + Uri.EscapeDataString(messageId)).AddQuery("popreceipt", popReceipt);
        await _pipeline.SendForHeadersAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes every message in the queue.</summary>
    public async Task ClearMessagesAsync(CancellationToken cancellationToken = default)
    {
        await _pipeline.SendForHeadersAsync(Request(HttpMethod.Delete, _messagesPath), cancellationToken).ConfigureAwait(false);
    }

    private StorageRequest Request(HttpMethod method, string path) =>
        new(method, Endpoint, path, SignatureKind.BlobQueue) { Resource = $"queue '{Name}'" };

    private static byte[] MessageBody(string text) =>
        Encoding.UTF8.GetBytes("<QueueMessage><MessageText>" + SecurityElement.Escape(text) + "</MessageText></QueueMessage>");

    private static List<QueueMessage> Parse(Stream xml)
    {
        var list = new List<QueueMessage>();
        using var reader = XmlReader.Create(xml, ReaderSettings);
        string id = string.Empty, pop = string.Empty, text = string.Empty;
        long dequeue = 0;
        DateTimeOffset inserted = default, expires = default, visible = default;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.Name == "QueueMessage")
            {
                list.Add(new QueueMessage(id, pop, text, dequeue, inserted, expires, visible));
                id = pop = text = string.Empty;
                dequeue = 0;
                continue;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            // ReadElementContentAsString moves past the end tag; step back into the loop without another Read.
            while (reader.NodeType == XmlNodeType.Element)
            {
                switch (reader.Name)
                {
                    case "MessageId": id = reader.ReadElementContentAsString(); break;
                    case "PopReceipt": pop = reader.ReadElementContentAsString(); break;
                    case "MessageText": text = reader.ReadElementContentAsString(); break;
                    case "DequeueCount": dequeue = HeaderValues.ParseLong(reader.ReadElementContentAsString()); break;
                    case "InsertionTime": inserted = HeaderValues.ParseDate(reader.ReadElementContentAsString()); break;
                    case "ExpirationTime": expires = HeaderValues.ParseDate(reader.ReadElementContentAsString()); break;
                    case "TimeNextVisible": visible = HeaderValues.ParseDate(reader.ReadElementContentAsString()); break;
                    default: reader.Read(); break;
                }
            }

            if (reader.NodeType == XmlNodeType.EndElement && reader.Name == "QueueMessage")
            {
                list.Add(new QueueMessage(id, pop, text, dequeue, inserted, expires, visible));
                id = pop = text = string.Empty;
                dequeue = 0;
            }
        }

        return list;
    }
}
