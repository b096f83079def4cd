using GitGoods.Domain.Cart;

namespace GitGoods.Functions.Tests.Fakes;

/// <summary>Carts in a dictionary; expiry is honoured on read like the real store.</summary>
internal sealed class InMemoryCartStore : ICartStore
{
    public Dictionary<CartOwner, ShoppingCart> Carts { get; } = [];

    public Task<ShoppingCart?> FindAsync(CartOwner owner, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(Carts.TryGetValue(owner, out var cart) && !cart.IsExpiredAt(now) ? cart : null);

    public async Task<ShoppingCart> SetLineAsync(CartOwner owner, string productId, int quantity, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var current = await FindAsync(owner, now, cancellationToken) ?? ShoppingCart.Empty(owner, now);
        var lines = current.Lines.Where(l => l.ProductId != productId).ToList();
        if (quantity > 0)
        {
            lines.Add(new CartLine(productId, quantity));
        }

        return Carts[owner] = ShoppingCart.Restore(owner, lines, now);
    }

    public Task DeleteAsync(CartOwner owner, CancellationToken cancellationToken)
    {
        Carts.Remove(owner);
        return Task.CompletedTask;
    }

    public Task<bool> MergeAsync(ShoppingCart merged, ShoppingCart from, bool intoExisting, CancellationToken cancellationToken)
    {
        if (!Carts.TryGetValue(from.Owner, out var stored) || stored != from)
        {
            return Task.FromResult(false);
        }

        Carts[merged.Owner] = merged;
        Carts.Remove(from.Owner);
        return Task.FromResult(true);
    }
}
