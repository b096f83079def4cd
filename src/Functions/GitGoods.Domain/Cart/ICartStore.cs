namespace GitGoods.Domain.Cart;

/// <summary>Where carts live. An expired cart is never returned, even before the store deletes it.</summary>
public interface ICartStore
{
    /// <summary>The owner's cart, or null when there is none or it expired at <paramref name="now"/>.</summary>
    Task<ShoppingCart?> FindAsync(CartOwner owner, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Sets one line (0 removes it) without touching the others, so concurrent changes to different lines all
    /// survive; an expired cart is replaced by a fresh one. Returns the cart as stored.
    /// </summary>
    Task<ShoppingCart> SetLineAsync(CartOwner owner, string productId, int quantity, DateTimeOffset now, CancellationToken cancellationToken);

    Task DeleteAsync(CartOwner owner, CancellationToken cancellationToken);

    /// <summary>
    /// Atomically writes <paramref name="merged"/>'s quantities of <paramref name="from"/>'s products into the
    /// merged cart's owner (creating that cart when <paramref name="intoExisting"/> is false) and deletes the
    /// anonymous cart <paramref name="from"/>, provided neither changed since they were read.
    /// </summary>
    /// <returns>False when a cart changed meanwhile (nothing was written): read again and retry.</returns>
    Task<bool> MergeAsync(ShoppingCart merged, ShoppingCart from, bool intoExisting, CancellationToken cancellationToken);
}
