using System.Formats.Tar;
using BackupOrchestrator.Domain.Catalogs;
using BackupOrchestrator.Functions.Services;
using BackupOrchestrator.Repository;
using BackupOrchestrator.Repository.Restore;
using BackupOrchestrator.Repository.Snapshots;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace BackupOrchestrator.Functions.Http;

/// <summary>
/// Snapshots as the monitor browses them (function key): <c>GET snapshots/{target}</c> (<c>?service=</c>), <c>GET
/// snapshots/{target}/{id}/tree?path=</c> (one folder's entries), <c>GET snapshots/{target}/{id}/download?path=</c>
/// (a file as itself, a folder as .tar) and <c>POST snapshots/{target}/{id}/restore</c> (to a folder on the server, a
/// job whose progress <c>GET restores/{job}</c> tells; refused in read-only mode). Unknown targets, snapshots and paths are 404 problem details.
/// </summary>
public sealed class SnapshotHttp(CatalogOverview overview, RepositoryAccess repositories, RestoreJobs restores, ReadOnlyGuard readOnly)
{
    [Function(nameof(ListSnapshots))]
    public async Task<IActionResult> ListSnapshots(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "snapshots/{target}")] HttpRequest request,
        string target)
    {
        var service = request.Query["service"].ToString();
        var (repository, refusal) = await OpenAsync(target, request.HttpContext.RequestAborted);
        if (refusal is not null)
        {
            return refusal;
        }

        if (repository is null)
        {
            return new OkObjectResult(new SnapshotListView(target, [], []));
        }

        var (snapshots, errors) = await new SnapshotStore(repository).LoadSummariesAsync(request.HttpContext.RequestAborted);
        return new OkObjectResult(new SnapshotListView(target,
            snapshots.Where(s => service.Length == 0 || s.Service == service).OrderByDescending(s => s.Time).Select(SnapshotItem.Of).ToList(), errors));
    }

    [Function(nameof(GetSnapshotTree))]
    public async Task<IActionResult> GetSnapshotTree(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "snapshots/{target}/{id}/tree")] HttpRequest request,
        string target,
        string id)
    {
        var (manifest, _, refusal) = await FindAsync(target, id, request.HttpContext.RequestAborted);
        if (refusal is not null)
        {
            return refusal;
        }

        var path = request.Query["path"].ToString().Trim('/');
        var children = SnapshotTree.Children(manifest!, path);
        return children is null
            ? Problems.NotFound($"Snapshot {manifest!.ShortId} ({manifest.Service}) has no folder '{path}'. Browse from its root (path empty).")
            : new OkObjectResult(new SnapshotTreeView(SnapshotItem.Of(manifest!), path, children));
    }

    [Function(nameof(DownloadFromSnapshot))]
    public async Task<IActionResult> DownloadFromSnapshot(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "snapshots/{target}/{id}/download")] HttpRequest request,
        string target,
        string id)
    {
        var cancellationToken = request.HttpContext.RequestAborted;
        var (manifest, repository, refusal) = await FindAsync(target, id, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var path = request.Query["path"].ToString().Trim('/');
        var kind = SnapshotTree.KindOf(manifest!, path);
        if (kind is null)
        {
            return Problems.NotFound($"Snapshot {manifest!.ShortId} ({manifest.Service}) has no file or folder '{path}'. GET its tree to see what it holds.");
        }

        // Staged in a temporary folder: the restorer checks every chunk's tag and every entry's hash on the way,
        // which a hand-written stream of the tar ranges would have to repeat. The folder goes when the response ends.
        var staging = Directory.CreateTempSubdirectory("monitor-download-").FullName;
        request.HttpContext.Response.RegisterForDispose(new TemporaryFolder(staging));
        var result = await new Restorer(repository!).ToDirectoryAsync(manifest!, staging, path.Length == 0 ? null : path, cancellationToken);
        if (result.Errors.Count > 0)
        {
            return Problems.Conflict($"Snapshot {manifest!.ShortId} ({manifest.Service}) did not restore '{path}' cleanly: {string.Join("; ", result.Errors)}. Run 'backupctl verify' on the target.");
        }

        var restored = Path.Combine(staging, path);
        var name = path.Length == 0 ? $"{manifest!.Service}-{manifest.ShortId}" : Path.GetFileName(path);
        if (kind == EntryRecord.TypeFile)
        {
            return new FileStreamResult(File.OpenRead(restored), "application/octet-stream") { FileDownloadName = name };
        }

        var tar = Path.Combine(staging, ".download.tar");
        await using (var output = File.Create(tar))
        {
            await TarFile.CreateFromDirectoryAsync(restored, output, includeBaseDirectory: true, cancellationToken);
        }

        return new FileStreamResult(File.OpenRead(tar), "application/x-tar") { FileDownloadName = name + ".tar" };
    }

    [Function(nameof(RestoreSnapshot))]
    public async Task<IActionResult> RestoreSnapshot(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "snapshots/{target}/{id}/restore")] HttpRequest request,
        string target,
        string id)
    {
        if (readOnly.Refuse($"restore snapshot {id} of target {target}") is { } refused)
        {
            return refused;
        }

        RestoreRequest? body;
        try
        {
            body = await request.ReadFromJsonAsync<RestoreRequest>(request.HttpContext.RequestAborted);
        }
        catch (System.Text.Json.JsonException e)
        {
            return Problems.BadRequest($"The body is not JSON like {{\"to\": \"/srv/restore\", \"path\": \"etc/app\"}}: {e.Message}");
        }

        if (body?.To is not { Length: > 0 } to || !Path.IsPathFullyQualified(to))
        {
            return Problems.BadRequest("Say where to restore as an absolute folder on the server: {\"to\": \"/srv/restore\"} (and \"path\" for one file or folder).");
        }

        if (Directory.Exists(to) && Directory.EnumerateFileSystemEntries(to).Any())
        {
            return Problems.Conflict($"{to} is not empty; restore into a new or empty folder so nothing there is overwritten.");
        }

        var (manifest, repository, refusal) = await FindAsync(target, id, request.HttpContext.RequestAborted);
        if (refusal is not null)
        {
            return refusal;
        }

        var path = (body.Path ?? "").Trim('/');
        if (SnapshotTree.KindOf(manifest!, path) is null)
        {
            return Problems.NotFound($"Snapshot {manifest!.ShortId} ({manifest.Service}) has no file or folder '{path}'.");
        }

        // The checks above answer at once; the restore itself runs on as a job (a large one outlives any request).
        var restorer = new Restorer(repository!);
        var job = restores.Start(new RestoreJobRequest(target, manifest!.Id, manifest.Service, path, to),
            (progress, stopping) => restorer.ToDirectoryAsync(manifest, to, path.Length == 0 ? null : path, progress, stopping));
        if (job is null)
        {
            return Problems.Conflict($"Another restore is writing into {to} now; wait for it (GET /api/restores) or choose another folder.");
        }

        var url = NightActionsHttp.Url(request, $"restores/{job.Id}");
        return new AcceptedResult(url, RestoreHttp.View(job, url));
    }

    private async Task<(BackupRepository? Repository, IActionResult? Refusal)> OpenAsync(string role, CancellationToken cancellationToken)
    {
        Catalog catalog;
        try
        {
            catalog = overview.Current();
        }
        catch (CatalogException e)
        {
            return (null, Problems.Conflict($"The catalog does not load: {e.Message}"));
        }

        if (RepositoryAccess.TargetOf(catalog, role) is not { } spec)
        {
            return (null, Problems.NotFound($"The catalog has no target '{role}'. Its targets: {string.Join(", ", catalog.Targets.All().Select(t => t.Role))}."));
        }

        try
        {
            return (await repositories.OpenAsync(catalog, spec, cancellationToken), null);
        }
        catch (RepositoryException e)
        {
            return (null, Problems.Conflict($"targets.{spec.Role}: {e.Message}"));
        }
    }

    private async Task<(SnapshotManifest? Manifest, BackupRepository? Repository, IActionResult? Refusal)> FindAsync(string role, string id, CancellationToken cancellationToken)
    {
        var (repository, refusal) = await OpenAsync(role, cancellationToken);
        if (refusal is not null)
        {
            return (null, null, refusal);
        }

        if (repository is null)
        {
            return (null, null, Problems.NotFound($"Target '{role}' holds no repository yet (no backup ran there), so no snapshot '{id}'."));
        }

        try
        {
            return (await new SnapshotStore(repository).FindAsync(id, cancellationToken), repository, null);
        }
        catch (RepositoryException e)
        {
            return (null, null, Problems.NotFound(e.Message));
        }
    }

    private sealed class TemporaryFolder(string path) : IDisposable
    {
        public void Dispose()
        {
            try
            {
                Directory.Delete(path, recursive: true);
            }
            catch (IOException)
            {
                // Still open somewhere: the temp folder's own cleanup takes it later.
            }
        }
    }
}
