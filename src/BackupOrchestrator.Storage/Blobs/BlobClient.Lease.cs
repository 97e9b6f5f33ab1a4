using BackupOrchestrator.Storage.Http;

namespace BackupOrchestrator.Storage.Blobs;

/// <summary>Blob leases: an exclusive write lock held by a lease id, 15-60 s or infinite.</summary>
public sealed partial class BlobClient
{
    /// <summary>
    /// Acquires a lease for <paramref name="duration"/> (15-60 s; null: infinite). Fails with 409 LeaseAlreadyPresent
    /// while another holder has it. Re-acquiring with the same <paramref name="proposedLeaseId"/> renews it.
    /// </summary>
    public async Task<BlobLease> AcquireLeaseAsync(TimeSpan? duration, string? proposedLeaseId = null, CancellationToken cancellationToken = default)
    {
        var request = LeaseRequest("acquire");
        request.AddHeader("x-ms-lease-duration", duration is { } d ? HeaderValues.Seconds(d) : "-1");
        request.AddHeaderIfNotNull("x-ms-proposed-lease-id", proposedLeaseId);
        var response = await Pipeline.SendForHeadersAsync(request, cancellationToken).ConfigureAwait(false);
        return new BlobLease(response.Header("x-ms-lease-id") ?? proposedLeaseId ?? string.Empty, response.Header("ETag") ?? string.Empty);
    }

    /// <summary>Renews a held lease (also after it expired, if nobody else took it).</summary>
    public async Task<BlobLease> RenewLeaseAsync(string leaseId, CancellationToken cancellationToken = default)
    {
        var request = LeaseRequest("renew");
        request.AddHeader("x-ms-lease-id", leaseId);
        var response = await Pipeline.SendForHeadersAsync(request, cancellationToken).ConfigureAwait(false);
        return new BlobLease(response.Header("x-ms-lease-id") ?? leaseId, response.Header("ETag") ?? string.Empty);
    }

    /// <summary>Changes the id of a held lease (hand-over without a gap).</summary>
    public async Task<BlobLease> ChangeLeaseAsync(string leaseId, string proposedLeaseId, CancellationToken cancellationToken = default)
    {
        var request = LeaseRequest("change");
        request.AddHeader("x-ms-lease-id", leaseId);
        request.AddHeader("x-ms-proposed-lease-id", proposedLeaseId);
        var response = await Pipeline.SendForHeadersAsync(request, cancellationToken).ConfigureAwait(false);
        return new BlobLease(response.Header("x-ms-lease-id") ?? proposedLeaseId, response.Header("ETag") ?? string.Empty);
    }

    public async Task ReleaseLeaseAsync(string leaseId, CancellationToken cancellationToken = default)
    {
        var request = LeaseRequest("release");
        request.AddHeader("x-ms-lease-id", leaseId);
        await Pipeline.SendForHeadersAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Breaks the lease without its id (for an operator or a crashed holder). Returns the time until it is broken
    /// (zero with <paramref name="breakPeriod"/> = 0: at once).
    /// </summary>
    public async Task<TimeSpan> BreakLeaseAsync(TimeSpan? breakPeriod = null, CancellationToken cancellationToken = default)
    {
        var request = LeaseRequest("break");
        if (breakPeriod is { } p)
        {
            request.AddHeader("x-ms-lease-break-period", HeaderValues.Seconds(p));
        }

        var response = await Pipeline.SendForHeadersAsync(request, cancellationToken).ConfigureAwait(false);
        return TimeSpan.FromSeconds(HeaderValues.ParseLong(response.Header("x-ms-lease-time")));
    }

    private StorageRequest LeaseRequest(string action)
    {
        var request = Request(HttpMethod.Put).AddQuery("comp", "lease");
        request.AddHeader("x-ms-lease-action", action);
        return request;
    }
}
