using System.Text;
using GitGoods.LocalEnvironment.Identity.Cognito;
using Microsoft.Extensions.Time.Testing;
using GitGoods.LocalEnvironment.Signing;

namespace GitGoods.LocalEnvironment.Tests.Identity;

/// <summary>
/// The SigV4 verifier against AWS's own Signature Version 4 test suite (AKIDEXAMPLE, 2015-08-30T12:36:00Z, us-east-1,
/// service "service"; the signatures are the suite's published ones), then each way a request can be refused.
/// </summary>
public sealed class SigV4VerifierTests
{
    private const string KeyId = "AKIDEXAMPLE";
    private const string Secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private const string Date = "20150830T123600Z";
    private const string Scope = "AKIDEXAMPLE/20150830/us-east-1/service/aws4_request";
    private static readonly DateTimeOffset SignedAt = new(2015, 8, 30, 12, 36, 0, TimeSpan.Zero);

    public static TheoryData<string, string, string, string[], string, string, string> Suite => new()
    {
        // name, method, path?query, extra headers "name:value", body, signed headers, signature
        { "get-vanilla", "GET", "/", [], "", "host;x-amz-date", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31" },
        { "post-vanilla", "POST", "/", [], "", "host;x-amz-date", "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b" },
        { "get-vanilla-query-order-key-case", "GET", "/?Param2=value2&Param1=value1", [], "", "host;x-amz-date", "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500" },
        { "post-x-www-form-urlencoded", "POST", "/", ["Content-Type:application/x-www-form-urlencoded"], "Param1=value1", "content-type;host;x-amz-date", "ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a" },
        { "get-header-value-trim", "GET", "/", ["My-Header1: value1", "My-Header2: \"a   b   c\""], "", "host;my-header1;my-header2;x-amz-date", "acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736" },
    };

    [Theory]
    [MemberData(nameof(Suite))]
    public void AwsTestSuite_IsAccepted(string name, string method, string target, string[] headers, string body, string signedHeaders, string signature)
    {
        var request = Request(method, target, headers, body, $"Credential={Scope}, SignedHeaders={signedHeaders}, Signature={signature}");

        var verify = () => Verifier(SignedAt).Verify(request);

        verify.Should().NotThrow(name);
    }

    [Theory]
    [MemberData(nameof(Suite))]
    public void AwsTestSuite_WithOneBitOfTheSignatureChanged_IsInvalidSignature(string name, string method, string target, string[] headers, string body, string signedHeaders, string signature)
    {
        var flipped = (signature[0] == '0' ? "1" : "0") + signature[1..];
        var request = Request(method, target, headers, body, $"Credential={Scope}, SignedHeaders={signedHeaders}, Signature={flipped}");

        Refusal(Verifier(SignedAt), request).Should().StartWith("InvalidSignatureException: The request signature we calculated does not match", name);
    }

    [Fact]
    public void ChangedBody_ChangedHeaderOrChangedPath_IsInvalidSignature()
    {
        const string signed = "Credential=" + Scope + ", SignedHeaders=content-type;host;x-amz-date, Signature=ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a";
        string[] form = ["Content-Type:application/x-www-form-urlencoded"];

        Refusal(Verifier(SignedAt), Request("POST", "/", form, "Param1=value2", signed)).Should().StartWith("InvalidSignatureException");
        Refusal(Verifier(SignedAt), Request("POST", "/", ["Content-Type:application/json"], "Param1=value1", signed)).Should().StartWith("InvalidSignatureException");
        Refusal(Verifier(SignedAt), Request("POST", "/other", form, "Param1=value1", signed)).Should().StartWith("InvalidSignatureException");
        Refusal(Verifier(SignedAt), Request("PUT", "/", form, "Param1=value1", signed)).Should().StartWith("InvalidSignatureException");
    }

    [Fact]
    public void WrongSecret_IsInvalidSignature_AndUnknownKey_IsUnrecognizedClient()
    {
        var request = Request("GET", "/", [], "", $"Credential={Scope}, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
        var otherSecret = new SigV4Verifier(_ => "another-secret", "us-east-1", "service", new FakeTimeProvider(SignedAt));
        var noKey = new SigV4Verifier(_ => null, "us-east-1", "service", new FakeTimeProvider(SignedAt));

        Refusal(otherSecret, request).Should().StartWith("InvalidSignatureException");
        Refusal(noKey, request).Should().Be("UnrecognizedClientException: The security token included in the request is invalid.");
    }

    [Theory]
    [InlineData(301, "Signature expired: 20150830T123600Z is now earlier than 20150830T123601Z (20150830T124101Z - 5 min.)")]
    [InlineData(-301, "Signature not yet current: 20150830T123600Z is still later than 20150830T123559Z (20150830T123059Z + 5 min.)")]
    public void ClockSkewOverFiveMinutes_IsInvalidSignature(int clockOffsetSeconds, string message)
    {
        var request = Request("GET", "/", [], "", $"Credential={Scope}, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");

        Refusal(Verifier(SignedAt.AddSeconds(clockOffsetSeconds)), request).Should().Be("InvalidSignatureException: " + message);
        Refusal(Verifier(SignedAt.AddSeconds(clockOffsetSeconds - Math.Sign(clockOffsetSeconds))), request).Should().Be("accepted");
    }

    [Theory]
    [InlineData("AKIDEXAMPLE/20150830/eu-west-1/service/aws4_request", "InvalidSignatureException: Credential should be scoped to a valid region")]
    [InlineData("AKIDEXAMPLE/20150830/us-east-1/s3/aws4_request", "InvalidSignatureException: Credential should be scoped to correct service")]
    [InlineData("AKIDEXAMPLE/20150831/us-east-1/service/aws4_request", "InvalidSignatureException: Date in Credential scope does not match")]
    [InlineData("AKIDEXAMPLE/20150830/us-east-1/service/aws5_request", "InvalidSignatureException: Credential should be scoped with a valid terminator")]
    [InlineData("AKIDEXAMPLE/20150830/us-east-1", "IncompleteSignatureException")]
    public void WrongScope_IsRefused(string credential, string refusal)
    {
        var request = Request("GET", "/", [], "", $"Credential={credential}, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");

        Refusal(Verifier(SignedAt), request).Should().StartWith(refusal);
    }

    [Theory]
    [InlineData(null, "MissingAuthenticationTokenException: Missing Authentication Token")]
    [InlineData("", "MissingAuthenticationTokenException: Missing Authentication Token")]
    [InlineData("Bearer abc", "IncompleteSignatureException")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request", "IncompleteSignatureException")]
    [InlineData("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=x-amz-date, Signature=00", "InvalidSignatureException: 'Host' or ':authority' must be a 'SignedHeader'")]
    public void MissingOrMalformedAuthorization_IsRefused(string? authorization, string refusal)
    {
        var headers = new List<KeyValuePair<string, string>> { new("Host", "example.amazonaws.com"), new("X-Amz-Date", Date) };
        if (authorization is not null)
        {
            headers.Add(new("Authorization", authorization));
        }

        Refusal(Verifier(SignedAt), new SignedRequest("GET", "/", "", headers, Array.Empty<byte>())).Should().StartWith(refusal);
    }

    [Fact]
    public void MissingDate_IsIncompleteSignature()
    {
        var request = new SignedRequest("GET", "/", "", [new("Host", "example.amazonaws.com"),
            new("Authorization", $"AWS4-HMAC-SHA256 Credential={Scope}, SignedHeaders=host, Signature=00")], Array.Empty<byte>());

        Refusal(Verifier(SignedAt), request).Should().StartWith("IncompleteSignatureException: Authorization header requires existence of either a 'X-Amz-Date'");
    }

    private static SigV4Verifier Verifier(DateTimeOffset now) =>
        new(keyId => string.Equals(keyId, KeyId, StringComparison.Ordinal) ? Secret : null, "us-east-1", "service", new FakeTimeProvider(now));

    private static SignedRequest Request(string method, string target, string[] headers, string body, string credentialPart)
    {
        var query = target.IndexOf('?', StringComparison.Ordinal);
        var all = new List<KeyValuePair<string, string>> { new("Host", "example.amazonaws.com"), new("X-Amz-Date", Date) };
        all.AddRange(headers.Select(h => new KeyValuePair<string, string>(h[..h.IndexOf(':', StringComparison.Ordinal)], h[(h.IndexOf(':', StringComparison.Ordinal) + 1)..])));
        all.Add(new("Authorization", "AWS4-HMAC-SHA256 " + credentialPart));
        return new SignedRequest(method, query < 0 ? target : target[..query], query < 0 ? "" : target[(query + 1)..], all, Encoding.UTF8.GetBytes(body));
    }

    private static string Refusal(SigV4Verifier verifier, SignedRequest request)
    {
        try
        {
            verifier.Verify(request);
            return "accepted";
        }
        catch (CognitoException e)
        {
            return $"{e.Type}: {e.Message}";
        }
    }
}
