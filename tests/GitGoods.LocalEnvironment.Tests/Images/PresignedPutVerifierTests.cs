using Amazon.Runtime;
using GitGoods.Adapters.Images;
using GitGoods.LocalEnvironment.Images;
using Microsoft.Extensions.Time.Testing;

namespace GitGoods.LocalEnvironment.Tests.Images;

/// <summary>
/// The stack's SigV4 query verifier against URLs pre-signed by the AWS SDK (AWSSDK.S3, an independent implementation):
/// the untouched request passes; any change to what was signed, a wrong key, or time past the expiry is refused.
/// </summary>
public sealed class PresignedPutVerifierTests : IDisposable
{
    private const string Secret = "local-secret-for-tests";
    private const string Key = "uploads/seller-1/0123456789abcdef0123456789abcdef";
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly Amazon.S3.IAmazonS3 _signer =
        S3ClientFactory.Create("ap-southeast-1", new Uri("http://127.0.0.1:5080/local/s3"), new BasicAWSCredentials("LOCALKEY", Secret));

    public void Dispose() => _signer.Dispose();

    [Fact]
    public void Verify_TheRequestAsSigned_Passes()
    {
        var url = Sign("image/png", 1234);

        Verify(url, "image/png", "1234").Should().BeNull();
    }

    [Theory]
    [InlineData("image/jpeg", "1234")]
    [InlineData("image/png", "1235")]
    [InlineData("image/png", "2097153")]
    [InlineData("image/webp", "1234")]
    public void Verify_AnotherContentTypeOrLength_IsSignatureDoesNotMatch(string type, string length) =>
        Verify(Sign("image/png", 1234), type, length)!.Code.Should().Be("SignatureDoesNotMatch");

    [Theory]
    [InlineData("X-Amz-Signature")]
    [InlineData("X-Amz-Date")]
    [InlineData("X-Amz-Expires")]
    [InlineData("path")]
    [InlineData("host")]
    [InlineData("extra")]
    public void Verify_AnyTamperedPart_IsRefused(string part)
    {
        var url = Sign("image/png", 1234);
        var query = url.Query.TrimStart('?');
        var path = url.AbsolutePath;
        var host = "127.0.0.1:5080";
        switch (part)
        {
            case "path":
                path = path.Replace("seller-1", "seller-2", StringComparison.Ordinal);
                break;
            case "host":
                host = "127.0.0.1:5081";
                break;
            case "extra":
                query += "&x-id=Other";
                break;
            default:
                query = Tamper(query, part);
                break;
        }

        var error = new PresignedPutVerifier("LOCALKEY", Secret, "ap-southeast-1", _time).Verify("PUT", path, query, Headers(host, "image/png", "1234"));

        error.Should().NotBeNull();
        error!.Status.Should().BeOneOf(400, 403);
    }

    [Fact]
    public void Verify_AnotherMethod_IsSignatureDoesNotMatch()
    {
        var url = Sign("image/png", 1234);

        new PresignedPutVerifier("LOCALKEY", Secret, "ap-southeast-1", _time).Verify("POST", url.AbsolutePath, url.Query, Headers("127.0.0.1:5080", "image/png", "1234"))!
            .Code.Should().Be("SignatureDoesNotMatch");
    }

    [Fact]
    public void Verify_AnotherSecretOrAccessKey_IsRefused()
    {
        var url = Sign("image/png", 1234);

        new PresignedPutVerifier("LOCALKEY", "another-secret", "ap-southeast-1", _time).Verify("PUT", url.AbsolutePath, url.Query, Headers("127.0.0.1:5080", "image/png", "1234"))!
            .Code.Should().Be("SignatureDoesNotMatch");
        new PresignedPutVerifier("OTHERKEY", Secret, "ap-southeast-1", _time).Verify("PUT", url.AbsolutePath, url.Query, Headers("127.0.0.1:5080", "image/png", "1234"))!
            .Code.Should().Be("InvalidAccessKeyId");
        new PresignedPutVerifier("LOCALKEY", Secret, "us-east-1", _time).Verify("PUT", url.AbsolutePath, url.Query, Headers("127.0.0.1:5080", "image/png", "1234"))!
            .Code.Should().Be("AuthorizationQueryParametersError");
    }

    [Fact]
    public void Verify_AfterTheExpiry_IsAccessDenied_AndJustBeforeItPasses()
    {
        var url = Sign("image/png", 1234);

        _time.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(2));
        Verify(url, "image/png", "1234").Should().BeNull();
        _time.Advance(TimeSpan.FromSeconds(3));
        var error = Verify(url, "image/png", "1234");

        (error!.Status, error.Code, error.Message).Should().Be((403, "AccessDenied", "Request has expired."));
    }

    [Fact]
    public void Verify_AUrlWithoutTheSignedTypeAndLength_IsAccessDenied()
    {
        using var signer = S3ClientFactory.Create("ap-southeast-1", new Uri("http://127.0.0.1:5080/local/s3"), new BasicAWSCredentials("LOCALKEY", Secret));
        var url = new Uri(signer.GetPreSignedURL(new Amazon.S3.Model.GetPreSignedUrlRequest
        {
            BucketName = "gitgoods-images", Key = Key, Verb = Amazon.S3.HttpVerb.PUT, Expires = _time.GetUtcNow().UtcDateTime.AddMinutes(5),
        }));

        Verify(url, "image/png", "1234")!.Code.Should().Be("AccessDenied");
    }

    [Theory]
    [InlineData("")]
    [InlineData("X-Amz-Signature=abc")]
    [InlineData("X-Amz-Algorithm=AWS4-HMAC-SHA1&X-Amz-Credential=LOCALKEY%2F20261205%2Fap-southeast-1%2Fs3%2Faws4_request&X-Amz-Date=20261205T000000Z&X-Amz-Expires=300&X-Amz-SignedHeaders=host&X-Amz-Signature=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=LOCALKEY%2F20261205%2Fap-southeast-1%2Fs3%2Faws4_request&X-Amz-Date=yesterday&X-Amz-Expires=300&X-Amz-SignedHeaders=host&X-Amz-Signature=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=LOCALKEY%2F20261205%2Fap-southeast-1%2Fs3%2Faws4_request&X-Amz-Date=20261205T000000Z&X-Amz-Expires=999999&X-Amz-SignedHeaders=host&X-Amz-Signature=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("X-Amz-Signature=%ZZ")]
    public void Verify_AMalformedOrIncompleteQuery_IsRefusedWithoutThrowing(string query)
    {
        var error = new PresignedPutVerifier("LOCALKEY", Secret, "ap-southeast-1", _time).Verify("PUT", "/local/s3/gitgoods-images/" + Key, query,
            Headers("127.0.0.1:5080", "image/png", "1234"));

        error.Should().NotBeNull();
        error!.Status.Should().BeOneOf(400, 403);
        error.ToXml("req-1").Should().StartWith("<?xml").And.Contain("<Code>" + error.Code + "</Code>");
    }

    private Uri Sign(string type, long length)
    {
        var store = new S3ImageStore(_signer, _signer, "gitgoods-images");
        return store.PresignPut(Key, type, length, _time.GetUtcNow().AddMinutes(5));
    }

    private S3Error? Verify(Uri url, string type, string length)
    {
        return new PresignedPutVerifier("LOCALKEY", Secret, "ap-southeast-1", _time).Verify("PUT", url.AbsolutePath, url.Query, Headers("127.0.0.1:5080", type, length));
    }

    private static Func<string, string?> Headers(string host, string type, string length) => name => name switch
    {
        "host" => host,
        "content-type" => type,
        "content-length" => length,
        _ => null,
    };

    private static string Tamper(string query, string name) => string.Join('&', query.Split('&').Select(p =>
    {
        if (!p.StartsWith(name + "=", StringComparison.Ordinal))
        {
            return p;
        }

        var value = p[(name.Length + 1)..];
        var last = value[^1];
        return name + "=" + value[..^1] + (last == '0' ? '1' : '0');
    }));
}
