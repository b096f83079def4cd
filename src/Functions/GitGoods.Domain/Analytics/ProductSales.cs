using GitGoods.Domain.Common;

namespace GitGoods.Domain.Analytics;

/// <summary>
/// The net sales of one product of one seller on one shop day (a calendar day in the shop's time zone): units, revenue
/// and orders of every CONFIRMED, SHIPPED or DELIVERED order placed that day, less those cancelled after confirmation.
/// </summary>
public sealed record ProductSales(string SellerId, DateOnly Day, string ProductId, string Title, string Platform, long Units, Money Revenue, long Orders);
