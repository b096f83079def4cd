using System.Security.Cryptography;
using System.Text;

namespace GitGoods.LocalEnvironment.Signing;

/// <summary>
/// The canonical request and the signature of AWS Signature Version 4 (the general rules, as for every service but
/// S3: the path is normalised and encoded once more, query parameters sorted, header values trimmed), and the pieces
/// S3's pre-signed URLs share with them (<see cref="Images.PresignedPutVerifier"/>): encoding, string to sign, signature.
/// </summary>
public static class SigV4Canonical
{
    public const string Algorithm = "AWS4-HMAC-SHA256";

    public static string CanonicalRequest(SignedRequest request, IReadOnlyList<string> signedHeaders)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(signedHeaders);
        var headers = new StringBuilder();
        foreach (var name in signedHeaders)
        {
            headers.Append(name).Append(':').AppendJoin(',', request.Values(name).Select(Trim)).Append('\n');
        }

        return string.Join('\n', request.Method.ToUpperInvariant(), Path(request.RawPath), Query(request.RawQuery), headers.ToString(),
            string.Join(';', signedHeaders), Hex(SHA256.HashData(request.Body.Span)));
    }

    public static string StringToSign(string amzDate, string scope, string canonicalRequest) =>
        string.Join('\n', Algorithm, amzDate, scope, Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest))));

    /// <summary>HMAC-SHA256 of the string to sign with the key derived from the secret, date, region and service.</summary>
    public static string Signature(string secret, string date, string region, string service, string stringToSign)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var key = Encoding.UTF8.GetBytes("AWS4" + secret);
        foreach (var part in new[] { date, region, service, "aws4_request" })
        {
            key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(part));
        }

        return Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
    }

    // "Trimall": no leading or trailing spaces, and runs of spaces inside become one.
    private static string Trim(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Path(string rawPath)
    {
        var segments = new List<string>();
        foreach (var segment in (rawPath.Length == 0 ? "/" : rawPath).Split('/').Skip(1))
        {
            if (string.Equals(segment, "..", StringComparison.Ordinal))
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (!string.Equals(segment, ".", StringComparison.Ordinal))
            {
                segments.Add(segment);
            }
        }

        var trailing = rawPath.EndsWith('/') || rawPath.EndsWith("/.", StringComparison.Ordinal) || rawPath.EndsWith("/..", StringComparison.Ordinal);
        var path = "/" + string.Join('/', segments.Where((s, i) => s.Length > 0 || i == segments.Count - 1));
        path = trailing && !path.EndsWith('/') ? path + "/" : path;
        return Encode(path, keepSlash: true);
    }

    private static string Query(string rawQuery)
    {
        var pairs = rawQuery.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p =>
        {
            var equals = p.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? p : p[..equals];
            var value = equals < 0 ? "" : p[(equals + 1)..];
            return (Name: Encode(Uri.UnescapeDataString(name), keepSlash: false), Value: Encode(Uri.UnescapeDataString(value), keepSlash: false));
        });
        return string.Join('&', pairs.OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal).Select(p => p.Name + "=" + p.Value));
    }

    /// <summary>RFC 3986: unreserved characters as they are, every other byte of the UTF-8 as %XX (upper case).</summary>
    public static string Encode(string text, bool keepSlash)
    {
        var encoded = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' || (keepSlash && c == '/'))
            {
                encoded.Append(c);
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }

    public static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
