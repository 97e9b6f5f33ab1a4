using BackupOrchestrator.Repository.Snapshots;

namespace BackupOrchestrator.Repository.Backup;

/// <summary>What flows, in stream order, from the assembler to the hasher.</summary>
internal abstract record PipelineItem;

/// <summary>
/// A new chunk: <see cref="Length"/> bytes of a pooled buffer, <see cref="Index"/> its number among
/// the run's new chunks; the last stage returns the buffer. <see cref="Ends"/> are the new entries
/// whose bytes end inside it or at its start (in stream order), so entries cost no hand-off of their own.
/// </summary>
internal sealed record DataChunk(byte[] Buffer, int Length, int Index, IReadOnlyList<EntryEnd> Ends) : PipelineItem;

/// <summary>New entries that end where the new bytes end, with no chunk after them (the stream's last entries).</summary>
internal sealed record TrailingEnds(IReadOnlyList<EntryEnd> Ends) : PipelineItem;

/// <summary>
/// A new entry's bytes end at <see cref="End"/> bytes into the run's new bytes (reused entries add
/// none); the hasher sets the entry's hash once it has hashed that far. Every new byte belongs to
/// a new entry, except the end marker's zeros at the very end.
/// </summary>
internal readonly record struct EntryEnd(EntryRecord Entry, long End);
