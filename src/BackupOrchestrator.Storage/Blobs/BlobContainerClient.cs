using System.Globalization;
using System.Runtime.CompilerServices;
using System.Xml;
using BackupOrchestrator.Storage.Http;

namespace BackupOrchestrator.Storage.Blobs;

/// <summary>A blob container: create/delete, list by prefix with paging, and clients for its blobs.</summary>
public sealed class BlobContainerClient
{
    private readonly StoragePipeline _pipeline;

    internal BlobContainerClient(StoragePipeline pipeline, Uri endpoint, string name)
    {
        _pipeline = pipeline;
        Endpoint = endpoint;
        Name = name;
    }

    public string Name { get; }

    public Uri Endpoint { get; }

    internal StoragePipeline Pipeline => _pipeline;

    public BlobClient GetBlobClient(string blobName)
    {
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        return new BlobClient(this, blobName);
    }

    /// <summary>Creates the container; 409 ContainerAlreadyExists when it exists.</summary>
    public async Task CreateAsync(CancellationToken cancellationToken = default)
    {
        await _pipeline.SendForHeadersAsync(Request(HttpMethod.Put), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates the container unless it exists; true when this call created it.</summary>
    public async Task<bool> CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        var request = Request(HttpMethod.Put);
        request.ToleratedStatus = 409;
        var response = await _pipeline.SendForHeadersAsync(request, cancellationToken).ConfigureAwait(false);
        return response.Status != 409;
    }

    public async Task DeleteAsync(CancellationToken cancellationToken = default)
    {
        await _pipeline.SendForHeadersAsync(Request(HttpMethod.Delete), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes the container if it exists; true when it did.</summary>
    public async Task<bool> DeleteIfExistsAsync(CancellationToken cancellationToken = default)
    {
        var request = Request(HttpMethod.Delete);
        request.ToleratedStatus = 404;
        var response = await _pipeline.SendForHeadersAsync(request, cancellationToken).ConfigureAwait(false);
        return response.Status != 404;
    }

    public async Task<bool> ExistsAsync(CancellationToken cancellationToken = default)
    {
        var request = Request(HttpMethod.Head);
        request.ToleratedStatus = 404;
        var response = await _pipeline.SendForHeadersAsync(request, cancellationToken).ConfigureAwait(false);
        return response.Status != 404;
    }

    /// <summary>
    /// One page of blobs whose names start with <paramref name="prefix"/>, in name order. With a
    /// <paramref name="delimiter"/> (e.g. "/"), names below the next delimiter are folded into <see cref="BlobPage.Prefixes"/>.
    /// </summary>
    public async Task<BlobPage> ListBlobsAsync(string? prefix = null, string? marker = null, int? pageSize = null, string? delimiter = null, bool includeMetadata = false, CancellationToken cancellationToken = default)
    {
        var request = Request(HttpMethod.Get).AddQuery("comp", "list");
        if (!string.IsNullOrEmpty(prefix))
        {
            request.AddQuery("prefix", prefix);
        }

        if (!string.IsNullOrEmpty(marker))
        {
            request.AddQuery("marker", marker);
        }

        if (pageSize is { } size)
        {
            request.AddQuery("maxresults", size.ToString(CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(delimiter))
        {
            request.AddQuery("delimiter", delimiter);
        }

        if (includeMetadata)
        {
            request.AddQuery("include", "metadata");
        }

        using var response = await _pipeline.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return ParseListing(stream);
    }

    /// <summary>All blobs under <paramref name="prefix"/>, fetching pages as the caller enumerates.</summary>
    public async IAsyncEnumerable<BlobItem> GetBlobsAsync(string? prefix = null, bool includeMetadata = false, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? marker = null;
        do
        {
            var page = await ListBlobsAsync(prefix, marker, null, null, includeMetadata, cancellationToken).ConfigureAwait(false);
            foreach (var blob in page.Blobs)
            {
                yield return blob;
            }

            marker = page.NextMarker;
        }
        while (!string.IsNullOrEmpty(marker));
    }

    internal StorageRequest Request(HttpMethod method)
    {
        var request = new StorageRequest(method, Endpoint, "/" + Uri.EscapeDataString(Name), SignatureKind.BlobQueue)
        {
            Resource = $"container '{Name}'",
        };
        request.AddQuery("restype", "container");
        return request;
    }

    private static BlobPage ParseListing(Stream xml)
    {
        var blobs = new List<BlobItem>();
        var prefixes = new List<string>();
        string? next = null;
        using var reader = XmlReader.Create(xml, new XmlReaderSettings { IgnoreWhitespace = true, DtdProcessing = DtdProcessing.Prohibit });
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.Name)
            {
                case "Blob":
                    blobs.Add(ReadBlob(reader.ReadSubtree()));
                    break;
                case "BlobPrefix":
                    using (var sub = reader.ReadSubtree())
                    {
                        while (sub.Read())
                        {
                            if (sub.NodeType == XmlNodeType.Element && sub.Name == "Name")
                            {
                                prefixes.Add(sub.ReadElementContentAsString());
                            }
                        }
                    }

                    break;
                case "NextMarker":
                    next = reader.ReadElementContentAsString();
                    break;
            }
        }

        return new BlobPage(blobs, prefixes, string.IsNullOrEmpty(next) ? null : next);
    }

    private static BlobItem ReadBlob(XmlReader reader)
    {
        using (reader)
        {
            string name = string.Empty;
            long length = 0;
            string? contentType = null, md5 = null, etag = null, blobType = null, leaseState = null, leaseStatus = null, leaseDuration = null;
            DateTimeOffset modified = default;
            DateTimeOffset? created = null;
            Dictionary<string, string>? metadata = null;
            var inMetadata = false;
            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.EndElement && reader.Name == "Metadata")
                {
                    inMetadata = false;
                    reader.Read();
                    continue;
                }

                if (reader.NodeType != XmlNodeType.Element)
                {
                    reader.Read();
                    continue;
                }

                if (inMetadata)
                {
                    var key = reader.Name;
                    (metadata ??= new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase))[key] = reader.ReadElementContentAsString();
                    continue;
                }

                switch (reader.Name)
                {
                    case "Name": name = reader.ReadElementContentAsString(); break;
                    case "Content-Length": length = HeaderValues.ParseLong(reader.ReadElementContentAsString()); break;
                    case "Content-Type": contentType = reader.ReadElementContentAsString(); break;
                    case "Content-MD5": md5 = reader.ReadElementContentAsString(); break;
                    case "Etag": etag = reader.ReadElementContentAsString(); break;
                    case "Last-Modified": modified = HeaderValues.ParseDate(reader.ReadElementContentAsString()); break;
                    case "Creation-Time": created = HeaderValues.ParseDateOrNull(reader.ReadElementContentAsString()); break;
                    case "BlobType": blobType = reader.ReadElementContentAsString(); break;
                    case "LeaseState": leaseState = reader.ReadElementContentAsString(); break;
                    case "LeaseStatus": leaseStatus = reader.ReadElementContentAsString(); break;
                    case "LeaseDuration": leaseDuration = reader.ReadElementContentAsString(); break;
                    case "Metadata":
                        if (reader.IsEmptyElement)
                        {
                            reader.Read();
                        }
                        else
                        {
                            inMetadata = true;
                            reader.Read();
                        }

                        break;
                    default: reader.Read(); break;
                }
            }

            return new BlobItem(name, new BlobProperties
            {
                ContentLength = length,
                ContentType = contentType,
                ContentMd5 = string.IsNullOrEmpty(md5) ? null : md5,
                ETag = etag is null ? string.Empty : (etag.StartsWith('"') ? etag : "\"" + etag + "\""),
                LastModified = modified,
                CreatedOn = created,
                BlobType = blobType ?? "BlockBlob",
                LeaseState = leaseState,
                LeaseStatus = leaseStatus,
                LeaseDuration = leaseDuration,
                Metadata = metadata ?? BlobProperties.EmptyMetadata,
            });
        }
    }
}
