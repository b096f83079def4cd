namespace GitGoods.Domain.Cart;

/// <summary>
/// A cart: lines of product and quantity, owned by an anonymous browser or a user, expiring a fixed time after its
/// last change. Changes return a new cart (or a refusal); a cart never holds a quantity above 99 or above stock.
/// </summary>
public sealed record ShoppingCart
{
    public const int MaxQuantity = 99;

    private ShoppingCart(CartOwner owner, IReadOnlyList<CartLine> lines, DateTimeOffset updatedAt)
    {
        Owner = owner;
        Lines = lines;
        UpdatedAt = updatedAt.ToUniversalTime();
    }

    public CartOwner Owner { get; }

    /// <summary>Lines in the order they were first added; never a zero quantity.</summary>
    public IReadOnlyList<CartLine> Lines { get; }

    public DateTimeOffset UpdatedAt { get; }

    public DateTimeOffset ExpiresAt => UpdatedAt + Owner.Lifetime;

    /// <summary>Units in the cart (the badge count).</summary>
    public int ItemCount => Lines.Sum(l => l.Quantity);

    public static ShoppingCart Empty(CartOwner owner, DateTimeOffset now) => new(owner, [], now);

    /// <summary>Rebuilds a stored cart; stored lines were valid when written, zero lines are dropped.</summary>
    public static ShoppingCart Restore(CartOwner owner, IEnumerable<CartLine> lines, DateTimeOffset updatedAt) =>
        new(owner, [.. lines.Where(l => l.Quantity > 0)], updatedAt);

    public bool IsExpiredAt(DateTimeOffset now) => now >= ExpiresAt;

    public int QuantityOf(string productId) => Lines.FirstOrDefault(l => string.Equals(l.ProductId, productId, StringComparison.Ordinal))?.Quantity ?? 0;

    /// <summary>Sets a line's quantity; 0 removes it. <paramref name="available"/> is the stock that can be bought now.</summary>
    public CartChange SetQuantity(string productId, int quantity, int available, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(productId);
        if (quantity is < 0 or > MaxQuantity)
        {
            return new CartChange.InvalidQuantity(quantity);
        }

        if (quantity > Math.Max(available, 0))
        {
            return new CartChange.ExceedsStock(productId, Math.Max(available, 0));
        }

        return new CartChange.Changed(new ShoppingCart(Owner, WithLine(Lines, productId, quantity), now));
    }

    public ShoppingCart Remove(string productId, DateTimeOffset now) => new(Owner, WithLine(Lines, productId, 0), now);

    /// <summary>
    /// Adds <paramref name="other"/>'s lines to this cart: quantities are summed and capped at 99 and at the stock
    /// <paramref name="availableOf"/> gives. The result's quantities do not depend on which cart merges into which.
    /// </summary>
    public ShoppingCart Merge(ShoppingCart other, Func<string, int> availableOf, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(availableOf);
        var lines = Lines;
        foreach (var line in other.Lines)
        {
            var wanted = QuantityOf(line.ProductId) + line.Quantity;
            var capped = Math.Min(Math.Min(wanted, MaxQuantity), Math.Max(availableOf(line.ProductId), 0));
            lines = WithLine(lines, line.ProductId, capped);
        }

        return new ShoppingCart(Owner, lines, now);
    }

    private static List<CartLine> WithLine(IReadOnlyList<CartLine> lines, string productId, int quantity)
    {
        var result = new List<CartLine>(lines.Count + 1);
        var found = false;
        foreach (var line in lines)
        {
            if (string.Equals(line.ProductId, productId, StringComparison.Ordinal))
            {
                found = true;
                if (quantity > 0)
                {
                    result.Add(line with { Quantity = quantity });
                }
            }
            else
            {
                result.Add(line);
            }
        }

        if (!found && quantity > 0)
        {
            result.Add(new CartLine(productId, quantity));
        }

        return result;
    }
}
