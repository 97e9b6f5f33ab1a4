using System.Security.Cryptography;
using BackupOrchestrator.Repository.Snapshots;

namespace BackupOrchestrator.Repository.Restore;

/// <summary>
/// Checks stream bytes, fed in stream order, against the recorded hash of the entries they
/// belong to (optionally followed by the end marker). An entry is checked when its last byte is
/// fed, so a caller that feeds bytes before handing them out never hands out a bad entry whole.
/// </summary>
internal sealed class EntryHashChecker(SnapshotManifest snapshot, IReadOnlyList<EntryRecord> entries, bool withEndMarker) : IDisposable
{
    private readonly IncrementalHash _hash = EntryHash.Create(snapshot.EntryHash);

    /// <summary>How many parts (entries, then the end marker) have been checked whole.</summary>
    public int Checked { get; private set; }

    private int PartCount => entries.Count + (withEndMarker ? 1 : 0);

    public void Feed(long position, ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            if (Checked >= PartCount)
            {
                throw new IntegrityException($"Snapshot {snapshot.ShortId} ({snapshot.Service}): the stream runs past the entries it should hold at byte {position}; the manifest is damaged.");
            }
            var (start, end, expected, what) = Part(Checked);
            if (position < start || position >= end)
            {
                throw new IntegrityException($"Snapshot {snapshot.ShortId} ({snapshot.Service}): its file index has a gap or overlap at stream byte {position}; the manifest is damaged.");
            }
            int n = (int)Math.Min(end - position, bytes.Length);
            _hash.AppendData(bytes[..n]);
            position += n;
            bytes = bytes[n..];
            if (position == end)
            {
                var actual = EntryHash.Finish(_hash);
                if (expected is not { Length: EntryHash.Length } || !actual.AsSpan().SequenceEqual(expected))
                {
                    throw new IntegrityException($"Snapshot {snapshot.ShortId} ({snapshot.Service}): the bytes {start}..{end} of its tar stream ({what}) do not match their recorded hash ({snapshot.EntryHash}). Run 'backupctl verify'.");
                }
                Checked++;
            }
        }
    }

    /// <summary>The bytes of the <paramref name="index"/>th entry, or of the end marker after the last entry.</summary>
    private (long Start, long End, byte[]? Hash, string What) Part(int index) =>
        index < entries.Count
            ? (entries[index].HeaderOffset, entries[index].EndOffset, entries[index].Hash, $"entry {entries[index].Path}")
            : (snapshot.StreamLength - StreamHash.EndMarkerLength, snapshot.StreamLength, EntryHash.EndMarker(snapshot.EntryHash), "the end marker");

    public void Dispose() => _hash.Dispose();
}
