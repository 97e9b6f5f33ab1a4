using BackupOrchestrator.Repository.Snapshots;

namespace BackupOrchestrator.Repository.Backup;

/// <summary>What flows, in stream order, from the assembler to the hasher.</summary>
internal abstract record PipelineItem;

/// <summary>New bytes: <see cref="Length"/> bytes of a pooled buffer; the last stage returns the buffer.</summary>
internal sealed record DataChunk(byte[] Buffer, int Length, int Index) : PipelineItem;

/// <summary>The segment that started at <see cref="Offset"/> ends here.</summary>
internal sealed record SegmentEnd(long Offset, long Length, int FirstChunk, int ChunkCount, int FirstEntry, int EntryCount, string Kind) : PipelineItem;

/// <summary>A whole segment taken from the parent snapshot, bytes not read again.</summary>
internal sealed record ReusedSegment(long Offset, SegmentRecord Parent, IReadOnlyList<ChunkRecord> Chunks, int FirstChunk, int FirstEntry, int EntryCount) : PipelineItem;
