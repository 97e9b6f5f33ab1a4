using BackupOrchestrator.Repository.Snapshots;

namespace BackupOrchestrator.Repository.Backup;

/// <summary>What flows, in stream order, from the assembler to the hasher.</summary>
internal abstract record PipelineItem;

/// <summary>
/// A new chunk: <see cref="Length"/> bytes of a pooled buffer, <see cref="Index"/> its number among
/// the run's new chunks; the last stage returns the buffer.
/// </summary>
internal sealed record DataChunk(byte[] Buffer, int Length, int Index) : PipelineItem;

/// <summary>
/// A new entry's bytes end at <see cref="End"/> bytes into the run's new bytes (reused entries add
/// none); the hasher sets the entry's SHA-256 once it has hashed that far. Every new byte belongs to
/// a new entry, except the end marker's zeros at the very end.
/// </summary>
internal sealed record EntryEnd(EntryRecord Entry, long End) : PipelineItem;
