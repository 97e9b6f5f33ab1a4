using System.Formats.Tar;
using BackupOrchestrator.Repository.Snapshots;

namespace BackupOrchestrator.Repository.Backup;

/// <summary>
/// Produces the PAX header bytes of an entry with <see cref="TarWriter"/>, without its data: the
/// entry's data stream only reports its length, so the writer emits header and padding, and the
/// padding is cut off. The data itself is streamed by the caller (or reused from a parent
/// snapshot). The same metadata always gives the same bytes.
/// </summary>
internal sealed class TarHeaderWriter : IDisposable
{
    private readonly MemoryStream _buffer = new(4096);
    private readonly TarWriter _writer;

    public TarHeaderWriter()
    {
        _writer = new TarWriter(_buffer, TarEntryFormat.Pax, leaveOpen: true);
    }

    /// <summary>The header of <paramref name="record"/>; its bytes are valid until the next call.</summary>
    public ReadOnlyMemory<byte> Header(EntryRecord record)
    {
        _buffer.SetLength(0);
        var type = record.Type switch
        {
            EntryRecord.TypeFile => TarEntryType.RegularFile,
            EntryRecord.TypeDirectory => TarEntryType.Directory,
            EntryRecord.TypeSymlink => TarEntryType.SymbolicLink,
            EntryRecord.TypeHardLink => TarEntryType.HardLink,
            _ => throw new InvalidOperationException($"Unknown entry type {record.Type}."),
        };
        var entry = new PaxTarEntry(type, record.Path)
        {
            Mode = (UnixFileMode)(record.Mode & 0xFFF),
            Uid = (int)record.Uid,
            Gid = (int)record.Gid,
            ModificationTime = FromUnixNanoseconds(record.Mtime),
        };
        if (record.Link is not null)
        {
            entry.LinkName = record.Link;
        }
        int padding = 0;
        if (type == TarEntryType.RegularFile)
        {
            entry.DataStream = new LengthOnlyStream(record.Size);
            padding = Padding(record.Size);
        }
        _writer.WriteEntry(entry);
        return _buffer.GetBuffer().AsMemory(0, (int)_buffer.Length - padding);
    }

    public static int Padding(long size) => (int)((512 - size % 512) % 512);

    public static DateTimeOffset FromUnixNanoseconds(long nanoseconds) => DateTimeOffset.UnixEpoch.AddTicks(nanoseconds / 100);

    public void Dispose()
    {
        _buffer.Dispose();
    }

    /// <summary>A stream that has a length and no bytes: TarWriter copies it with CopyTo, which does nothing.</summary>
    private sealed class LengthOnlyStream(long length) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get; set; }
        public override void CopyTo(Stream destination, int bufferSize) { }
        public override Task CopyToAsync(Stream destination, int bufferSize, CancellationToken cancellationToken) => Task.CompletedTask;
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => Position;
        public override void Flush() { }
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
