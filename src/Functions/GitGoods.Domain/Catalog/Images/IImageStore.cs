namespace GitGoods.Domain.Catalog.Images;

/// <summary>
/// Where seller images live (an S3 bucket on AWS, the S3 emulator locally): uploads arrive under <c>uploads/</c>
/// through a pre-signed PUT, and attached images are copied to the public prefix the CDN serves.
/// </summary>
public interface IImageStore
{
    /// <summary>A URL that lets its holder PUT exactly one object of this type and length at <paramref name="key"/> until <paramref name="expires"/>.</summary>
    Uri PresignPut(string key, string contentType, long contentLength, DateTimeOffset expires);

    /// <summary>The object's size, content type and first <paramref name="headBytes"/> bytes, or null when there is none.</summary>
    Task<StoredImage?> ReadHeadAsync(string key, int headBytes, CancellationToken cancellationToken);

    /// <summary>Copies <paramref name="fromKey"/> to <paramref name="toKey"/> with the given content type.</summary>
    Task CopyAsync(string fromKey, string toKey, string contentType, CancellationToken cancellationToken);

    /// <summary>Deletes the object; a missing one is no error.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}

/// <summary>What attaching needs to know of a stored object.</summary>
public sealed record StoredImage(long Length, string? ContentType, ReadOnlyMemory<byte> Head);
