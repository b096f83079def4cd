using FsCheck;
using FsCheck.Xunit;
using GitGoods.Domain.Catalog;
using GitGoods.Domain.Common;
using GitGoods.Domain.Orders;
using GitGoods.Domain.Privacy;

namespace GitGoods.Domain.Tests.Orders;

public class OrderRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(OrderStatus.Pending, OrderStatus.Confirmed, true)]
    [InlineData(OrderStatus.Pending, OrderStatus.Rejected, true)]
    [InlineData(OrderStatus.Pending, OrderStatus.Cancelled, true)]
    [InlineData(OrderStatus.Confirmed, OrderStatus.Shipped, true)]
    [InlineData(OrderStatus.Confirmed, OrderStatus.Cancelled, true)]
    [InlineData(OrderStatus.Shipped, OrderStatus.Delivered, true)]
    [InlineData(OrderStatus.Pending, OrderStatus.Shipped, false)]
    [InlineData(OrderStatus.Rejected, OrderStatus.Confirmed, false)]
    [InlineData(OrderStatus.Shipped, OrderStatus.Cancelled, false)]
    [InlineData(OrderStatus.Delivered, OrderStatus.Cancelled, false)]
    [InlineData(OrderStatus.Cancelled, OrderStatus.Confirmed, false)]
    [InlineData(OrderStatus.Confirmed, OrderStatus.Confirmed, false)]
    public void CanMove_FollowsTheContractsStateMachine(OrderStatus from, OrderStatus to, bool allowed) =>
        OrderStatusRules.CanMove(from, to).Should().Be(allowed);

    [Fact]
    public void MoveTo_AppendsHistory_BumpsTheVersion_AndKeepsTheRejectionReason()
    {
        var order = NewOrder();

        var rejected = order.MoveTo(OrderStatus.Rejected, Now.AddSeconds(1), RejectionReason.OutOfStock);

        rejected.Status.Should().Be(OrderStatus.Rejected);
        rejected.Version.Should().Be(order.Version + 1);
        rejected.RejectionReason.Should().Be("OUT_OF_STOCK");
        rejected.History.Should().Equal(new StatusChange(OrderStatus.Pending, Now), new StatusChange(OrderStatus.Rejected, Now.AddSeconds(1), "OUT_OF_STOCK"));
        order.Status.Should().Be(OrderStatus.Pending, "orders are immutable");
    }

    [Fact]
    public void MoveTo_AForbiddenMove_ThrowsWithBothStatusesNamed()
    {
        var delivered = NewOrder() with { Status = OrderStatus.Delivered };

        FluentActions.Invoking(() => delivered.MoveTo(OrderStatus.Cancelled, Now))
            .Should().Throw<OrderStateException>().WithMessage("*DELIVERED*CANCELLED*");
    }

    [Fact]
    public void Pricing_TakesPricesFromTheCatalogue_AndReportsEveryProblemLine()
    {
        var products = new Dictionary<string, Product>(StringComparer.Ordinal)
        {
            ["a"] = Product("a", 5, 1000),
            ["b"] = Product("b", 1, 2500),
            ["gone"] = Product("gone", 9, 100, ProductStatus.Unlisted),
        };

        var (lines, problems) = OrderPricing.Price([new RequestedLine("a", 2), new RequestedLine("b", 1)], products);
        lines.Select(l => (l.ProductId, l.UnitPrice.Amount, l.LineTotal.Amount)).Should().Equal(("a", 1000L, 2000L), ("b", 2500L, 2500L));
        problems.Should().BeEmpty();

        var (none, all) = OrderPricing.Price([new RequestedLine("a", 6), new RequestedLine("gone", 1), new RequestedLine("nope", 1)], products);
        none.Should().BeEmpty();
        all.Should().Equal(
            new LineProblem(0, "a", LineProblemKind.InsufficientStock, 5),
            new LineProblem(1, "gone", LineProblemKind.NotForSale),
            new LineProblem(2, "nope", LineProblemKind.NotForSale));
    }

    [Property]
    public bool OrderIds_AreStableWellFormedAndScopedToTheCustomer(NonEmptyString key)
    {
        var id = OrderIds.From("alice", key.Get);
        return OrderIds.IsWellFormed(id)
            && string.Equals(id, OrderIds.From("alice", key.Get), StringComparison.Ordinal)
            && !string.Equals(id, OrderIds.From("bob", key.Get), StringComparison.Ordinal);
    }

    [Fact]
    public void PersonalDataTypes_NeverPrintTheirValues()
    {
        var shipping = new ShippingDetails("Ada Lovelace", "+6591234567", new ShippingAddress("1 Secret Rd", null, "Singapore", "123456", "SG"), "ada@example.com");

        shipping.ToString().Should().NotContain("Ada").And.NotContain("+659");
        shipping.Address.ToString().Should().NotContain("Secret");
        new OrderPersonalData(shipping, "pm_card_visa").ToString().Should().NotContain("pm_card");
    }

    private static Product Product(string id, int stock, long price, ProductStatus status = ProductStatus.Active) =>
        GitGoods.Domain.Catalog.Product.Create(id, "T " + id, "PC", "", new Money(price, "SGD"), stock, [], "s", status, Now, Now);

    private static Order NewOrder() => new()
    {
        Id = OrderIds.From("c", "k"),
        CustomerId = "c",
        Status = OrderStatus.Pending,
        Lines = [new OrderLine("a", "A", "PC", "s", new Money(100, "SGD"), 1)],
        PersonalData = new ProtectedFields("k", "d", new Dictionary<string, string>(StringComparer.Ordinal)),
        History = [new StatusChange(OrderStatus.Pending, Now)],
        CreatedAt = Now,
        UpdatedAt = Now,
    };
}
