using GitGoods.Domain.Cart;

namespace GitGoods.Cart;

/// <summary>Reads and prices carts: every read re-prices from the catalogue (prices are never stored).</summary>
public sealed class CartPricing(ICartStore store, ICartProducts products, TimeProvider time)
{
    /// <summary>Carts are priced in the shop's currency; an empty cart's subtotal is zero in it.</summary>
    public const string Currency = "SGD";

    public ICartStore Store => store;

    public ICartProducts Products => products;

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>The owner's cart priced now; an empty cart when there is none (or no owner yet).</summary>
    public async Task<PricedCart> ReadAsync(CartOwner? owner, CancellationToken cancellationToken)
    {
        var now = Now;
        var cart = owner is null ? null : await store.FindAsync(owner, now, cancellationToken).ConfigureAwait(false);
        return await PriceAsync(cart ?? ShoppingCart.Empty(owner ?? CartOwner.Anonymous(""), now), cancellationToken).ConfigureAwait(false);
    }

    public async Task<PricedCart> PriceAsync(ShoppingCart cart, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cart);
        var found = cart.Lines.Count == 0
            ? new Dictionary<string, Domain.Catalog.Product>(StringComparer.Ordinal)
            : await products.FindManyAsync([.. cart.Lines.Select(l => l.ProductId)], cancellationToken).ConfigureAwait(false);
        return PricedCart.Price(cart, found, Currency);
    }
}
