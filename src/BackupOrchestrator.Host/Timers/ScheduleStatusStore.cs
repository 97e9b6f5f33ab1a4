using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure;
using Azure.Storage.Blobs;

namespace BackupOrchestrator.Host.Timers;

/// <summary>A timer's last and next occurrence, as the Functions host's ScheduleMonitor records them.</summary>
public sealed record TimerStatus(DateTimeOffset Last, DateTimeOffset Next, DateTimeOffset LastUpdated);

/// <summary>
/// Keeps timer status where the Functions host keeps it (<c>azure-webjobs-hosts/timers/{hostId}/{FunctionFullName}/status</c>,
/// JSON with Last, Next and LastUpdated), so a window missed while no host ran is seen at the next start, by this
/// host or by the Functions host on the same account.
/// </summary>
public sealed class ScheduleStatusStore(BlobServiceClient service, string hostId)
{
    public const string Container = "azure-webjobs-hosts";

    private readonly BlobContainerClient _container = service.GetBlobContainerClient(Container);

    public static string BlobName(string hostId, string functionFullName) => $"timers/{hostId}/{functionFullName}/status";

    public async Task<TimerStatus?> GetAsync(string functionFullName, CancellationToken cancellationToken)
    {
        try
        {
            var content = await _container.GetBlobClient(BlobName(hostId, functionFullName)).DownloadContentAsync(cancellationToken);
            var json = JsonNode.Parse(content.Value.Content.ToString()) as JsonObject;
            return json is null ? null : new TimerStatus(Read(json, "Last"), Read(json, "Next"), Read(json, "LastUpdated"));
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            // An unreadable status is treated as none (the Functions host does the same): no past-due run from it.
            return null;
        }
    }

    public async Task SetAsync(string functionFullName, TimerStatus status, CancellationToken cancellationToken)
    {
        var json = new JsonObject
        {
            ["Last"] = Write(status.Last),
            ["Next"] = Write(status.Next),
            ["LastUpdated"] = Write(status.LastUpdated),
        };
        var blob = _container.GetBlobClient(BlobName(hostId, functionFullName));
        try
        {
            await blob.UploadAsync(BinaryData.FromString(json.ToJsonString()), overwrite: true, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            await blob.UploadAsync(BinaryData.FromString(json.ToJsonString()), overwrite: true, cancellationToken);
        }
    }

    private static DateTimeOffset Read(JsonObject json, string name)
    {
        var text = json[name]?.GetValue<string>();
        return text is null ? default : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
    }

    private static string Write(DateTimeOffset value) => value.ToString("o", CultureInfo.InvariantCulture);
}
