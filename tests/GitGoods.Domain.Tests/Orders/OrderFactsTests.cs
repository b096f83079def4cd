using GitGoods.Domain.Common;
using GitGoods.Domain.Orders;
using GitGoods.Domain.Privacy;

namespace GitGoods.Domain.Tests.Orders;

/// <summary>What an order tells about itself (total, sellers, short id), its statuses' names, and refused moves.</summary>
public class OrderFactsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Total_AddsEveryLineTotal_AndSellersAreListedOnceEachInLineOrder()
    {
        var order = NewOrder("qppzizf5jmxx4wtiyfjdo5rw",
            new OrderLine("a", "A", "PC", "seller-b", new Money(1000, "SGD"), 2),
            new OrderLine("b", "B", "PC", "seller-a", new Money(250, "SGD"), 3),
            new OrderLine("c", "C", "PC", "seller-b", new Money(1, "SGD"), 1));

        order.Total.Should().Be(new Money(2751, "SGD"));
        order.SellerIds.Should().Equal("seller-b", "seller-a");
    }

    [Theory]
    [InlineData("qppzizf5jmxx4wtiyfjdo5rw", "QPPZIZF5")]
    [InlineData("abc", "ABC")]
    [InlineData("abcdefgh", "ABCDEFGH")]
    public void ShortId_IsTheFirstEightCharactersInUpperCase(string id, string shortId)
    {
        NewOrder(id).ShortId.Should().Be(shortId);
    }

    [Theory]
    [InlineData(OrderStatus.Pending, "PENDING")]
    [InlineData(OrderStatus.Confirmed, "CONFIRMED")]
    [InlineData(OrderStatus.Rejected, "REJECTED")]
    [InlineData(OrderStatus.Cancelled, "CANCELLED")]
    [InlineData(OrderStatus.Shipped, "SHIPPED")]
    [InlineData(OrderStatus.Delivered, "DELIVERED")]
    public void StatusNames_AreUpperCase_AndParseBack(OrderStatus status, string name)
    {
        OrderStatusRules.Name(status).Should().Be(name);
        OrderStatusRules.TryParse(name, out var parsed).Should().BeTrue();
        parsed.Should().Be(status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("pending")]
    [InlineData("Pending")]
    [InlineData("PENDING ")]
    [InlineData("1")]
    [InlineData("LOST")]
    public void StatusParsing_RefusesAnythingButAnUpperCaseName(string? text)
    {
        OrderStatusRules.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void ARefusedMove_CarriesBothStatuses_AndSaysWhichOrder()
    {
        var shipped = NewOrder("order-1") with { Status = OrderStatus.Shipped };

        var refused = FluentActions.Invoking(() => shipped.MoveTo(OrderStatus.Cancelled, Now)).Should().Throw<OrderStateException>().Which;

        refused.Message.Should().Be("Order order-1 is SHIPPED; it cannot become CANCELLED.");
        refused.Current.Should().Be(OrderStatus.Shipped);
        refused.Wanted.Should().Be(OrderStatus.Cancelled);
    }

    [Fact]
    public void MoveTo_OtherThanRejection_RecordsTheReasonInHistoryOnly_AndKeepsAnEarlierRejectionReason()
    {
        var order = NewOrder("order-1") with { RejectionReason = "EARLIER" };

        var cancelled = order.MoveTo(OrderStatus.Cancelled, Now.AddMinutes(1), "shopper asked");

        cancelled.RejectionReason.Should().Be("EARLIER");
        cancelled.UpdatedAt.Should().Be(Now.AddMinutes(1));
        cancelled.History[^1].Should().Be(new StatusChange(OrderStatus.Cancelled, Now.AddMinutes(1), "shopper asked"));
    }

    private static Order NewOrder(string id, params OrderLine[] lines) => new()
    {
        Id = id,
        CustomerId = "c",
        Status = OrderStatus.Pending,
        Lines = lines.Length > 0 ? lines : [new OrderLine("a", "A", "PC", "s", new Money(100, "SGD"), 1)],
        PersonalData = new ProtectedFields("k", "d", new Dictionary<string, string>(StringComparer.Ordinal)),
        History = [new StatusChange(OrderStatus.Pending, Now)],
        CreatedAt = Now,
        UpdatedAt = Now,
    };
}
