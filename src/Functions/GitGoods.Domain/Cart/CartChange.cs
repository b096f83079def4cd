namespace GitGoods.Domain.Cart;

/// <summary>The outcome of changing a cart: the new cart, or why the change was refused.</summary>
public abstract record CartChange
{
    private CartChange()
    {
    }

    /// <summary>The change was made.</summary>
    public sealed record Changed(ShoppingCart Cart) : CartChange;

    /// <summary>The quantity is outside 0–99.</summary>
    public sealed record InvalidQuantity(int Quantity) : CartChange;

    /// <summary>More units than can be bought now; <see cref="Available"/> is how many can.</summary>
    public sealed record ExceedsStock(string ProductId, int Available) : CartChange;
}
