using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BackupOrchestrator.Repository.Format;

namespace BackupOrchestrator.Repository.Snapshots;

/// <summary>Reads, writes and lists snapshot manifests of a repository.</summary>
public sealed class SnapshotStore(BackupRepository repository)
{
    /// <summary>Seals and stores a manifest (create-only). Call only after all its chunks are stored.</summary>
    internal async Task WriteAsync(SnapshotManifest manifest, CancellationToken cancellationToken)
    {
        // Serialize straight into Brotli: the JSON of a large file index never exists uncompressed.
        using var compressed = new MemoryStream();
        await using (var brotli = new BrotliStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            await JsonSerializer.SerializeAsync(brotli, manifest, ManifestJson.Default.SnapshotManifest, cancellationToken);
        }
        var sealedBytes = repository.Sealer.SealCompressed(compressed.GetBuffer().AsSpan(0, (int)compressed.Length), ObjectNames.SnapshotAad(manifest.Name));
        if (!await repository.Target.PutIfAbsentAsync(ObjectNames.Snapshot(manifest.Name), sealedBytes, cancellationToken))
        {
            throw new RepositoryException($"Snapshot {manifest.Name} already exists on {repository.Target.Description}; refusing to replace it.");
        }
    }

    public Task<SnapshotManifest> LoadAsync(string name, CancellationToken cancellationToken = default) =>
        LoadAsync(name, ManifestJson.Default.SnapshotManifest, cancellationToken);

    /// <summary>Only the header of a manifest (no file index, no chunk list): what listings and retention need.</summary>
    public Task<SnapshotSummary> LoadSummaryAsync(string name, CancellationToken cancellationToken = default) =>
        LoadAsync(name, ManifestJson.Default.SnapshotSummary, cancellationToken);

    private async Task<T> LoadAsync<T>(string name, JsonTypeInfo<T> type, CancellationToken cancellationToken) where T : SnapshotSummary
    {
        var where = $"Snapshot {name} on {repository.Target.Description}";
        var bytes = await repository.Target.GetAsync(ObjectNames.Snapshot(name), cancellationToken)
            ?? throw new RepositoryException($"{where} does not exist. List snapshots with 'backupctl snapshots'.");
        await using var json = repository.Sealer.OpenStream(bytes, ObjectNames.SnapshotAad(name), where);
        try
        {
            var manifest = await JsonSerializer.DeserializeAsync(json, type, cancellationToken)
                ?? throw new IntegrityException($"{where} is empty.");
            if (manifest.Version != SnapshotSummary.CurrentVersion)
            {
                throw new RepositoryException($"{where} has manifest version {manifest.Version}; this program reads version {SnapshotSummary.CurrentVersion}.");
            }
            if (manifest.Name != name)
            {
                throw new IntegrityException($"{where} names itself {manifest.Name}; it was moved or replaced.");
            }
            return manifest;
        }
        catch (JsonException e)
        {
            throw new IntegrityException($"{where} is not a valid manifest (JSON error at byte {e.BytePositionInLine}).", e);
        }
        catch (InvalidDataException e)
        {
            throw new IntegrityException($"{where} is damaged: its compressed content does not decode.", e);
        }
    }

    /// <summary>Names of all snapshot objects, oldest first (names start with the UTC time).</summary>
    public async Task<List<string>> ListNamesAsync(CancellationToken cancellationToken = default)
    {
        var names = new List<string>();
        await foreach (var item in repository.Target.ListAsync(ObjectNames.SnapshotsPrefix, cancellationToken))
        {
            names.Add(item.Name[ObjectNames.SnapshotsPrefix.Length..]);
        }
        names.Sort(StringComparer.Ordinal);
        return names;
    }

    /// <summary>The header of every manifest that loads, plus an error line for each one that does not (damaged snapshots are reported, never hidden).</summary>
    public async Task<(List<SnapshotSummary> Snapshots, List<string> Errors)> LoadSummariesAsync(CancellationToken cancellationToken = default)
    {
        var snapshots = new List<SnapshotSummary>();
        var errors = new List<string>();
        foreach (var name in await ListNamesAsync(cancellationToken))
        {
            try
            {
                snapshots.Add(await LoadSummaryAsync(name, cancellationToken));
            }
            catch (RepositoryException e)
            {
                errors.Add(e.Message);
            }
        }
        return (snapshots, errors);
    }

    /// <summary>Finds a snapshot by full name, id or id prefix (at least 4 characters), or "latest[:service]".</summary>
    public async Task<SnapshotManifest> FindAsync(string reference, CancellationToken cancellationToken = default)
    {
        var names = await ListNamesAsync(cancellationToken);
        if (reference.StartsWith("latest", StringComparison.Ordinal))
        {
            var service = reference.Length > 7 && reference[6] == ':' ? reference[7..] : null;
            for (int i = names.Count - 1; i >= 0; i--)
            {
                if (service is null || (await LoadSummaryAsync(names[i], cancellationToken)).Service == service)
                {
                    return await LoadAsync(names[i], cancellationToken);
                }
            }
            throw new RepositoryException($"No snapshot{(service is null ? "" : " of service " + service)} on {repository.Target.Description}.");
        }
        var matches = names.Where(n => n == reference || (reference.Length >= 4 && n.Split('_').Last().StartsWith(reference, StringComparison.Ordinal))).ToList();
        return matches.Count switch
        {
            1 => await LoadAsync(matches[0], cancellationToken),
            0 => throw new RepositoryException($"No snapshot '{reference}' on {repository.Target.Description}. List them with 'backupctl snapshots'."),
            _ => throw new RepositoryException($"'{reference}' matches {matches.Count} snapshots ({string.Join(", ", matches.Take(5))}); give more of the id."),
        };
    }

    /// <summary>
    /// The newest snapshot of <paramref name="service"/> tagged <paramref name="tag"/> written at or after
    /// <paramref name="since"/>, or null. Names start with the UTC time, so only the names after
    /// <paramref name="since"/> are read: a caller that knows when its run began (a backup activity run again
    /// after a crash) finds its own earlier snapshot in a few reads, however large the repository.
    /// </summary>
    public async Task<SnapshotSummary?> FindTaggedAsync(string service, string tag, DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var from = $"{since.UtcDateTime:yyyyMMdd'T'HHmmss'.'fffffff'Z'}";
        var names = await ListNamesAsync(cancellationToken);
        for (int i = names.Count - 1; i >= 0 && string.CompareOrdinal(names[i], from) >= 0; i--)
        {
            try
            {
                var summary = await LoadSummaryAsync(names[i], cancellationToken);
                if (summary.Service == service && summary.Tags.Contains(tag))
                {
                    return summary;
                }
            }
            catch (IntegrityException)
            {
                // A damaged snapshot is not the one we look for (verify reports it).
            }
        }
        return null;
    }

    /// <summary>The newest snapshot of <paramref name="service"/>, or null; used as the parent of a backup (files cache).</summary>
    internal async Task<SnapshotManifest?> FindParentAsync(string service, CancellationToken cancellationToken)
    {
        var names = await ListNamesAsync(cancellationToken);
        for (int i = names.Count - 1; i >= 0; i--)
        {
            try
            {
                if ((await LoadSummaryAsync(names[i], cancellationToken)).Service == service)
                {
                    return await LoadAsync(names[i], cancellationToken);
                }
            }
            catch (IntegrityException)
            {
                // A damaged snapshot is not a parent; the backup then reads everything.
            }
        }
        return null;
    }

    internal static string NewName(DateTimeOffset time, string id) => $"{time.UtcDateTime:yyyyMMdd'T'HHmmss'.'fffffff'Z'}_{id}";
}
