using GitGoods.Domain.Catalog.Images;

namespace GitGoods.Catalog.ProductImages;

/// <summary>
/// The image rule of a product's <c>images</c>: each is an absolute https URL (an image hosted elsewhere) or one of the
/// shop's own image URLs, <c>/images/products/{imageId}</c>, as POST /api/seller/images hands them out.
/// </summary>
public static class ProductImageUrls
{
    public const int MaxLength = 2048;

    public static bool IsAcceptable(string? url) =>
        url is { Length: <= MaxLength }
        && (ImageKeys.TryParsePublicUrl(url, out _)
            || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && string.Equals(uri.Scheme, Uri.UriSchemeHttps, StringComparison.Ordinal)
                && !string.IsNullOrEmpty(uri.Host)));

    public static string Message(int index) =>
        $"Image {index} must be an absolute https URL of at most {MaxLength} characters, or a shop image URL (/images/products/…) from POST /api/seller/images.";
}
