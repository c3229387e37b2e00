using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using Registry.Application.Api;

namespace Registry.Web.Api;

/// <summary>
/// The token server's signing and encryption keys, generated once (RSA 2048) and kept in <c>ApiServerKeys</c> protected
/// by the product's data protection (whose key ring is in the same database): every web node, and a restarted one, signs
/// and encrypts with the same keys, so a token issued by one is accepted by all. Two nodes starting on an empty table
/// both generate; the database keeps the first and both load it.
/// </summary>
internal sealed class StoredTokenServerKeys(IApiServerKeyStore store, IDataProtectionProvider protection, TimeProvider time)
    : IConfigureOptions<OpenIddictServerOptions>
{
    private const string Signing = "signing";
    private const string Encryption = "encryption";

    public void Configure(OpenIddictServerOptions options)
    {
        var protector = protection.CreateProtector("Registry.Api.TokenServerKeys");
        options.SigningCredentials.Add(new SigningCredentials(Load(protector, Signing), SecurityAlgorithms.RsaSha256));
        options.EncryptionCredentials.Add(new EncryptingCredentials(Load(protector, Encryption), SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
    }

    private RsaSecurityKey Load(IDataProtector protector, string purpose)
    {
        if (store.Find(purpose) is null)
        {
            using var generated = RSA.Create(2048);
            store.TryAdd(purpose, protector.Protect(Convert.ToBase64String(generated.ExportPkcs8PrivateKey())), time.GetUtcNow());
        }

        var stored = store.Find(purpose) ?? throw new InvalidOperationException($"The token server's {purpose} key could not be stored.");
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(protector.Unprotect(stored)), out _);

        // A stable key id from the public key, the same on every node.
        var id = Base64UrlEncoder.Encode(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()).AsSpan(0, 12).ToArray());
        return new RsaSecurityKey(rsa) { KeyId = $"{purpose}-{id}" };
    }
}
