using GitGoods.Domain.Catalog.Images;

namespace GitGoods.Catalog.ProductImages;

/// <summary>
/// Attaches seller uploads to a product and lets go of the images it no longer names. Before the product is written,
/// every shop image URL the product did not already have must be the caller's own upload
/// (<c>uploads/{caller}/{imageId}</c>), at most 2 MB, whose first bytes really are the JPEG, PNG or WebP it was
/// uploaded as; only when all pass are they copied to the public prefix the CDN serves. After the write, the consumed
/// uploads and the public objects of removed or replaced images are deleted. A write that fails takes its copies back.
/// </summary>
public sealed class ProductImageAttachment(IImageStore store)
{
    /// <summary>Checks and publishes the new shop images of <paramref name="after"/>; errors by field (<c>images</c>) when one fails.</summary>
    public async Task<ImageChange> PrepareAsync(string callerId, IReadOnlyList<string> before, IReadOnlyList<string> after,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var kept = ShopImageIds(before);
        var added = ShopImageIds(after).Where(id => !kept.Contains(id)).ToList();
        var removed = kept.Where(id => !ShopImageIds(after).Contains(id)).ToList();
        var messages = new List<string>();
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in added)
        {
            var (type, problem) = await CheckAsync(callerId, id, cancellationToken);
            if (problem is not null)
            {
                messages.Add($"Image {IndexOf(after, id)} ({ImageKeys.PublicUrl(id)}) {problem}");
            }
            else
            {
                types[id] = type!;
            }
        }

        if (messages.Count > 0)
        {
            return new ImageChange(callerId, [], removed, new Dictionary<string, string[]>(StringComparer.Ordinal) { ["images"] = [.. messages] });
        }

        foreach (var id in added)
        {
            await store.CopyAsync(ImageKeys.Upload(callerId, id), ImageKeys.Public(id), types[id], cancellationToken);
        }

        return new ImageChange(callerId, added, removed, new Dictionary<string, string[]>(StringComparer.Ordinal));
    }

    /// <summary>After the product was written: the consumed uploads and the images it no longer names are deleted.</summary>
    public async Task CompleteAsync(ImageChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        foreach (var id in change.Added)
        {
            await store.DeleteAsync(ImageKeys.Upload(change.CallerId, id), cancellationToken);
        }

        foreach (var id in change.Removed)
        {
            await store.DeleteAsync(ImageKeys.Public(id), cancellationToken);
        }
    }

    /// <summary>The write did not happen: the public copies go again (the uploads stay, so the seller can retry).</summary>
    public async Task AbandonAsync(ImageChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        foreach (var id in change.Added)
        {
            await store.DeleteAsync(ImageKeys.Public(id), cancellationToken);
        }
    }

    private async Task<(string? Type, string? Problem)> CheckAsync(string callerId, string imageId, CancellationToken cancellationToken)
    {
        var stored = await store.ReadHeadAsync(ImageKeys.Upload(callerId, imageId), ImageFormats.SignatureLength, cancellationToken);
        if (stored is null)
        {
            return (null, "is no upload of yours: upload it first with POST /api/seller/images (unattached uploads expire after a day).");
        }

        if (stored.Length > ImageFormats.MaxBytes)
        {
            return (null, $"is {stored.Length} bytes; the limit is {ImageFormats.MaxBytes} (2 MB).");
        }

        var detected = ImageFormats.Detect(stored.Head.Span);
        if (detected is null)
        {
            return (null, $"is not a JPEG, PNG or WebP image (by its first bytes); allowed: {string.Join(", ", ImageFormats.Allowed)}.");
        }

        return string.Equals(detected, stored.ContentType, StringComparison.Ordinal)
            ? (detected, null)
            : (null, $"was uploaded as {stored.ContentType} but its bytes are {detected}.");
    }

    private static HashSet<string> ShopImageIds(IReadOnlyList<string> images)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var url in images)
        {
            if (ImageKeys.TryParsePublicUrl(url, out var id))
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    private static int IndexOf(IReadOnlyList<string> images, string imageId)
    {
        for (var i = 0; i < images.Count; i++)
        {
            if (string.Equals(images[i], ImageKeys.PublicUrl(imageId), StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>What attaching changed: images published (by id), images to let go, or the errors that stopped it.</summary>
public sealed record ImageChange(string CallerId, IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
