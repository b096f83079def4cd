using Amazon.S3;
using Amazon.S3.Model;
using GitGoods.Domain.Analytics;

namespace GitGoods.Adapters.Analytics;

/// <summary>The analytics lake in its S3 bucket (the bucket's default encryption applies).</summary>
public sealed class S3AnalyticsFiles(IAmazonS3 s3, string bucketName) : IAnalyticsFiles
{
    public async Task PutAsync(string key, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken)
    {
        AnalyticsKeys.Validate(key);
        using var body = new MemoryStream(content.ToArray(), writable: false);
        _ = await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucketName,
            Key = key,
            InputStream = body,
            ContentType = contentType,
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <exception cref="AmazonS3Exception">When S3 refuses the HEAD request (403 when the caller may not list the bucket).</exception>
    public async Task<bool> ExistsAsync(string key, CancellationToken cancellationToken)
    {
        AnalyticsKeys.Validate(key);
        try
        {
            _ = await s3.GetObjectMetadataAsync(bucketName, key, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return false;
        }
    }
}
