using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using BackupOrchestrator.Repository.Chunking;
using BackupOrchestrator.Repository.Maintenance;
using BackupOrchestrator.Repository.Packs;
using BackupOrchestrator.Repository.Snapshots;
using BackupOrchestrator.Repository.Sources;
using Microsoft.Win32.SafeHandles;

namespace BackupOrchestrator.Repository.Backup;

/// <summary>
/// Runs one backup: sources → tar stream → chunks → target, then the manifest
/// (docs/repository-format.md, "Write order"). A failure at any point leaves no manifest.
/// </summary>
public sealed class BackupRunner(BackupRepository repository, BackupOptions? options = null)
{
    /// <summary>Regular files from this size on get chunk boundaries around their data, so their chunks depend on their content alone.</summary>
    internal const long LargeFileSize = 1024 * 1024;
    internal const int ReadSize = 256 * 1024;
    internal const int CommandPartSize = 4 * 1024 * 1024;
    /// <summary>
    /// Chunk buffers a backup has out at once: the chunk being filled and the next, the chunks queued
    /// for or in the hasher and the sealers, and the one the packer is copying. Enough to keep two
    /// cores busy; more sealers wait for a buffer instead of taking memory, so this pool holds
    /// 10 x (chunkMax + 260 KiB) (~43 MiB) on any machine, plus a compression scratch array of
    /// chunkMax per seal running at that moment (never more than the buffers out), plus the pack
    /// writer's (uploaders + 1) pack buffers.
    /// </summary>
    internal const int PipelineBuffers = 10;

    private readonly BackupOptions _options = options ?? new BackupOptions();

    /// <summary>The chunk buffers of the latest run (tests check what they held).</summary>
    internal BufferPool? LastPool { get; private set; }

    public async Task<BackupResult> RunAsync(BackupRequest request, Action<BackupProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Service);
        try
        {
            var result = await RunCoreAsync(request, progress, cancellationToken);
            foreach (var warning in result.Warnings)
            {
                _options.Logger.BackupWarning(request.Service, warning);
            }
            var s = result.Snapshot;
            _options.Logger.BackupCompleted(s.Service, s.Name, s.StreamLength, s.Stats.BytesRead, s.Stats.ChunksNew, s.Stats.BytesStoredNew, s.Stats.Seconds);
            return result;
        }
        catch (Exception e)
        {
            _options.Logger.BackupFailed(e, request.Service);
            throw;
        }
    }

    /// <summary>
    /// A path source whose root is gone (a typo, an unmounted volume) fails the backup before anything
    /// is written: an empty snapshot would otherwise count as a good backup of nothing. Files that
    /// vanish or cannot be read below an existing root stay warnings (or fail under FailOnUnreadable).
    /// </summary>
    private static void CheckSourceRoots(BackupRequest request)
    {
        foreach (var source in request.Sources.OfType<PathSource>())
        {
            var full = Path.GetFullPath(source.Path);
            if (!FileStatus.TryGet(full, out _, out int errno))
            {
                var why = errno == 2 ? "does not exist" : $"cannot be read (errno {errno})";
                throw new RepositoryException(
                    $"{full}: source of service {request.Service} {why}, so no snapshot was recorded. " +
                    "Fix the path in the catalog, or mount the volume it lives on, then run the backup again.");
            }
        }
    }

    private async Task<BackupResult> RunCoreAsync(BackupRequest request, Action<BackupProgress>? progress, CancellationToken cancellationToken)
    {
        CheckSourceRoots(request);
        var started = repository.Time.GetTimestamp();
        long began = StageClock.Now();
        await using var heldLock = await RepositoryLock.AcquireAsync(repository, RepositoryLock.KindBackup, _options.LockWait, cancellationToken);
        var store = new SnapshotStore(repository);
        var parent = _options.UseParent ? await store.FindParentAsync(request.Service, cancellationToken) : null;
        if (parent is not null && parent.EntryHash != _options.EntryHash)
        {
            // Reused entries keep their parent's hashes: one snapshot uses one entry hash, so a parent
            // hashed another way (written on another CPU) is not used, and everything is read.
            parent = null;
        }
        _options.Logger.BackupStarted(request.Service, repository.Target.Description, parent?.Name ?? "none");
        var known = new ConcurrentDictionary<ChunkId, byte>((await repository.LoadIndexAsync(cancellationToken)).Present.Select(id => KeyValuePair.Create(id, (byte)0)));

        var time = repository.Time.GetUtcNow();
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var manifest = new SnapshotManifest
        {
            Id = id,
            Name = SnapshotStore.NewName(time, id),
            Service = request.Service,
            Host = request.Host,
            Tags = [.. request.Tags],
            Time = time,
            Sources = request.Sources.Select(s => s.ToString()!).ToList(),
            EntryHash = _options.EntryHash,
        };
        var pool = new BufferPool(repository.Config.ChunkMax + ReadSize + Format.ObjectSealer.Overhead + 64, PipelineBuffers);
        LastPool = pool;
        var clock = new StageClock { Setup = Stopwatch.GetElapsedTime(began).TotalSeconds };
        var pipeline = new ChunkPipeline(repository, known, pool, _options.Sealers, _options.Uploaders, manifest.EntryHash, clock, cancellationToken);
        var assembler = new StreamAssembler(repository.NewChunker(), pool, pipeline.Input, clock, pipeline.Token);
        using var writer = new StreamWriterState(this, repository, request, manifest, new ParentIndex(parent, known),
            assembler, pipeline, progress, started);
        var producing = Task.Run(async () =>
        {
            long reading = StageClock.Now();
            try
            {
                await writer.WriteAllAsync();
                clock.Ran(StageClock.Stage.Read, reading);
                pipeline.Input.Complete();
            }
            catch (Exception e)
            {
                pipeline.Fail(e);
                pipeline.Input.TryComplete();
            }
            finally
            {
                writer.Assembler.ReleaseBuffer();
            }
        }, CancellationToken.None);
        await producing;
        try
        {
            await pipeline.Completion;
        }
        finally
        {
            pool.Clear();
            clock.End();
        }

        manifest.Chunks = pipeline.Chunks(assembler.Pieces);
        manifest.StreamLength = assembler.Offset;
        manifest.EntryCount = manifest.Entries.Count;
        manifest.StreamHash = StreamHash.Compute(manifest.Entries, manifest.StreamLength, manifest.EntryHash);
        manifest.Stats.ChunksNew = pipeline.ChunksNew;
        manifest.Stats.BytesStoredNew = pipeline.BytesStored;

        if (_options.BeforeCommit is not null)
        {
            await _options.BeforeCommit();
        }
        // Write order steps 3 and 4: every pack durable (one sync of the target instead of one per pack),
        // then the index that names them; and never a manifest naming a chunk the target lacks (a prune
        // that judged our lock stale, or a pack lost under us).
        await repository.Target.FlushAsync(cancellationToken);
        await PackWriter.WriteIndexAsync(repository, pipeline.Packs, cancellationToken);
        var present = await repository.LoadIndexAsync(cancellationToken);
        var missing = manifest.Chunks.Select(c => c.Id).Distinct().Where(c => !present.Contains(ChunkId.Parse(c))).ToList();
        if (missing.Count > 0)
        {
            throw new RepositoryException($"Backup of {request.Service} aborted before recording the snapshot: {missing.Count} chunk(s) it needs vanished from {repository.Target.Description} while it ran (first {missing[0]}). Run the backup again.");
        }
        manifest.Stats.Seconds = repository.Time.GetElapsedTime(started).TotalSeconds;
        await store.WriteAsync(manifest, cancellationToken);
        clock.Commit = Stopwatch.GetElapsedTime(began).TotalSeconds - clock.Setup - clock.Wall;
        writer.ReportProgress(final: true);
        return new BackupResult(manifest, manifest.Warnings) { Stages = clock };
    }

    /// <summary>Per-run state of the stream producer: walks sources in order and feeds the assembler.</summary>
    private sealed class StreamWriterState(
        BackupRunner runner, BackupRepository repository, BackupRequest request, SnapshotManifest manifest, ParentIndex parent,
        StreamAssembler assembler, ChunkPipeline pipeline, Action<BackupProgress>? progress, long started) : IDisposable
    {
        private readonly TarHeaderWriter _headers = new();
        private readonly byte[] _zeros = new byte[1024];
        private long _lastReport = repository.Time.GetTimestamp();
        private string? _currentPath;

        public StreamAssembler Assembler => assembler;

        public async Task WriteAllAsync()
        {
            try
            {
                foreach (var source in request.Sources)
                {
                    switch (source)
                    {
                        case PathSource path:
                            await WritePathAsync(path);
                            break;
                        case CommandSource command:
                            await WriteCommandAsync(command);
                            break;
                    }
                }
                // The end marker's zeros are the same bytes in every stream: take them from the parent when
                // it has them, so an unchanged re-backup writes no chunk at all.
                if (parent.TryEndMarker(out var endMarker))
                {
                    assembler.Reuse(endMarker);
                }
                else
                {
                    await assembler.WriteAsync(_zeros.AsMemory(0, StreamHash.EndMarkerLength));
                }
                await assembler.CutAsync();
                await assembler.CompleteAsync();
            }
            finally
            {
                _headers.Dispose();
            }
        }

        public void Dispose() => _headers.Dispose();

        private async Task WritePathAsync(PathSource source)
        {
            // The walk, the files cache and the reads of small files run ahead, on the prefetcher's thread.
            var prefetcher = new FilePrefetcher(parent, OpenOrThrow, Warn);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(pipeline.Token);
            var walking = prefetcher.RunAsync(source.Path, stop.Token);
            try
            {
                await foreach (var batch in prefetcher.Batches.ReadAllAsync(pipeline.Token))
                {
                    foreach (var item in batch)
                    {
                        if (item.Release is not null)
                        {
                            prefetcher.Return(item.Release);
                            continue;
                        }
                        await WriteItemAsync(item);
                    }
                }
            }
            finally
            {
                stop.Cancel();
                await walking;
                prefetcher.Drain();
            }
        }

        private async Task WriteItemAsync(FilePrefetcher.Item item)
        {
            var (walk, entry) = (item.Walk!, item.Entry!);
            if (item.Old is { } old)
            {
                var copy = Clone(old);
                long delta = assembler.Offset - old.HeaderOffset;
                copy.HeaderOffset += delta;
                copy.DataOffset += delta;
                manifest.Entries.Add(copy);
                assembler.Reuse(item.Slices!);
                if (entry.Type == EntryRecord.TypeFile)
                {
                    manifest.Stats.FilesUnchanged++;
                    manifest.Stats.BytesReused += entry.Size;
                }
                Report(walk.FullPath);
                return;
            }
            if (entry.Type != EntryRecord.TypeFile)
            {
                await WriteHeaderAsync(entry);
                assembler.EndEntry(entry);
                Report(walk.FullPath);
                return;
            }
            if (item.OpenError is { } error)
            {
                Unreadable(walk.FullPath, error);
                return;
            }
            if (item.Buffer is { } buffer)
            {
                await WriteHeaderAsync(entry);
                if (item.Read < entry.Size)
                {
                    Warn($"{walk.FullPath}: shrank while being read ({item.Read} of {entry.Size} bytes); the rest is stored as zeros.");
                }
                await assembler.WriteAsync(buffer.AsMemory(item.Offset, item.Length));
                manifest.Stats.BytesRead += item.Length;
                await assembler.WriteAsync(_zeros.AsMemory(0, TarHeaderWriter.Padding(entry.Size)));
                assembler.EndEntry(entry);
                manifest.Stats.FilesNew++;
                Report(walk.FullPath);
                return;
            }
            using var handle = entry.Size > 0 ? Open(walk.FullPath) : null;
            if (entry.Size > 0 && handle is null)
            {
                return;
            }
            // A large file's data gets chunk boundaries of its own: its chunks then depend on its
            // content alone and dedup even when its metadata changed (a touched or appended file).
            bool large = entry.Size >= LargeFileSize;
            await WriteHeaderAsync(entry);
            if (large)
            {
                await assembler.CutAsync();
            }
            if (handle is not null)
            {
                await CopyFileAsync(handle, entry, walk.FullPath);
            }
            if (large)
            {
                await assembler.CutAsync();
            }
            assembler.EndEntry(entry);
            manifest.Stats.FilesNew++;
            Report(walk.FullPath);
        }

        private async Task WriteHeaderAsync(EntryRecord entry)
        {
            entry.HeaderOffset = assembler.Offset;
            // The header's bytes stay valid until the next Header call, after this write.
            await assembler.WriteAsync(_headers.Header(entry));
            entry.DataOffset = assembler.Offset;
            manifest.Entries.Add(entry);
        }

        private async Task CopyFileAsync(SafeFileHandle handle, EntryRecord entry, string path)
        {
            long position = 0;
            while (position < entry.Size)
            {
                var memory = assembler.GetMemory((int)Math.Min(ReadSize, entry.Size - position));
                int read = RandomAccess.Read(handle, memory.Span, position);
                if (read == 0)
                {
                    Warn($"{path}: shrank while being read ({position} of {entry.Size} bytes); the rest is stored as zeros.");
                    memory.Span.Clear();
                    read = memory.Length;
                }
                position += read;
                manifest.Stats.BytesRead += read;
                await assembler.AdvanceAsync(read);
                if (repository.Time.GetElapsedTime(_lastReport) >= runner._options.ProgressInterval)
                {
                    Report(path);
                }
            }
            await assembler.WriteAsync(_zeros.AsMemory(0, TarHeaderWriter.Padding(entry.Size)));
        }

        private async Task WriteCommandAsync(CommandSource command)
        {
            if (command.Argv.Count == 0)
            {
                throw new RepositoryException($"Command source '{command.Name}' of service {request.Service} has an empty argv.");
            }
            var start = new ProcessStartInfo(command.Argv[0])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = command.WorkingDirectory ?? "",
            };
            foreach (var arg in command.Argv.Skip(1))
            {
                start.ArgumentList.Add(arg);
            }
            Process process;
            try
            {
                process = Process.Start(start) ?? throw new RepositoryException($"Command '{command.Argv[0]}' did not start.");
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new RepositoryException($"Command source '{command.Name}' of service {request.Service}: cannot start '{command.Argv[0]}' ({e.Message}). Check the catalog's argv.", e);
            }
            using var _ = process;
            var stderr = ReadTailAsync(process.StandardError.BaseStream);
            var logical = "commands/" + command.Name;
            var part = new byte[CommandPartSize];
            var stdout = process.StandardOutput.BaseStream;
            var mtime = manifest.Time.ToUnixTimeMilliseconds() * 1_000_000;
            // A backup cancelled (timeout, size cap, host stopping) or failing while the command runs leaves it
            // writing into a pipe nobody reads: it would never exit. Kill it, and what it started, on the way out.
            var exited = false;
            try
            {
                await assembler.CutAsync();
                for (int index = 0; ; index++)
                {
                    int filled = await stdout.ReadAtLeastAsync(part, part.Length, throwOnEndOfStream: false, pipeline.Token);
                    if (filled == 0 && index > 0)
                    {
                        break;
                    }
                    var entry = new EntryRecord
                    {
                        Path = $"{logical}.part-{index:D6}",
                        Type = EntryRecord.TypeFile,
                        Size = filled,
                        Mode = 0x1A0,
                        Mtime = mtime,
                        PartOf = logical,
                    };
                    await WriteHeaderAsync(entry);
                    await assembler.WriteAsync(part.AsMemory(0, filled));
                    await assembler.WriteAsync(_zeros.AsMemory(0, TarHeaderWriter.Padding(filled)));
                    assembler.EndEntry(entry);
                    manifest.Stats.BytesRead += filled;
                    Report(logical);
                    if (filled < part.Length)
                    {
                        break;
                    }
                }
                await process.WaitForExitAsync(pipeline.Token);
                exited = true;
            }
            finally
            {
                if (!exited)
                {
                    Stop(process);
                }
            }
            if (process.ExitCode != 0)
            {
                throw new RepositoryException($"Command source '{command.Name}' of service {request.Service} ({string.Join(' ', command.Argv)}) exited with status {process.ExitCode}; no snapshot recorded. Its stderr ended with: {await stderr}");
            }
            await assembler.CutAsync();
        }

        private static void Stop(Process process)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited on its own meanwhile.
            }
        }

        private static async Task<string> ReadTailAsync(Stream stream)
        {
            var tail = new Queue<byte>();
            var buffer = new byte[4096];
            int read;
            while ((read = await stream.ReadAsync(buffer)) > 0)
            {
                for (int i = 0; i < read; i++)
                {
                    tail.Enqueue(buffer[i]);
                    if (tail.Count > 2048)
                    {
                        tail.Dequeue();
                    }
                }
            }
            return System.Text.Encoding.UTF8.GetString([.. tail]).Trim();
        }

        private SafeFileHandle OpenOrThrow(string path) => runner._options.OpenFile?.Invoke(path) ?? SourceFile.OpenRead(path);

        private SafeFileHandle? Open(string path)
        {
            try
            {
                return OpenOrThrow(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Unreadable(path, e);
                return null;
            }
        }

        /// <summary>A file that cannot be opened is skipped with a warning, or fails the backup when the service requires every file.</summary>
        private void Unreadable(string path, Exception e)
        {
            if (request.FailOnUnreadable)
            {
                throw new RepositoryException($"{path}: cannot be read ({e.Message}); service {request.Service} requires every file, so no snapshot was recorded.", e);
            }
            Warn($"{path}: cannot be read ({e.Message}); skipped.");
        }

        private void Warn(string message)
        {
            lock (manifest.Warnings)
            {
                manifest.Warnings.Add(message);
            }
        }

        private void Report(string path)
        {
            _currentPath = path;
            if (progress is not null && repository.Time.GetElapsedTime(_lastReport) >= runner._options.ProgressInterval)
            {
                ReportProgress(final: false);
            }
        }

        public void ReportProgress(bool final)
        {
            if (progress is null)
            {
                return;
            }
            _lastReport = repository.Time.GetTimestamp();
            var elapsed = repository.Time.GetElapsedTime(started).TotalSeconds;
            long done = assembler.Offset;
            double rate = elapsed > 0 ? done / elapsed : 0;
            long? total = final ? done : parent.StreamLength;
            TimeSpan? eta = final ? TimeSpan.Zero : total is long t && rate > 0 && t > done ? TimeSpan.FromSeconds((t - done) / rate) : null;
            progress(new BackupProgress(done, pipeline.BytesStored, total, rate, eta, final ? null : _currentPath));
        }

        private static EntryRecord Clone(EntryRecord e) => new()
        {
            Path = e.Path, Type = e.Type, HeaderOffset = e.HeaderOffset, DataOffset = e.DataOffset, Size = e.Size, Mode = e.Mode,
            Uid = e.Uid, Gid = e.Gid, Mtime = e.Mtime, Link = e.Link, Dev = e.Dev, Ino = e.Ino, Ctime = e.Ctime, PartOf = e.PartOf, Hash = e.Hash,
        };
    }
}
