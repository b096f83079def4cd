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
}
