using System.Text.Json.Serialization;
using GitGoods.Domain.Cart;
using GitGoods.Http;

namespace GitGoods.Cart;

/// <summary>One cart line as the API shows it: today's price and stock, never stored ones.</summary>
public sealed record CartLineResponse(
    string ProductId,
    string Title,
    string Platform,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Image, MoneyResponse UnitPrice, int Quantity, MoneyResponse LineTotal, int Available);

/// <summary>A cart as the API shows it (see the contract in api.md). <c>id</c> is null for an anonymous cart not yet written.</summary>
public sealed record CartResponse(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Id,
    IReadOnlyList<CartLineResponse> Items,
    MoneyResponse Subtotal,
    int ItemCount,
    DateTime ExpiresAt)
{
    public static CartResponse From(string? id, PricedCart cart)
    {
        ArgumentNullException.ThrowIfNull(cart);
        var items = cart.Lines.Select(l => new CartLineResponse(
            l.Product.Id, l.Product.Title, l.Product.Platform, l.Product.Images.Count > 0 ? l.Product.Images[0] : null, MoneyResponse.From(l.UnitPrice),
            l.Quantity, MoneyResponse.From(l.LineTotal), l.Product.Stock)).ToList();
        return new CartResponse(id, items, MoneyResponse.From(cart.Subtotal), cart.ItemCount, cart.Cart.ExpiresAt.UtcDateTime);
    }
}
