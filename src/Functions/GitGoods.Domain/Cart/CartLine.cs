namespace GitGoods.Domain.Cart;

/// <summary>A product and how many units of it the shopper wants. Prices are never stored: they are read at pricing time.</summary>
public sealed record CartLine(string ProductId, int Quantity);
