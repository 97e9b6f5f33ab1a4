using System.Runtime.CompilerServices;
using BackupOrchestrator.Storage;
using BackupOrchestrator.Storage.Blobs;

namespace BackupOrchestrator.Repository.Targets;

/// <summary>
/// A repository in a blob container (Azurite or a real account), optionally under a name prefix.
/// Create-only writes are one Put Blob with <c>If-None-Match: *</c>: atomic (a blob appears whole or
/// not at all) and idempotent (409 BlobAlreadyExists means someone stored it first).
/// </summary>
public sealed class BlobTarget : IRepositoryTarget
{
    private readonly BlobContainerClient _container;
    private readonly string _prefix;
    private bool _created;

    /// <param name="prefix">Folder-like name prefix inside the container ("" or e.g. "homelab/").</param>
    public BlobTarget(BlobContainerClient container, string prefix = "")
    {
        _container = container;
        _prefix = prefix.Length == 0 || prefix.EndsWith('/') ? prefix : prefix + "/";
    }

    public string Description => $"blob container {_container.Name}{(_prefix.Length > 0 ? "/" + _prefix.TrimEnd('/') : "")} at {_container.Endpoint.GetLeftPart(UriPartial.Authority)}";

    public async Task<bool> ExistsAsync(string name, CancellationToken cancellationToken) =>
        await Call(name, () => _container.GetBlobClient(_prefix + name).ExistsAsync(cancellationToken));

    public async Task<bool> PutIfAbsentAsync(string name, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken);
        try
        {
            await _container.GetBlobClient(_prefix + name).UploadAsync(data, new BlobUploadOptions { Conditions = BlobRequestConditions.CreateOnly }, cancellationToken);
            return true;
        }
        catch (StorageRequestException e) when (e.IsConflict || e.Status == 412)
        {
            return false;
        }
        catch (StorageRequestException e)
        {
            throw Translate(e, name);
        }
    }

    public async Task PutAsync(string name, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken);
        await Call(name, () => _container.GetBlobClient(_prefix + name).UploadAsync(data, null, cancellationToken));
    }

    public async Task<byte[]?> GetAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var (content, _) = await _container.GetBlobClient(_prefix + name).DownloadContentAsync(null, null, cancellationToken);
            return content;
        }
        catch (StorageRequestException e) when (e.IsNotFound)
        {
            return null;
        }
        catch (StorageRequestException e)
        {
            throw Translate(e, name);
        }
    }

    public async Task<byte[]?> GetRangeAsync(string name, long offset, int length, CancellationToken cancellationToken)
    {
        try
        {
            var (content, _) = await _container.GetBlobClient(_prefix + name).DownloadContentAsync(new BlobRange(offset, length), null, cancellationToken);
            return content.Length <= length ? content : content[..length];
        }
        catch (StorageRequestException e) when (e.IsNotFound)
        {
            return null;
        }
        catch (StorageRequestException e) when (e.Status == 416)
        {
            return []; // the range starts past the end: the blob is shorter than expected
        }
        catch (StorageRequestException e)
        {
            throw Translate(e, name);
        }
    }

    public async IAsyncEnumerable<TargetObject> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var enumerator = _container.GetBlobsAsync(_prefix + prefix, false, cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                bool more;
                try
                {
                    more = await enumerator.MoveNextAsync();
                }
                catch (StorageRequestException e) when (e.IsNotFound)
                {
                    yield break;
                }
                catch (StorageRequestException e)
                {
                    throw Translate(e, prefix);
                }
                if (!more)
                {
                    yield break;
                }
                var item = enumerator.Current;
                yield return new TargetObject(item.Name[_prefix.Length..], item.Properties.ContentLength, item.Properties.LastModified);
            }
        }
        finally
        {
            await enumerator.DisposeAsync();
        }
    }

    public async Task DeleteAsync(string name, CancellationToken cancellationToken) =>
        await Call(name, () => _container.GetBlobClient(_prefix + name).DeleteIfExistsAsync(null, cancellationToken));

    /// <summary>A blob is durable once its upload has returned; nothing to do.</summary>
    public Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (!_created)
        {
            await Call("", () => _container.CreateIfNotExistsAsync(cancellationToken));
            _created = true;
        }
    }

    private async Task<T> Call<T>(string name, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (StorageRequestException e)
        {
            throw Translate(e, name);
        }
    }

    private RepositoryException Translate(StorageRequestException e, string name) =>
        e.ErrorCode is "InsufficientAccountResources" or "AccountIsDisabled" || e.Status == 507
            ? new TargetFullException($"The {Description} refused {name}: {e.Message}. Free space or prune old snapshots; no snapshot was recorded for this run.", e)
            : new RepositoryException($"The {Description} failed on {name}: {e.Message}", e);
}
