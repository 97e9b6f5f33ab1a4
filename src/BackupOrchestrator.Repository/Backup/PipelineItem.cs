namespace BackupOrchestrator.Repository.Backup;

/// <summary>
/// A new chunk, from the assembler to the sealers: <see cref="Length"/> bytes of a pooled buffer,
/// <see cref="Index"/> its number among the run's new chunks; the last stage returns the buffer.
/// </summary>
internal sealed record DataChunk(byte[] Buffer, int Length, int Index);
