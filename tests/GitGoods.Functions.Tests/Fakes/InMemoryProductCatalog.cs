using System.Globalization;
using GitGoods.Domain.Catalog;
using GitGoods.Domain.Common;

namespace GitGoods.Functions.Tests.Fakes;

/// <summary>A small in-memory catalogue: the cursor is the index of the next item.</summary>
internal sealed class InMemoryProductCatalog(params Product[] initial) : IProductCatalog, IActiveProductSource
{
    private List<Product> _products = [.. initial];

    public void Put(Product product) => _products = [.. _products.Where(p => p.Id != product.Id), product];

    public Task<IReadOnlyList<Product>> LoadActiveAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Product>>([.. _products.Where(p => p.IsActive)]);

    public Task<Product?> FindAsync(string productId, CancellationToken cancellationToken) =>
        Task.FromResult(_products.FirstOrDefault(p => p.Id == productId));

    public Task<Page<Product>> ListActiveAsync(PageRequest page, CancellationToken cancellationToken) =>
        PageOf(_products.Where(p => p.IsActive), page);

    public Task<Page<Product>> ListBySellerAsync(string sellerId, PageRequest page, CancellationToken cancellationToken) =>
        PageOf(_products.Where(p => p.SellerId == sellerId), page);

    private static Task<Page<Product>> PageOf(IEnumerable<Product> matching, PageRequest page)
    {
        var start = 0;
        if (page.Cursor is not null && !int.TryParse(page.Cursor, NumberStyles.None, CultureInfo.InvariantCulture, out start))
        {
            throw new InvalidCursorException();
        }

        var active = matching.OrderByDescending(p => p.CreatedAt).ToList();
        var items = active.Skip(start).Take(page.Limit).ToList();
        var next = start + items.Count < active.Count ? (start + items.Count).ToString(CultureInfo.InvariantCulture) : null;
        return Task.FromResult(new Page<Product>(items, next));
    }

    public Task<IReadOnlyList<PlatformCount>> ListPlatformsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PlatformCount>>(
            [.. _products.Where(p => p.IsActive).GroupBy(p => p.Platform).Select(g => new PlatformCount(g.Key, g.Count()))]);
}
