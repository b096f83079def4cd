using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using GitGoods.Adapters.Analytics;
using GitGoods.Adapters.Tests.Queues;
using GitGoods.TestSupport;

namespace GitGoods.Adapters.Tests.Analytics;

/// <summary>The S3 adapter against a real S3-protocol endpoint: the stack's fauxqs, which also serves S3 (path style).</summary>
[Collection(FauxqsCollection.Name)]
public sealed class S3AnalyticsFilesTests(FauxqsFixture fauxqs)
{
    [Fact]
    public async Task Put_WritesAndReplacesTheObject_AndExistsSeesIt()
    {
        using var s3 = Client();
        var bucket = "lake-" + Guid.NewGuid().ToString("N")[..12];
        _ = await s3.PutBucketAsync(bucket);
        var files = new S3AnalyticsFiles(s3, bucket);
        const string key = "lake/sales_daily/dt=2026-12-04/sales.parquet";

        var before = await files.ExistsAsync(key, CancellationToken.None);
        await files.PutAsync(key, new byte[] { 1, 2, 3 }, "application/vnd.apache.parquet", CancellationToken.None);
        await files.PutAsync(key, new byte[] { 4, 5 }, "application/vnd.apache.parquet", CancellationToken.None);

        before.Should().BeFalse();
        (await files.ExistsAsync(key, CancellationToken.None)).Should().BeTrue();
        using var stored = await s3.GetObjectAsync(bucket, key);
        using var content = new MemoryStream();
        await stored.ResponseStream.CopyToAsync(content);
        content.ToArray().Should().Equal(4, 5);
        stored.Headers.ContentType.Should().Be("application/vnd.apache.parquet");
    }

    [Fact]
    public async Task InvalidKeys_AreRefusedBeforeAnyRequest()
    {
        using var s3 = Client();
        var files = new S3AnalyticsFiles(s3, "no-such-bucket");

        var act = () => files.PutAsync("../escape", new byte[] { 1 }, "text/plain", CancellationToken.None);

        await act.Should().ThrowAsync<ArgumentException>();
    }

    private AmazonS3Client Client() => new(new BasicAWSCredentials("local", "local"), new AmazonS3Config
    {
        ServiceURL = fauxqs.Endpoint.ToString(),
        AuthenticationRegion = FauxqsFixture.Region,
        ForcePathStyle = true,
        // Emulators rarely speak the SDK's default streaming checksum trailers; S3 itself accepts either.
        RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
        ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
    });
}
