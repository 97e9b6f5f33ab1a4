using Azure.Storage;

namespace BackupOrchestrator.Repository.Targets;

/// <summary>
/// How <see cref="BlobTarget"/> uploads and reads. The defaults were measured on Azurite (bench/blob.sh): a pack
/// (~8 MiB) goes as one Put Blob while the pack writer stores several packs at once.
/// </summary>
public sealed record BlobTargetOptions
{
    public static BlobTargetOptions Default { get; } = new();

    /// <summary>
    /// Objects up to this size are one Put Blob; larger ones are staged blocks and a block list. 16 MiB takes
    /// every pack (~8 MiB) in one request: measured on Azurite, the SDK's staged upload of a pack allocated a
    /// copy of every block (790 MiB of large-object garbage and 16 full collections for a 660 MiB backup,
    /// against 96 MiB and 2 as one Put Blob) and took 25-45 % longer. Parallelism comes from several packs
    /// in flight. A real account takes Put Blob up to 5,000 MiB.
    /// </summary>
    public int SingleUploadLimit { get; init; } = 16 << 20;

    /// <summary>The size of one staged block.</summary>
    public int BlockSize { get; init; } = 4 << 20;

    /// <summary>Blocks of one object in flight at once.</summary>
    public int BlocksInFlight { get; init; } = 2;

    /// <summary>Chunk reads a restore keeps in flight (each a ranged Get Blob of ~1 MiB; a request waits milliseconds on the service).</summary>
    public int ReadsInFlight { get; init; } = 8;

    /// <summary>
    /// Chunks side by side in a pack are fetched by one ranged read of up to this many bytes (0: one request per
    /// chunk). 16 MiB, the largest pack this target writes: a first backup's restore then reads a whole pack
    /// (~8 MiB) per request. Azurite also computes an MD5 of every ranged read of 4 MiB or less (whether or not
    /// the client asks for one) and reads the range twice to do it; with 4 MiB spans that was most of its CPU
    /// in a restore. A real account bills per request, so fewer, larger reads are cheaper there too.
    /// </summary>
    public int ReadSpan { get; init; } = 16 << 20;

    /// <summary>
    /// The checksum sent with every upload request and checked by the service before it stores the bytes
    /// (transactional, per request). MD5 by default: Azurite checks it, and so does every account.
    /// </summary>
    public StorageChecksumAlgorithm Checksum { get; init; } = StorageChecksumAlgorithm.MD5;
}
