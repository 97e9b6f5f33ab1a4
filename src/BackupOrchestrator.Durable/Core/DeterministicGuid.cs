using System.Security.Cryptography;
using System.Text;

namespace BackupOrchestrator.Durable.Core;

/// <summary>Name-based UUID version 5 (RFC 4122, SHA-1): the same name always gives the same GUID.</summary>
internal static class DeterministicGuid
{
    /// <summary>Namespace for orchestration GUIDs (a fixed random GUID of this project).</summary>
    private static readonly Guid OrchestrationNamespace = new("9e952958-5e33-4daf-827f-2fa12937b875");

#pragma warning disable CA5350 // SHA-1 is what UUID v5 is defined with; not used for security.
    public static Guid Create(string name) => Create(OrchestrationNamespace, name);

    public static Guid Create(Guid namespaceId, string name)
    {
        Span<byte> ns = stackalloc byte[16];
        namespaceId.TryWriteBytes(ns, bigEndian: true, out _);
        byte[] nameBytes = Encoding.UTF8.GetBytes(name);
        byte[] buffer = new byte[16 + nameBytes.Length];
        ns.CopyTo(buffer);
        nameBytes.CopyTo(buffer, 16);
        byte[] hash = SHA1.HashData(buffer);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
#pragma warning restore CA5350
}
