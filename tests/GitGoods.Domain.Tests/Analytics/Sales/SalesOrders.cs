using GitGoods.Domain.Common;
using GitGoods.Domain.Orders;
using GitGoods.Domain.Privacy;

namespace GitGoods.Domain.Tests.Analytics.Sales;

/// <summary>Orders for the sales tests, and the status paths an order can take.</summary>
internal static class SalesOrders
{
    public static readonly IReadOnlyList<OrderStatus[]> Paths =
    [
        [OrderStatus.Pending],
        [OrderStatus.Pending, OrderStatus.Confirmed],
        [OrderStatus.Pending, OrderStatus.Rejected],
        [OrderStatus.Pending, OrderStatus.Cancelled],
        [OrderStatus.Pending, OrderStatus.Confirmed, OrderStatus.Cancelled],
        [OrderStatus.Pending, OrderStatus.Confirmed, OrderStatus.Shipped],
        [OrderStatus.Pending, OrderStatus.Confirmed, OrderStatus.Shipped, OrderStatus.Delivered],
    ];

    public static Order Placed(DateTimeOffset at, params OrderLine[] lines) => new()
    {
        Id = "order-" + Guid.NewGuid().ToString("N"),
        CustomerId = "shopper",
        Status = OrderStatus.Pending,
        Lines = lines,
        PersonalData = new ProtectedFields("k", "d", new Dictionary<string, string>(StringComparer.Ordinal)),
        History = [new StatusChange(OrderStatus.Pending, at)],
        CreatedAt = at,
        UpdatedAt = at,
    };

    public static OrderLine Line(string product, string seller, long unitPrice, int quantity) =>
        new(product, "Title " + product, "PC", seller, new Money(unitPrice, "SGD"), quantity);

    /// <summary>Every image the order has along <paramref name="path"/>, its first status being PENDING.</summary>
    public static IReadOnlyList<Order> Images(Order placed, IEnumerable<OrderStatus> path)
    {
        var images = new List<Order> { placed };
        foreach (var status in path.Skip(1))
        {
            images.Add(images[^1].MoveTo(status, images[^1].UpdatedAt.AddMinutes(1)));
        }

        return images;
    }
}
