using Amazon.S3;
using Amazon.S3.Model;
using GitGoods.Domain.Catalog.Images;

namespace GitGoods.Adapters.Images;

/// <summary>
/// Seller images in their S3 bucket. <paramref name="signerFactory"/> makes the client that signs the pre-signed PUTs (on AWS the same client; locally
/// one whose endpoint is the stack's own <c>/local/s3</c>, which checks the signature before it hands the body to the
/// emulator, and whose address is known only once the stack listens: hence made on first use). Signing needs no call to
/// S3, only the signer's credentials, whose rights the PUT then has.
/// </summary>
public sealed class S3ImageStore(IAmazonS3 s3, Func<IAmazonS3> signerFactory, string bucketName) : IImageStore
{
    private readonly Lazy<IAmazonS3> _signer = new(signerFactory);

    public S3ImageStore(IAmazonS3 s3, IAmazonS3 signer, string bucketName)
        : this(s3, () => signer, bucketName)
    {
    }

    public Uri PresignPut(string key, string contentType, long contentLength, DateTimeOffset expires)
    {
        var request = new GetPreSignedUrlRequest
        {
            BucketName = bucketName,
            Key = key,
            Verb = HttpVerb.PUT,
            ContentType = contentType,
            Expires = expires.UtcDateTime,
            // The signer's own scheme: https on AWS, http for the local stack's endpoint.
            Protocol = _signer.Value.Config.ServiceURL?.StartsWith("http://", StringComparison.OrdinalIgnoreCase) == true ? Protocol.HTTP : Protocol.HTTPS,
        };
        // Signed like the type: a body of another length is refused (S3: SignatureDoesNotMatch).
        request.Headers.ContentLength = contentLength;
        return new Uri(_signer.Value.GetPreSignedURL(request));
    }

    public async Task<StoredImage?> ReadHeadAsync(string key, int headBytes, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(headBytes, 1);
        try
        {
            // One ranged GET: the size (Content-Range), the type and the first bytes, never the whole object.
            using var response = await s3.GetObjectAsync(new GetObjectRequest
            {
                BucketName = bucketName,
                Key = key,
                ByteRange = new ByteRange(0, headBytes - 1),
            }, cancellationToken).ConfigureAwait(false);
            var head = new byte[headBytes];
            var read = 0;
            while (read < head.Length)
            {
                var n = await response.ResponseStream.ReadAsync(head.AsMemory(read), cancellationToken).ConfigureAwait(false);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }

            return new StoredImage(TotalLength(response) ?? read, response.Headers.ContentType, head.AsMemory(0, read));
        }
        catch (AmazonS3Exception e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == System.Net.HttpStatusCode.RequestedRangeNotSatisfiable)
        {
            // An empty object: no range of it exists.
            return new StoredImage(0, null, ReadOnlyMemory<byte>.Empty);
        }
    }

    /// <summary>What the public copies carry for CloudFront and browsers: an image never changes under its id.</summary>
    public const string PublicCacheControl = "public, max-age=31536000, immutable";

    public async Task CopyAsync(string fromKey, string toKey, string contentType, CancellationToken cancellationToken)
    {
        var request = new CopyObjectRequest
        {
            SourceBucket = bucketName,
            SourceKey = fromKey,
            DestinationBucket = bucketName,
            DestinationKey = toKey,
            ContentType = contentType,
            MetadataDirective = S3MetadataDirective.REPLACE,
        };
        request.Headers.CacheControl = PublicCacheControl;
        _ = await s3.CopyObjectAsync(request, cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken) =>
        _ = await s3.DeleteObjectAsync(bucketName, key, cancellationToken).ConfigureAwait(false);

    // "bytes 0-11/12345": the object's whole size is after the slash.
    private static long? TotalLength(GetObjectResponse response)
    {
        var range = response.ContentRange;
        var slash = range?.LastIndexOf('/') ?? -1;
        return slash >= 0 && long.TryParse(range.AsSpan(slash + 1), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var total) ? total : null;
    }
}
