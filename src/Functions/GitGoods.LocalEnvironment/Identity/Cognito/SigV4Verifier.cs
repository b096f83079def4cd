using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GitGoods.LocalEnvironment.Signing;

namespace GitGoods.LocalEnvironment.Identity.Cognito;

/// <summary>
/// Checks an AWS Signature Version 4 <c>Authorization</c> header as AWS does, with AWS's error types and messages:
/// no header is MissingAuthenticationTokenException, a malformed one IncompleteSignatureException, an unknown key
/// UnrecognizedClientException, a date more than 5 minutes off, a wrong scope or a wrong signature
/// InvalidSignatureException. Only the header form is accepted (no pre-signed query string).
/// </summary>
public sealed class SigV4Verifier(Func<string, string?> secretFor, string region, string service, TimeProvider time)
{
    public static readonly TimeSpan AllowedSkew = TimeSpan.FromMinutes(5);

    private const string TimeFormat = "yyyyMMdd'T'HHmmss'Z'";

    /// <exception cref="CognitoException">Why the request is not signed by a known key.</exception>
    public void Verify(SignedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var authorization = request.Header("Authorization");
        if (string.IsNullOrWhiteSpace(authorization))
        {
            throw new CognitoException("MissingAuthenticationTokenException", "Missing Authentication Token");
        }

        var header = Parse(authorization);
        var scope = header.Credential.Split('/');
        if (scope.Length != 5)
        {
            throw Incomplete($"Credential should be scoped to a valid region, service and terminator: '{header.Credential}'.");
        }

        var secret = secretFor(scope[0]) ?? throw new CognitoException("UnrecognizedClientException", "The security token included in the request is invalid.");
        var amzDate = request.Header("X-Amz-Date")
            ?? throw Incomplete("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
        if (!DateTimeOffset.TryParseExact(amzDate, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var signedAt))
        {
            throw Incomplete($"Date must be in ISO-8601 'basic format'. Got '{amzDate}'.");
        }

        CheckTime(amzDate, signedAt);
        CheckScope(scope, amzDate, header.SignedHeaders);
        var canonical = SigV4Canonical.CanonicalRequest(request, header.SignedHeaders);
        var expected = SigV4Canonical.Signature(secret, scope[1], scope[2], scope[3],
            SigV4Canonical.StringToSign(amzDate, string.Join('/', scope[1..]), canonical));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(header.Signature)))
        {
            throw Invalid("The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.");
        }
    }

    private void CheckTime(string amzDate, DateTimeOffset signedAt)
    {
        var now = time.GetUtcNow();
        var text = (DateTimeOffset t) => t.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);
        if (signedAt < now - AllowedSkew)
        {
            throw Invalid($"Signature expired: {amzDate} is now earlier than {text(now - AllowedSkew)} ({text(now)} - 5 min.)");
        }

        if (signedAt > now + AllowedSkew)
        {
            throw Invalid($"Signature not yet current: {amzDate} is still later than {text(now + AllowedSkew)} ({text(now)} + 5 min.)");
        }
    }

    private void CheckScope(string[] scope, string amzDate, IReadOnlyList<string> signedHeaders)
    {
        if (!string.Equals(scope[1], amzDate[..8], StringComparison.Ordinal))
        {
            throw Invalid($"Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '{scope[1]}' != '{amzDate[..8]}', from '{amzDate}'.");
        }

        if (!string.Equals(scope[2], region, StringComparison.Ordinal))
        {
            throw Invalid($"Credential should be scoped to a valid region, not '{scope[2]}'. ");
        }

        if (!string.Equals(scope[3], service, StringComparison.Ordinal))
        {
            throw Invalid($"Credential should be scoped to correct service: '{service}'. ");
        }

        if (!string.Equals(scope[4], "aws4_request", StringComparison.Ordinal))
        {
            throw Invalid($"Credential should be scoped with a valid terminator: 'aws4_request', not '{scope[4]}'. ");
        }

        if (!signedHeaders.Contains("host", StringComparer.Ordinal))
        {
            throw Invalid("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
        }
    }

    private static (string Credential, IReadOnlyList<string> SignedHeaders, string Signature) Parse(string authorization)
    {
        const string missing = "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter.";
        if (!authorization.StartsWith(SigV4Canonical.Algorithm + " ", StringComparison.Ordinal))
        {
            throw Incomplete($"Unsupported AWS 'algorithm': the Authorization header must start with '{SigV4Canonical.Algorithm} '.");
        }

        var parts = authorization[SigV4Canonical.Algorithm.Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).Where(p => p.Length == 2)
            .GroupBy(p => p[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal);
        if (!parts.TryGetValue("Credential", out var credential) || !parts.TryGetValue("SignedHeaders", out var signedHeaders)
            || !parts.TryGetValue("Signature", out var signature) || credential.Length == 0 || signedHeaders.Length == 0 || signature.Length == 0)
        {
            throw Incomplete(missing);
        }

        return (credential, signedHeaders.Split(';'), signature);
    }

    private static CognitoException Invalid(string message) => new("InvalidSignatureException", message);

    private static CognitoException Incomplete(string message) => new("IncompleteSignatureException", message);
}
