using GitGoods.Domain.Common;
using GitGoods.Domain.Orders;

namespace GitGoods.Functions.Tests.Fakes;

/// <summary>Orders for handler tests: one line of a seller-1 game, placed by user-1, personal data kept plain.</summary>
internal static class TestOrders
{
    public static readonly DateTimeOffset Placed = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);

    public static Order Pending(string key = "key-1")
    {
        var id = OrderIds.From("user-1", key);
        var personal = new OrderPersonalData(
            new ShippingDetails("Ada", "+6591234567", new ShippingAddress("1 Road", null, "Singapore", "123456", "SG"), null), "pm_card_visa");
        return new Order
        {
            Id = id,
            CustomerId = "user-1",
            Status = OrderStatus.Pending,
            Lines = [new OrderLine("p-1", "Game p-1", "PC", "seller-1", new Money(4999, "SGD"), 2)],
            PersonalData = personal.SealAsync(new PlainPersonalData(), id, CancellationToken.None).GetAwaiter().GetResult(),
            History = [new StatusChange(OrderStatus.Pending, Placed)],
            CreatedAt = Placed,
            UpdatedAt = Placed,
        };
    }

    public static Order Confirmed(string key = "key-1") => Pending(key).MoveTo(OrderStatus.Confirmed, Placed.AddMinutes(1));
}
