using GitGoods.Domain.Catalog;

namespace GitGoods.Domain.Orders;

/// <summary>
/// Prices requested lines from the catalogue at placement: the client's prices are never read. A line is ordered only
/// when its product is ACTIVE and has the units in stock now (the workflow reserves them atomically later).
/// </summary>
public static class OrderPricing
{
    /// <summary>Priced lines in request order, or every problem found (no lines then).</summary>
    public static (IReadOnlyList<OrderLine> Lines, IReadOnlyList<LineProblem> Problems) Price(
        IReadOnlyList<RequestedLine> requested, IReadOnlyDictionary<string, Product> products)
    {
        ArgumentNullException.ThrowIfNull(requested);
        ArgumentNullException.ThrowIfNull(products);
        var lines = new List<OrderLine>(requested.Count);
        var problems = new List<LineProblem>();
        string? currency = null;
        for (var i = 0; i < requested.Count; i++)
        {
            var line = requested[i];
            if (!products.TryGetValue(line.ProductId, out var product) || !product.IsActive)
            {
                problems.Add(new LineProblem(i, line.ProductId, LineProblemKind.NotForSale));
                continue;
            }

            currency ??= product.Price.Currency;
            if (!string.Equals(currency, product.Price.Currency, StringComparison.Ordinal))
            {
                problems.Add(new LineProblem(i, line.ProductId, LineProblemKind.CurrencyMismatch));
            }
            else if (product.Stock < line.Quantity)
            {
                problems.Add(new LineProblem(i, line.ProductId, LineProblemKind.InsufficientStock, product.Stock));
            }
            else
            {
                lines.Add(new OrderLine(product.Id, product.Title, product.Platform, product.SellerId, product.Price, line.Quantity));
            }
        }

        return problems.Count == 0 ? (lines, []) : ([], problems);
    }
}
