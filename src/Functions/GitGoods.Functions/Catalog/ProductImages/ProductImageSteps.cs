using GitGoods.Domain.Catalog.Images;

namespace GitGoods.Catalog.ProductImages;

/// <summary>
/// The product writers' image steps, for a function that may have no image store: then no shop image URL can be
/// attached (each is refused by name), and nothing is published or deleted.
/// </summary>
public static class ProductImageSteps
{
    public static Task<ImageChange> PrepareAsync(ProductImageAttachment? images, string callerId, IReadOnlyList<string> before,
        IReadOnlyList<string> after, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (images is not null)
        {
            return images.PrepareAsync(callerId, before, after, cancellationToken);
        }

        var refused = after.Where(url => ImageKeys.TryParsePublicUrl(url, out _) && !before.Contains(url, StringComparer.Ordinal))
            .Select(url => $"{url}: this deployment stores no images.").ToArray();
        return Task.FromResult(new ImageChange(callerId, [], [],
            refused.Length == 0 ? new Dictionary<string, string[]>(StringComparer.Ordinal)
                : new Dictionary<string, string[]>(StringComparer.Ordinal) { ["images"] = refused }));
    }

    public static Task CompleteAsync(ProductImageAttachment? images, ImageChange change, CancellationToken cancellationToken) =>
        images?.CompleteAsync(change, cancellationToken) ?? Task.CompletedTask;

    public static Task AbandonAsync(ProductImageAttachment? images, ImageChange change, CancellationToken cancellationToken) =>
        images?.AbandonAsync(change, cancellationToken) ?? Task.CompletedTask;
}
