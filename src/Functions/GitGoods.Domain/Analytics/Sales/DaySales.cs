using GitGoods.Domain.Common;

namespace GitGoods.Domain.Analytics.Sales;

/// <summary>One seller's net totals of one shop day; <see cref="Orders"/> counts each order once.</summary>
public sealed record DaySales(string SellerId, DateOnly Day, long Units, Money Revenue, long Orders);
