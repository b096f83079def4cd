using GitGoods.Domain.Common;

namespace GitGoods.Domain.Orders;

/// <summary>One product in an order, priced from the catalogue when the order was placed.</summary>
public sealed record OrderLine(string ProductId, string Title, string Platform, string SellerId, Money UnitPrice, int Quantity)
{
    public const int MaxQuantity = 99;

    public Money LineTotal => UnitPrice.Multiply(Quantity);
}
