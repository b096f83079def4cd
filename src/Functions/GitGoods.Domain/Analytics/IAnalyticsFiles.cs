namespace GitGoods.Domain.Analytics;

/// <summary>
/// The analytics lake's storage: whole objects under keys such as <c>lake/order_lines/dt=2026-12-04/part.parquet</c>.
/// An S3 bucket on AWS, a folder locally. Writing a key again replaces the object, which is what makes a retried
/// writer idempotent when it derives its keys from what it writes.
/// </summary>
public interface IAnalyticsFiles
{
    /// <summary>Writes (or replaces) the whole object at <paramref name="key"/>.</summary>
    Task PutAsync(string key, ReadOnlyMemory<byte> content, string contentType, CancellationToken cancellationToken);

    /// <summary>
    /// True when an object exists at <paramref name="key"/>. On S3 this is a HEAD request: the caller needs
    /// <c>s3:GetObject</c> on the key and <c>s3:ListBucket</c> on the bucket, else a missing key answers 403, not 404.
    /// </summary>
    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken);
}
