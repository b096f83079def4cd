using GitGoods.Domain.Catalog;
using GitGoods.Domain.Common;
using GitGoods.Domain.Orders;

namespace GitGoods.Domain.Tests.Orders;

public class OrderPricingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ALineInAnotherCurrencyThanTheFirst_IsAMismatch()
    {
        var products = new Dictionary<string, Product>(StringComparer.Ordinal)
        {
            ["sgd"] = Product("sgd", "SGD"),
            ["usd"] = Product("usd", "USD"),
            ["sgd2"] = Product("sgd2", "SGD"),
        };

        var (lines, problems) = OrderPricing.Price([new RequestedLine("sgd", 1), new RequestedLine("usd", 1), new RequestedLine("sgd2", 1)], products);

        lines.Should().BeEmpty();
        problems.Should().Equal(new LineProblem(1, "usd", LineProblemKind.CurrencyMismatch));
    }

    [Fact]
    public void Pricing_WithoutRequestedLines_Throws() =>
        FluentActions.Invoking(() => OrderPricing.Price(null!, new Dictionary<string, Product>())).Should().Throw<ArgumentNullException>()
            .WithParameterName("requested");

    [Fact]
    public void Pricing_WithoutProducts_Throws() =>
        FluentActions.Invoking(() => OrderPricing.Price([new RequestedLine("a", 1)], null!)).Should().Throw<ArgumentNullException>()
            .WithParameterName("products");

    private static Product Product(string id, string currency) =>
        GitGoods.Domain.Catalog.Product.Create(id, "T " + id, "PC", "", new Money(1000, currency), 5, [], "s", ProductStatus.Active, Now, Now);
}
