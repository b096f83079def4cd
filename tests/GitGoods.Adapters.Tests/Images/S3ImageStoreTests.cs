using System.Web;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using GitGoods.Adapters.Images;
using GitGoods.Adapters.Tests.Queues;
using GitGoods.Catalog.ProductImages;
using GitGoods.Domain.Catalog.Images;
using GitGoods.TestSupport;

namespace GitGoods.Adapters.Tests.Images;

/// <summary>The image store against the real S3 emulator (fauxqs), each test in its own bucket.</summary>
[Collection(FauxqsCollection.Name)]
public sealed class S3ImageStoreTests(FauxqsFixture fauxqs) : IAsyncLifetime
{
    private const string Id = "0123456789abcdef0123456789abcdef";
    private readonly string _bucket = "images-" + Guid.NewGuid().ToString("N")[..12];
    private readonly IAmazonS3 _s3 = S3ClientFactory.Create(FauxqsFixture.Region, fauxqs.Endpoint);

    public async Task InitializeAsync() => await _s3.PutBucketAsync(_bucket);

    public Task DisposeAsync()
    {
        _s3.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void PresignPut_SignsTheContentTypeAndLength_ForTheSignersEndpointPathStyle()
    {
        using var signer = S3ClientFactory.Create(FauxqsFixture.Region, new Uri("http://127.0.0.1:5999/local/s3"), new BasicAWSCredentials("AKIDLOCAL", "secret"));
        var store = new S3ImageStore(_s3, signer, _bucket);

        var url = store.PresignPut("uploads/s-1/" + Id, "image/png", 1234, DateTimeOffset.UtcNow.AddMinutes(5));

        url.GetLeftPart(UriPartial.Path).Should().Be($"http://127.0.0.1:5999/local/s3/{_bucket}/uploads/s-1/{Id}");
        var query = HttpUtility.ParseQueryString(url.Query);
        query["X-Amz-SignedHeaders"].Should().Be("content-length;content-type;host");
        query["X-Amz-Credential"].Should().StartWith("AKIDLOCAL/").And.EndWith("/ap-southeast-1/s3/aws4_request");
        int.Parse(query["X-Amz-Expires"]!, System.Globalization.CultureInfo.InvariantCulture).Should().BeInRange(299, 300);
    }

    [Fact]
    public async Task ReadHead_ReadsTheSizeTypeAndFirstBytesOnly_AndNullWhenMissing()
    {
        var body = Png(50_000);
        await Put("uploads/s-1/" + Id, body, "image/png");
        var store = Store();

        var head = await store.ReadHeadAsync("uploads/s-1/" + Id, 12, default);
        var missing = await store.ReadHeadAsync("uploads/s-1/" + Id.Replace('0', 'f'), 12, default);

        head!.Length.Should().Be(50_000);
        head.ContentType.Should().Be("image/png");
        head.Head.ToArray().Should().Equal(body[..12]);
        missing.Should().BeNull();
    }

    [Fact]
    public async Task Attach_AValidUpload_CopiesItToThePublicPrefix_ThenDeletesTheUpload()
    {
        await Put("uploads/s-1/" + Id, Png(3000), "image/png");
        var attach = new ProductImageAttachment(Store());

        var change = await attach.PrepareAsync("s-1", [], ["/images/products/" + Id], default);
        await attach.CompleteAsync(change, default);

        change.IsValid.Should().BeTrue();
        var published = await _s3.GetObjectMetadataAsync(_bucket, "images/products/" + Id);
        (published.ContentLength, published.Headers.ContentType).Should().Be((3000, "image/png"));
        (await Exists("uploads/s-1/" + Id)).Should().BeFalse();
    }

    [Fact]
    public async Task Attach_AnObjectOver2MB_IsRefusedNamingTheImage_AndNothingIsPublished()
    {
        await Put("uploads/s-1/" + Id, Png((int)ImageFormats.MaxBytes + 1), "image/png");

        var change = await new ProductImageAttachment(Store()).PrepareAsync("s-1", [], ["/images/products/" + Id], default);

        change.Errors["images"].Should().ContainSingle().Which.Should().Contain("/images/products/" + Id).And.Contain("2097153 bytes");
        (await Exists("images/products/" + Id)).Should().BeFalse();
        (await Exists("uploads/s-1/" + Id)).Should().BeTrue();
    }

    [Fact]
    public async Task Attach_AnObjectOfAnotherType_IsRefused_EvenWhenUploadedAsPng()
    {
        await Put("uploads/s-1/" + Id, "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000"u8.ToArray(), "image/png");

        var change = await new ProductImageAttachment(Store()).PrepareAsync("s-1", [], ["/images/products/" + Id], default);

        change.Errors["images"].Should().ContainSingle().Which.Should().Contain("is not a JPEG, PNG or WebP image");
        (await Exists("images/products/" + Id)).Should().BeFalse();
    }

    [Fact]
    public async Task Attach_AnotherSellersUpload_IsRefused()
    {
        await Put("uploads/s-2/" + Id, Png(100), "image/png");

        var change = await new ProductImageAttachment(Store()).PrepareAsync("s-1", [], ["/images/products/" + Id], default);

        change.Errors["images"].Should().ContainSingle().Which.Should().Contain("no upload of yours");
    }

    [Fact]
    public async Task Delete_RemovesTheObject_AndAMissingOneIsNoError()
    {
        await Put("images/products/" + Id, Png(100), "image/png");

        await Store().DeleteAsync("images/products/" + Id, default);
        await Store().DeleteAsync("images/products/" + Id, default);

        (await Exists("images/products/" + Id)).Should().BeFalse();
    }

    private S3ImageStore Store() => new(_s3, _s3, _bucket);

    private async Task Put(string key, byte[] body, string type)
    {
        using var stream = new MemoryStream(body);
        await _s3.PutObjectAsync(new PutObjectRequest { BucketName = _bucket, Key = key, InputStream = stream, ContentType = type });
    }

    private async Task<bool> Exists(string key)
    {
        try
        {
            await _s3.GetObjectMetadataAsync(_bucket, key);
            return true;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    private static byte[] Png(int length) => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[length - 8]];
}
