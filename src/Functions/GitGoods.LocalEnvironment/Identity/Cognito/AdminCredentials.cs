using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GitGoods.LocalEnvironment.Identity.Cognito;

/// <summary>
/// The local pool's administrator access key: an AWS-shaped key id (<c>AKIA</c> + 16) and a 40-character secret,
/// generated on the first start into <c>&lt;state&gt;/identity/admin-key.json</c> (owner-only, never in the
/// repository) and printed in the ready banner. Cognito's Admin* operations need requests signed with it (SigV4).
/// </summary>
public sealed record AdminCredentials(string AccessKeyId, string SecretAccessKey)
{
    public const string FileName = "admin-key.json";

    private const string KeyAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private const string SecretAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /// <summary>The key in <paramref name="directory"/>, created (written atomically) when there is none.</summary>
    public static AdminCredentials LoadOrCreate(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (Load(directory) is { } existing)
        {
            return existing;
        }

        var created = new AdminCredentials("AKIA" + RandomNumberGenerator.GetString(KeyAlphabet, 16), RandomNumberGenerator.GetString(SecretAlphabet, 40));
        OwnerOnlyDirectory.Create(directory);
        AtomicFile.Write(Path.Combine(directory, FileName), JsonSerializer.Serialize(created, AdminCredentialsJsonContext.Default.AdminCredentials), ownerOnly: true);
        return created;
    }

    /// <summary>The key a stack keeps in <paramref name="directory"/> (its identity folder), or null before its first start.</summary>
    public static AdminCredentials? Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var path = Path.Combine(directory, FileName);
        return File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllText(path), AdminCredentialsJsonContext.Default.AdminCredentials) : null;
    }

    // Never print the secret by accident (records print every property).
    public override string ToString() => $"AdminCredentials {{ AccessKeyId = {AccessKeyId} }}";
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(AdminCredentials))]
internal sealed partial class AdminCredentialsJsonContext : JsonSerializerContext;
