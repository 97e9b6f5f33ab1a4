using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace BackupOrchestrator.Repository.Targets;

/// <summary>
/// A repository in a blob container (Azurite or a real account), optionally under a name prefix, on the official
/// Azure.Storage.Blobs SDK. Create-only writes carry <c>If-None-Match: *</c>: a small object is one Put Blob, a
/// pack is blocks staged in parallel and one Put Block List, so an object appears whole or not at all. Every
/// upload request carries a transactional checksum (<see cref="BlobTargetOptions.Checksum"/>). The repository
/// lock is a plain object under locks/ (docs/repository-format.md), so no blob leases are taken.
/// </summary>
public sealed class BlobTarget : IRepositoryTarget
{
    private readonly BlobContainerClient _container;
    private readonly BlobConnection? _connection;
    private readonly string _prefix;
    private readonly BlobTargetOptions _options;
    private readonly TimeProvider _time;
    private volatile bool _created;

    /// <param name="connection">The account; its <see cref="BlobConnection.Source"/> is named in messages.</param>
    /// <param name="container">The container; created on the first write when the connection may.</param>
    /// <param name="prefix">Folder-like name prefix inside the container ("" or e.g. "homelab/").</param>
    public BlobTarget(BlobConnection connection, string container, string prefix = "", BlobTargetOptions? options = null, TimeProvider? time = null)
        : this(connection.GetContainerClient(container), prefix, options, connection, time)
    {
    }

    /// <summary>A target on a container client built elsewhere (its options must pin <see cref="BlobConnection.ServiceVersion"/>).</summary>
    public BlobTarget(BlobContainerClient container, string prefix = "", BlobTargetOptions? options = null, BlobConnection? connection = null, TimeProvider? time = null)
    {
        _container = container;
        _connection = connection;
        _prefix = prefix.Length == 0 || prefix.EndsWith('/') ? prefix : prefix + "/";
        _options = options ?? BlobTargetOptions.Default;
        _time = time ?? TimeProvider.System;
    }

    public string Description => $"blob container {_container.Name}{(_prefix.Length > 0 ? "/" + _prefix.TrimEnd('/') : "")} at {_container.Uri.GetLeftPart(UriPartial.Authority)}";

    public int ReadsInFlight => _options.ReadsInFlight;

    public int ReadSpan => _options.ReadSpan;

    public async Task<bool> ExistsAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            return await Blob(name).ExistsAsync(cancellationToken);
        }
        catch (Exception e) when (IsStorageFailure(e))
        {
            throw Translate(e, name, 'r');
        }
    }

    /// <summary>
    /// Create-only. A name that exists already returns true when it holds exactly these bytes (a retried request
    /// whose first attempt landed, or another writer of the same content-named object: idempotent) and false
    /// when it holds other bytes.
    /// </summary>
    public async Task<bool> PutIfAbsentAsync(string name, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken);
        try
        {
            await UploadAsync(name, data, new BlobRequestConditions { IfNoneMatch = ETag.All }, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412 && e.ErrorCode is "BlobAlreadyExists" or "ConditionNotMet")
        {
            // Only on this rare path do we read the object back: the common path costs no extra request.
            var existing = await GetAsync(name, cancellationToken);
            return existing is not null && existing.AsSpan().SequenceEqual(data.Span);
        }
        catch (Exception e) when (IsStorageFailure(e))
        {
            throw Translate(e, name, 'w');
        }
    }

    public async Task PutAsync(string name, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken);
        try
        {
            await UploadAsync(name, data, null, cancellationToken);
        }
        catch (Exception e) when (IsStorageFailure(e))
        {
            throw Translate(e, name, 'w');
        }
    }

    public Task<byte[]?> GetAsync(string name, CancellationToken cancellationToken) =>
        DownloadAsync(name, null, cancellationToken);

    public async Task<byte[]?> GetRangeAsync(string name, long offset, int length, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        return await DownloadAsync(name, new HttpRange(offset, length), cancellationToken);
    }

    /// <summary>Reads the range straight into <paramref name="destination"/> (a pooled chunk buffer): no array per chunk.</summary>
    public async ValueTask<int> ReadRangeAsync(string name, long offset, Memory<byte> destination, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        if (destination.IsEmpty)
        {
            return 0;
        }
        try
        {
            var options = new BlobDownloadOptions { Range = new HttpRange(offset, destination.Length) };
            using var response = (await Blob(name).DownloadStreamingAsync(options, cancellationToken)).Value;
            int length = checked((int)Math.Min(response.Details.ContentLength, destination.Length));
            await response.Content.ReadExactlyAsync(destination[..length], cancellationToken);
            return length;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return -1;
        }
        catch (RequestFailedException e) when (e.Status == 416)
        {
            return 0; // the range starts past the end: the blob is shorter than expected
        }
        catch (Exception e) when (IsStorageFailure(e))
        {
            throw Translate(e, name, 'r');
        }
    }

    public async IAsyncEnumerable<TargetObject> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pages = _container.GetBlobsAsync(BlobTraits.None, BlobStates.None, _prefix + prefix, cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                bool more;
                try
                {
                    more = await pages.MoveNextAsync();
                }
                catch (RequestFailedException e) when (e.Status == 404)
                {
                    yield break; // no container yet: an empty repository
                }
                catch (Exception e) when (IsStorageFailure(e))
                {
                    throw Translate(e, prefix + "*", 'l');
                }
                if (!more)
                {
                    yield break;
                }
                var item = pages.Current;
                yield return new TargetObject(item.Name[_prefix.Length..], item.Properties.ContentLength ?? 0, item.Properties.LastModified ?? DateTimeOffset.MinValue);
            }
        }
        finally
        {
            await pages.DisposeAsync();
        }
    }

    public async Task DeleteAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            await Blob(name).DeleteIfExistsAsync(DeleteSnapshotsOption.None, null, cancellationToken);
        }
        catch (Exception e) when (IsStorageFailure(e))
        {
            throw Translate(e, name, 'd');
        }
    }

    /// <summary>A blob is durable once its upload has returned; nothing to do.</summary>
    public Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private BlockBlobClient Blob(string name) => _container.GetBlockBlobClient(_prefix + name);

    private async Task UploadAsync(string name, ReadOnlyMemory<byte> data, BlobRequestConditions? conditions, CancellationToken cancellationToken)
    {
        var options = new BlobUploadOptions
        {
            Conditions = conditions,
            TransferOptions = new StorageTransferOptions
            {
                InitialTransferSize = _options.SingleUploadLimit,
                MaximumTransferSize = _options.BlockSize,
                MaximumConcurrency = _options.BlocksInFlight,
            },
            TransferValidation = new UploadTransferValidationOptions { ChecksumAlgorithm = _options.Checksum },
        };
        await _container.GetBlobClient(_prefix + name).UploadAsync(BinaryData.FromBytes(data), options, cancellationToken);
    }

    private async Task<byte[]?> DownloadAsync(string name, HttpRange? range, CancellationToken cancellationToken)
    {
        try
        {
            var options = range is { } r ? new BlobDownloadOptions { Range = r } : null;
            using var response = (await Blob(name).DownloadStreamingAsync(options, cancellationToken)).Value;
            // Read straight into an array of the response's length: no growing buffer, no second copy.
            var bytes = GC.AllocateUninitializedArray<byte>(checked((int)response.Details.ContentLength));
            await response.Content.ReadExactlyAsync(bytes, cancellationToken);
            return bytes;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
        catch (RequestFailedException e) when (e.Status == 416)
        {
            return []; // the range starts past the end: the blob is shorter than expected
        }
        catch (Exception e) when (IsStorageFailure(e))
        {
            throw Translate(e, name, 'r');
        }
    }

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (_created)
        {
            return;
        }
        try
        {
            await _container.CreateIfNotExistsAsync(PublicAccessType.None, null, null, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 403)
        {
            // A container SAS may not create containers; the container then has to exist, and if it does not,
            // or the credentials are wrong, the write that follows says so.
        }
        catch (Exception e) when (IsStorageFailure(e))
        {
            throw Translate(e, "the container", 'w');
        }
        _created = true;
    }

    private static bool IsStorageFailure(Exception e) => e is RequestFailedException or AggregateException;

    private RepositoryException Translate(Exception failure, string name, char permission) =>
        BlobFailure.Translate(failure, Description, name, permission, _connection, _time.GetUtcNow());
}
