using GitGoods.Domain.Catalog;
using GitGoods.Domain.Common;

namespace GitGoods.Domain.Cart;

/// <summary>A cart line priced from the catalogue at the moment of reading.</summary>
public sealed record PricedLine(Product Product, int Quantity)
{
    public Money UnitPrice => Product.Price;

    public Money LineTotal => Product.Price.Multiply(Quantity);
}

/// <summary>
/// A cart with today's prices. Prices always come from the catalogue, never from the cart or the client.
/// Lines whose product is gone or unlisted are left out.
/// </summary>
public sealed record PricedCart(ShoppingCart Cart, IReadOnlyList<PricedLine> Lines, Money Subtotal)
{
    public int ItemCount => Lines.Sum(l => l.Quantity);

    /// <exception cref="InvalidOperationException">When the products are priced in more than one currency.</exception>
    public static PricedCart Price(ShoppingCart cart, IReadOnlyDictionary<string, Product> products, string currency)
    {
        ArgumentNullException.ThrowIfNull(cart);
        ArgumentNullException.ThrowIfNull(products);
        var lines = cart.Lines
            .Where(l => products.TryGetValue(l.ProductId, out var p) && p.IsActive)
            .Select(l => new PricedLine(products[l.ProductId], l.Quantity))
            .ToList();
        var subtotal = lines.Aggregate(Money.Zero(currency), (sum, line) => sum.Add(line.LineTotal));
        return new PricedCart(cart, lines, subtotal);
    }
}
