namespace GitGoods.Domain.Orders;

/// <summary>A line as the shopper asks for it: a product and a quantity, no price (prices come from the catalogue).</summary>
public sealed record RequestedLine(string ProductId, int Quantity);
