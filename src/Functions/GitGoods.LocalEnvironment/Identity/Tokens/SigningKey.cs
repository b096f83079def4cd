using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace GitGoods.LocalEnvironment.Identity.Tokens;

/// <summary>
/// The pool's RSA-2048 signing key. Generated on the first start into <c>&lt;state&gt;/identity/signing-key.pem</c>
/// (owner-only permissions, never in the repository), so tokens survive restarts; its <c>kid</c> is derived from
/// the public key, so it is stable for as long as the key is.
/// </summary>
public sealed class SigningKey : IDisposable
{
    public const string FileName = "signing-key.pem";

    private readonly RSA _rsa;

    private SigningKey(RSA rsa)
    {
        _rsa = rsa;
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        Modulus = Base64Url.EncodeToString(parameters.Modulus!);
        Exponent = Base64Url.EncodeToString(parameters.Exponent!);
        KeyId = Base64Url.EncodeToString(SHA256.HashData(parameters.Modulus!))[..22];
        // The library's shared factory caches signature providers by the key's thumbprint, so a stack started again in
        // the same process with the same key file would sign with the provider of the first stack's disposed RSA: this
        // key's providers are its own and never cached.
        var providers = new CryptoProviderFactory { CacheSignatureProviders = false };
        SecurityKey = new RsaSecurityKey(rsa) { KeyId = KeyId, CryptoProviderFactory = providers };
        Credentials = new SigningCredentials(SecurityKey, SecurityAlgorithms.RsaSha256) { CryptoProviderFactory = providers };
    }

    public string KeyId { get; }

    /// <summary>The key as Microsoft.IdentityModel sees it (its <c>KeyId</c> is <see cref="KeyId"/>).</summary>
    public RsaSecurityKey SecurityKey { get; }

    /// <summary>RS256 with this key: what <c>JsonWebTokenHandler.CreateToken</c> signs with.</summary>
    public SigningCredentials Credentials { get; }

    private string Modulus { get; }

    private string Exponent { get; }

    /// <summary>A new key that lives in memory only (tests use one as a "foreign" key).</summary>
    public static SigningKey CreateEphemeral() => new(RSA.Create(2048));

    /// <summary>The key in <paramref name="directory"/>, created (written atomically) when there is none.</summary>
    public static SigningKey LoadOrCreate(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var path = Path.Combine(directory, FileName);
        var rsa = RSA.Create(2048);
        try
        {
            if (File.Exists(path))
            {
                rsa.ImportFromPem(File.ReadAllText(path));
            }
            else
            {
                OwnerOnlyDirectory.Create(directory);
                AtomicFile.Write(path, rsa.ExportPkcs8PrivateKeyPem(), ownerOnly: true);
            }

            return new SigningKey(rsa);
        }
        catch
        {
            rsa.Dispose();
            throw;
        }
    }

    public byte[] Sign(byte[] data) => _rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    public bool Verify(byte[] data, byte[] signature) =>
        _rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    /// <summary>The public key as a JWK, as Cognito publishes it.</summary>
    public JsonObject ToJwk() => new()
    {
        ["alg"] = "RS256",
        ["e"] = Exponent,
        ["kid"] = KeyId,
        ["kty"] = "RSA",
        ["n"] = Modulus,
        ["use"] = "sig",
    };

    public void Dispose() => _rsa.Dispose();
}
