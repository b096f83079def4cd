using GitGoods.Domain.Catalog;
using GitGoods.Domain.Orders;

namespace GitGoods.Orders.PlaceOrder;

/// <summary>
/// What an order asks for, read before it is placed: the requested lines (from the body, or the shopper's cart when the body
/// names none) and the catalogue's products for them. Read-only, so it runs beside the idempotency claim. <paramref name="At"/>
/// is when the reading began: the order's placing time (its first statusHistory entry).
/// </summary>
public sealed record OrderRequest(IReadOnlyList<RequestedLine> Requested, bool FromCart, IReadOnlyDictionary<string, Product> Products, DateTimeOffset At);
