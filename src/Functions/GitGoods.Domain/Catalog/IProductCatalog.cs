using GitGoods.Domain.Common;

namespace GitGoods.Domain.Catalog;

/// <summary>The shopper's read side of the catalogue.</summary>
public interface IProductCatalog
{
    /// <summary>The product, whatever its status, or null when no product has that id.</summary>
    Task<Product?> FindAsync(string productId, CancellationToken cancellationToken);

    /// <summary>ACTIVE products, newest first, a page at a time.</summary>
    /// <exception cref="InvalidCursorException">When the cursor did not come from this list.</exception>
    Task<Page<Product>> ListActiveAsync(PageRequest page, CancellationToken cancellationToken);

    /// <summary>A seller's own products, every status, newest first, a page at a time.</summary>
    /// <exception cref="InvalidCursorException">When the cursor did not come from this seller's list.</exception>
    Task<Page<Product>> ListBySellerAsync(string sellerId, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Every platform that has ACTIVE products, with their counts, by name.</summary>
    Task<IReadOnlyList<PlatformCount>> ListPlatformsAsync(CancellationToken cancellationToken);
}
