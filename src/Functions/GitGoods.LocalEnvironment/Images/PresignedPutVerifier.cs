using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GitGoods.LocalEnvironment.Signing;

namespace GitGoods.LocalEnvironment.Images;

/// <summary>
/// Checks a pre-signed S3 PUT as S3 would (Signature Version 4, query-string authentication): the algorithm, the
/// credential (this stack's key, region, <c>s3</c>), the date and expiry, the signed headers (host, content-type and
/// content-length must be among them), and the signature over the canonical request with <c>UNSIGNED-PAYLOAD</c>.
/// The S3 emulator checks no signature, so the stack does, before it hands the body on.
/// </summary>
public sealed class PresignedPutVerifier(string accessKeyId, string secretAccessKey, string region, TimeProvider time)
{
    private const int MaxExpiresSeconds = 604_800;
    private static readonly TimeSpan AllowedClockSkew = TimeSpan.FromMinutes(15);

    /// <summary>Null when the request is signed and in time; else the S3 error (code, message, status).</summary>
    /// <param name="rawPath">The path exactly as sent (still percent-encoded).</param>
    /// <param name="rawQuery">The query string as sent, without the leading <c>?</c>.</param>
    /// <param name="header">The request's header by lower-case name, or null.</param>
    public S3Error? Verify(string method, string rawPath, string rawQuery, Func<string, string?> header)
    {
        ArgumentNullException.ThrowIfNull(rawPath);
        ArgumentNullException.ThrowIfNull(header);
        var query = ParseQuery(rawQuery ?? "");
        if (query is null)
        {
            return S3Error.AuthorizationQueryParametersError("The query string is malformed.");
        }

        string? Param(string name) => query.Where(p => string.Equals(p.Key, name, StringComparison.Ordinal)).Select(p => p.Value).FirstOrDefault();
        if (Param("X-Amz-Signature") is not { Length: 64 } signature || Param("X-Amz-Credential") is not { } credential
            || Param("X-Amz-Date") is not { } amzDate || Param("X-Amz-Expires") is not { } expiresText
            || Param("X-Amz-SignedHeaders") is not { } signedHeaders)
        {
            return S3Error.AccessDenied("Query-string authentication requires the X-Amz-Signature, X-Amz-Credential, X-Amz-Date, X-Amz-Expires and X-Amz-SignedHeaders parameters.");
        }

        if (!string.Equals(Param("X-Amz-Algorithm"), SigV4Canonical.Algorithm, StringComparison.Ordinal))
        {
            return S3Error.AuthorizationQueryParametersError($"X-Amz-Algorithm must be {SigV4Canonical.Algorithm}.");
        }

        var scope = credential.Split('/');
        if (!DateTimeOffset.TryParseExact(amzDate, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var signedAt)
            || !int.TryParse(expiresText, NumberStyles.None, CultureInfo.InvariantCulture, out var expires) || expires is < 1 or > MaxExpiresSeconds
            || scope.Length != 5 || !string.Equals(scope[1], amzDate[..8], StringComparison.Ordinal))
        {
            return S3Error.AuthorizationQueryParametersError("X-Amz-Date, X-Amz-Expires (1–604800) or the credential's date is malformed.");
        }

        if (CheckScopeAndTime(scope, signedAt, expires) is { } refused)
        {
            return refused;
        }

        var names = signedHeaders.Split(';');
        if (!names.Contains("host") || !names.Contains("content-type") || !names.Contains("content-length"))
        {
            return S3Error.AccessDenied("The signature must cover the host, content-type and content-length headers.");
        }

        var canonical = CanonicalRequest(method, rawPath, query, names, header);
        var expected = SigV4Canonical.Signature(secretAccessKey, scope[1], region, "s3",
            SigV4Canonical.StringToSign(amzDate, string.Join('/', scope[1..]), canonical));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature.ToLowerInvariant()))
            ? null
            : S3Error.SignatureDoesNotMatch();
    }

    private S3Error? CheckScopeAndTime(string[] scope, DateTimeOffset signedAt, int expires)
    {
        if (!string.Equals(scope[0], accessKeyId, StringComparison.Ordinal))
        {
            return S3Error.InvalidAccessKeyId();
        }

        if (!string.Equals(scope[2], region, StringComparison.Ordinal) || !string.Equals(scope[3], "s3", StringComparison.Ordinal)
            || !string.Equals(scope[4], "aws4_request", StringComparison.Ordinal))
        {
            return S3Error.AuthorizationQueryParametersError($"The credential must be scoped to {region}/s3/aws4_request.");
        }

        var now = time.GetUtcNow();
        if (now > signedAt.AddSeconds(expires))
        {
            return S3Error.AccessDenied("Request has expired.");
        }

        return signedAt - now > AllowedClockSkew ? S3Error.AccessDenied("Request is not valid yet (X-Amz-Date is in the future).") : null;
    }

    /// <summary>The SigV4 canonical request of a pre-signed request (every query parameter but the signature).</summary>
    public static string CanonicalRequest(string method, string rawPath, IReadOnlyList<KeyValuePair<string, string>> query,
        IReadOnlyList<string> signedHeaderNames, Func<string, string?> header)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(signedHeaderNames);
        ArgumentNullException.ThrowIfNull(header);
        var path = string.Join('/', Uri.UnescapeDataString(rawPath).Split('/').Select(segment => SigV4Canonical.Encode(segment, keepSlash: false)));
        var canonicalQuery = string.Join('&', query.Where(p => !string.Equals(p.Key, "X-Amz-Signature", StringComparison.Ordinal))
            .Select(p => (Key: SigV4Canonical.Encode(p.Key, keepSlash: false), Value: SigV4Canonical.Encode(p.Value, keepSlash: false)))
            .OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => p.Key + "=" + p.Value));
        var headers = new StringBuilder();
        foreach (var name in signedHeaderNames)
        {
            headers.Append(name).Append(':').Append(string.Join(' ', (header(name) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))).Append('\n');
        }

        return string.Join('\n', method, path, canonicalQuery, headers.ToString(), string.Join(';', signedHeaderNames), "UNSIGNED-PAYLOAD");
    }

    /// <summary>The query's parameters, decoded; null when one is not valid percent-encoding.</summary>
    private static List<KeyValuePair<string, string>>? ParseQuery(string rawQuery)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in rawQuery.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? part : part[..equals];
            var value = equals < 0 ? "" : part[(equals + 1)..];
            try
            {
                pairs.Add(new(Uri.UnescapeDataString(key.Replace('+', ' ')), Uri.UnescapeDataString(value.Replace('+', ' '))));
            }
            catch (UriFormatException)
            {
                return null;
            }
        }

        return pairs;
    }

}
