namespace GitGoods.Catalog.ProductImages;

/// <summary>The body of POST /api/seller/images: what the seller is about to upload.</summary>
public sealed record ImageUploadInput(string? ContentType, long? ContentLength);

/// <summary>
/// 201 of POST /api/seller/images: PUT the file to <see cref="UploadUrl"/> with exactly these <see cref="Headers"/> (and
/// the declared length) before <see cref="ExpiresAt"/>, then name <see cref="ImageUrl"/> in the product's <c>images</c>.
/// </summary>
public sealed record ImageUploadResponse(string UploadUrl, string Method, IReadOnlyDictionary<string, string> Headers, string ImageUrl, DateTimeOffset ExpiresAt);
