using System.Diagnostics.CodeAnalysis;

namespace GitGoods.Domain.Catalog.Images;

/// <summary>
/// Where an image is: a seller's upload at <c>uploads/{sellerId}/{imageId}</c> (unattached uploads expire), and once
/// attached the public object <c>images/products/{imageId}</c>, which the shop names by the site-relative URL
/// <c>/images/products/{imageId}</c> (the CDN's path). Image ids are 32 lower-case hex digits the server mints.
/// </summary>
public static class ImageKeys
{
    public const string UploadPrefix = "uploads/";
    public const string PublicPrefix = "images/products/";
    public const string PublicPathPrefix = "/" + PublicPrefix;

    public static string Upload(string sellerId, string imageId) => UploadPrefix + sellerId + "/" + imageId;

    public static string Public(string imageId) => PublicPrefix + imageId;

    public static string PublicUrl(string imageId) => PublicPathPrefix + imageId;

    /// <summary>True when <paramref name="url"/> is a shop image URL (<c>/images/products/{32 hex}</c>), with its id.</summary>
    public static bool TryParsePublicUrl(string? url, [NotNullWhen(true)] out string? imageId)
    {
        imageId = null;
        if (url is null || !url.StartsWith(PublicPathPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var id = url[PublicPathPrefix.Length..];
        if (!IsImageId(id))
        {
            return false;
        }

        imageId = id;
        return true;
    }

    public static bool IsImageId(string id) =>
        id.Length == 32 && id.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));
}
