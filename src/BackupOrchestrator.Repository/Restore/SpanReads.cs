using System.Buffers;
using System.Collections.Concurrent;
using BackupOrchestrator.Repository.Chunking;
using BackupOrchestrator.Repository.Packs;

namespace BackupOrchestrator.Repository.Restore;

/// <summary>
/// One ranged read for several chunks that lie side by side in a pack and are opened one after the
/// other (a first backup's chunks are, in stream order). Where every request costs milliseconds of the
/// service's time (a blob account, Azurite), a restore of ~1 MiB chunks otherwise pays that once per
/// chunk; with spans of up to <see cref="Targets.IRepositoryTarget.ReadSpan"/> bytes it pays it once per
/// span. The fetcher plans a span (<see cref="PlanAsync"/>) when it is about to open its first chunk;
/// each member then takes its sealed bytes from the span's one read (<see cref="TryReadAsync"/>), and
/// the span's pooled buffer goes back when its last member has them.
/// </summary>
internal sealed class SpanReads(BackupRepository repository, int spanBytes)
{
    private readonly ConcurrentDictionary<ChunkId, Member> _members = new();

    /// <summary>A read of <c>length</c> bytes of a pack from <c>offset</c>, started by the first member that needs it.</summary>
    private sealed class Span(Func<Task<byte[]>> read, long offset, int members)
    {
        private readonly Lazy<Task<byte[]>> _bytes = new(() => Task.Run(read));
        private int _left = members;

        public Task<byte[]> Bytes => _bytes.Value;

        public long Offset => offset;

        /// <summary>A member has its bytes (or gave up); after the last, the buffer goes back to the pool.</summary>
        public void Leave()
        {
            if (Interlocked.Decrement(ref _left) == 0 && _bytes.IsValueCreated && _bytes.Value.IsCompletedSuccessfully)
            {
                ArrayPool<byte>.Shared.Return(_bytes.Value.Result);
            }
        }
    }

    private readonly record struct Member(Span Span, ChunkLocation At);

    public bool Enabled => spanBytes > 0;

    /// <summary>
    /// Groups the chunk at <paramref name="start"/> of <paramref name="ids"/> (the chunks in the order the
    /// restore will open them) with the ones right after it that lie in the same pack, when one range of
    /// at most the span size covers them all with little else in it. Their order inside the pack does not
    /// matter: parallel sealers hand chunks to the packer nearly, not exactly, in stream order. Nothing
    /// happens for a chunk already in a span, one held in the fetcher's cache, or when spans are off.
    /// </summary>
    public async Task PlanAsync(IReadOnlyList<ChunkId> ids, int start, Func<ChunkId, bool> held, CancellationToken cancellationToken)
    {
        if (!Enabled || _members.ContainsKey(ids[start]))
        {
            return;
        }
        var members = new List<(ChunkId Id, ChunkLocation At)>();
        long low = long.MaxValue, high = 0, needed = 0;
        for (int i = start; i < ids.Count; i++)
        {
            if (await repository.LocateAsync(ids[i], cancellationToken) is not { } at)
            {
                break;
            }
            long newLow = Math.Min(low, at.Offset), newHigh = Math.Max(high, (long)at.Offset + at.Length);
            if (members.Count > 0 && (at.Pack != members[0].At.Pack || newHigh - newLow > spanBytes
                || _members.ContainsKey(ids[i]) || members.Exists(m => m.Id == ids[i]) || held(ids[i])))
            {
                break;
            }
            members.Add((ids[i], at));
            (low, high, needed) = (newLow, newHigh, needed + at.Length);
        }
        // A span is worth it for two chunks or more, and only when it reads little that nobody asked for.
        if (members.Count < 2 || high - low > needed + needed / 4)
        {
            return;
        }
        string pack = members[0].At.Pack;
        int length = (int)(high - low);
        var span = new Span(async () =>
        {
            var buffer = ArrayPool<byte>.Shared.Rent(length);
            int read = await repository.Target.ReadRangeAsync(pack, low, buffer.AsMemory(0, length), cancellationToken);
            if (read != length)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                throw new IntegrityException($"Pack {pack} on {repository.Target.Description} {(read < 0 ? "is missing" : $"ends before byte {low + length}")}, where its index places chunks. Run 'backupctl verify' to see what it affects.");
            }
            return buffer;
        }, low, members.Count);
        foreach (var (id, at) in members)
        {
            _members[id] = new Member(span, at);
        }
    }

    /// <summary>
    /// Copies the sealed bytes of <paramref name="id"/> from its span into <paramref name="buffer"/>; -1 when
    /// it is in no span (read it alone). The span is read once, for whichever member asks first.
    /// </summary>
    public async Task<int> TryReadAsync(ChunkId id, byte[] buffer, string where)
    {
        if (!_members.TryRemove(id, out var member))
        {
            return -1;
        }
        try
        {
            if (member.At.Length > buffer.Length)
            {
                throw new IntegrityException($"{where} is damaged: its index gives it {member.At.Length} bytes, more than any sealed chunk. Run 'backupctl verify' to see what it affects.");
            }
            var bytes = await member.Span.Bytes;
            bytes.AsSpan((int)(member.At.Offset - member.Span.Offset), member.At.Length).CopyTo(buffer);
            return member.At.Length;
        }
        finally
        {
            member.Span.Leave();
        }
    }
}
