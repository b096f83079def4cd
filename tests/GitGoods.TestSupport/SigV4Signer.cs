using System.Globalization;
using System.Text;
using GitGoods.LocalEnvironment.Identity;
using GitGoods.LocalEnvironment.Identity.Cognito;
using GitGoods.LocalEnvironment.Signing;

namespace GitGoods.TestSupport;

/// <summary>
/// Signs a Cognito request with AWS Signature V4 (headers host, x-amz-date, x-amz-target; the body's SHA-256), as an
/// AWS SDK does, for the local pool's Admin* operations. AWSSDK.CognitoIdentityProvider is not used here; boto3 and
/// the AWS CLI tests sign independently.
/// </summary>
public static class SigV4Signer
{
    public static void Sign(HttpRequestMessage message, byte[] body, AdminCredentials credentials, DateTimeOffset now, string region = UserPool.Region)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(credentials);
        var uri = message.RequestUri!;
        var amzDate = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        message.Headers.Remove("X-Amz-Date");
        message.Headers.Add("X-Amz-Date", amzDate);
        var target = message.Headers.GetValues("X-Amz-Target").Single();
        string[] signed = ["host", "x-amz-date", "x-amz-target"];
        var request = new SignedRequest(message.Method.Method, uri.AbsolutePath, uri.Query.TrimStart('?'),
            [new("host", uri.Authority), new("x-amz-date", amzDate), new("x-amz-target", target)], body);
        var scope = $"{amzDate[..8]}/{region}/{AdminSignature.Service}/aws4_request";
        var signature = SigV4Canonical.Signature(credentials.SecretAccessKey, amzDate[..8], region, AdminSignature.Service,
            SigV4Canonical.StringToSign(amzDate, scope, SigV4Canonical.CanonicalRequest(request, signed)));
        message.Headers.TryAddWithoutValidation("Authorization",
            $"{SigV4Canonical.Algorithm} Credential={credentials.AccessKeyId}/{scope}, SignedHeaders={string.Join(';', signed)}, Signature={signature}");
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
