using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GitGoods.Domain.WaitingRoom;

/// <summary>Which token: a place in the line (checked in with) or an admission (ordered with). One never passes for the other.</summary>
public enum TokenKind
{
    Position,
    Admission,
}

/// <summary>What a verified token says.</summary>
public sealed record TokenClaims(TokenKind Kind, string SaleId, long Position, string ShopperId, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt);

public enum TokenVerdict
{
    Valid,

    /// <summary>Not a token of this shape at all (400).</summary>
    Malformed,

    /// <summary>Well formed but the signature does not match, or the wrong kind (403).</summary>
    Forged,

    /// <summary>Genuine but past its expiry (403).</summary>
    Expired,
}

/// <summary>
/// The waiting room's signed tokens: <c>v1.&lt;payload&gt;.&lt;HMAC-SHA256&gt;</c>, both base64url; the payload names the kind,
/// sale, position, shopper (the token's <c>sub</c>), issue and expiry times. The signature is compared in constant time.
/// The key is a secret of the deployment (Secrets Manager on AWS, a file in the local stack's state directory).
/// </summary>
public sealed class WaitingRoomTokens(byte[] key)
{
    /// <summary>How long a position token lasts; every check-in returns a fresh one.</summary>
    public static readonly TimeSpan PositionTokenLifetime = TimeSpan.FromMinutes(10);

    private const string Version = "v1";
    private const int MaxLength = 1024;
    private readonly byte[] _key = key.Length >= 32 ? key : throw new ArgumentException("The signing key must be at least 32 bytes.", nameof(key));

    public string Issue(TokenClaims claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        if (claims.ShopperId.Contains('|', StringComparison.Ordinal) || claims.SaleId.Contains('|', StringComparison.Ordinal))
        {
            throw new ArgumentException("Ids must not contain '|'.", nameof(claims));
        }

        var payload = string.Join('|', claims.Kind == TokenKind.Position ? "p" : "a", claims.SaleId,
            claims.Position.ToString(CultureInfo.InvariantCulture), claims.ShopperId,
            claims.IssuedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), claims.ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        var signed = Version + "." + Base64Url(Encoding.UTF8.GetBytes(payload));
        return signed + "." + Base64Url(Sign(signed));
    }

    public TokenVerdict Verify(string? token, TokenKind kind, DateTimeOffset now, out TokenClaims? claims)
    {
        claims = null;
        var parts = token is { Length: > 0 and <= MaxLength } ? token.Split('.') : [];
        if (parts.Length != 3 || !string.Equals(parts[0], Version, StringComparison.Ordinal)
            || !TryBase64Url(parts[1], out var payload) || !TryBase64Url(parts[2], out var signature))
        {
            return TokenVerdict.Malformed;
        }

        if (!CryptographicOperations.FixedTimeEquals(signature, Sign(parts[0] + "." + parts[1])))
        {
            return TokenVerdict.Forged;
        }

        var fields = Encoding.UTF8.GetString(payload).Split('|');
        if (fields.Length != 6 || !long.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            || !long.TryParse(fields[4], NumberStyles.None, CultureInfo.InvariantCulture, out var issued)
            || !long.TryParse(fields[5], NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            return TokenVerdict.Malformed;
        }

        var actual = fields[0] switch { "p" => TokenKind.Position, "a" => TokenKind.Admission, _ => (TokenKind?)null };
        if (actual != kind)
        {
            return TokenVerdict.Forged;
        }

        claims = new TokenClaims(kind, fields[1], position, fields[3], DateTimeOffset.FromUnixTimeSeconds(issued), DateTimeOffset.FromUnixTimeSeconds(expires));
        return claims.ExpiresAt <= now ? TokenVerdict.Expired : TokenVerdict.Valid;
    }

    private byte[] Sign(string text) => HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(text));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryBase64Url(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length == 0 || text.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            return false;
        }

        var padded = text.Replace('-', '+').Replace('_', '/') + new string('=', (4 - (text.Length % 4)) % 4);
        try
        {
            bytes = Convert.FromBase64String(padded);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
