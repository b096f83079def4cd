using GitGoods.Domain.Catalog;

namespace GitGoods.Domain.Cart;

/// <summary>The catalogue as the cart sees it: today's products (price, stock, status) for a set of ids.</summary>
public interface ICartProducts
{
    /// <summary>The products that exist among <paramref name="productIds"/>, by id; unknown ids are left out.</summary>
    Task<IReadOnlyDictionary<string, Product>> FindManyAsync(IReadOnlyCollection<string> productIds, CancellationToken cancellationToken);
}
