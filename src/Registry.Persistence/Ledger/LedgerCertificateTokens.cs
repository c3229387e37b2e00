using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Registry.Application.Documents;

namespace Registry.Persistence.Ledger;

/// <summary>
/// Certificate tokens signed with a key derived (HKDF) from the ledger's chain key, which lives outside the database:
/// <c>{key id}.{entry id}.{MAC}</c>, base64url, 55 characters. A rotated key stays on the ring, so printed QR codes keep
/// verifying; no table is needed and nothing can be enumerated (128-bit MAC over a random entry id).
/// </summary>
internal sealed class LedgerCertificateTokens(LedgerKeyRing ring) : ICertificateTokens
{
    private const int MacLength = 16;
    private static readonly byte[] Purpose = Encoding.ASCII.GetBytes("registry certificate verification v1");

    public string Issue(Guid entryId)
    {
        var key = ring.Current;
        var id = entryId.ToByteArray();
        return $"{key.Id}.{Base64Url.EncodeToString(id)}.{Base64Url.EncodeToString(Mac(key, id))}";
    }

    public bool TryRead(string? token, out Guid entryId)
    {
        entryId = Guid.Empty;
        var parts = (token ?? string.Empty).Split('.');
        if (parts.Length != 3 || parts[1].Length != 22 || parts[2].Length != 22 || ring.Find(parts[0]) is not { } key)
        {
            return false;
        }

        try
        {
            var id = Base64Url.DecodeFromChars(parts[1]);
            var mac = Base64Url.DecodeFromChars(parts[2]);
            if (id.Length != 16 || !CryptographicOperations.FixedTimeEquals(mac, Mac(key, id)))
            {
                return false;
            }

            entryId = new Guid(id);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static byte[] Mac(LedgerKey key, byte[] id)
    {
        var derived = HKDF.DeriveKey(HashAlgorithmName.SHA256, key.Secret, 32, info: Purpose);
        return HMACSHA256.HashData(derived, id)[..MacLength];
    }
}
