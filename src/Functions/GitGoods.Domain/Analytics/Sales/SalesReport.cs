using GitGoods.Domain.Common;

namespace GitGoods.Domain.Analytics.Sales;

/// <summary>A seller's sales over a range: totals, every day of the range (zeros included), and the best and worst sellers.</summary>
public sealed record SalesReport(
    string Currency,
    SalesFigures Totals,
    IReadOnlyList<DayFigures> ByDay,
    IReadOnlyList<ProductFigures> TopProducts,
    IReadOnlyList<ProductFigures> BottomProducts);

public sealed record SalesFigures(Money Revenue, long Units, long Orders);

public sealed record DayFigures(DateOnly Date, Money Revenue, long Units, long Orders);

public sealed record ProductFigures(string ProductId, string Title, long Units, Money Revenue);
