namespace GitGoods.Domain.Cart;

/// <summary>Whose cart: an anonymous browser (named by the cart id it was given) or a signed-in user.</summary>
public sealed record CartOwner(string Id, bool IsSignedIn)
{
    public static readonly TimeSpan AnonymousLifetime = TimeSpan.FromDays(7);
    public static readonly TimeSpan SignedInLifetime = TimeSpan.FromDays(30);

    public static CartOwner Anonymous(string cartId) => new(cartId, false);

    public static CartOwner User(string userId) => new(userId, true);

    /// <summary>How long a cart lives after its last change.</summary>
    public TimeSpan Lifetime => IsSignedIn ? SignedInLifetime : AnonymousLifetime;
}
