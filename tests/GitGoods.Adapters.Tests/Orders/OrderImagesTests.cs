using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Orders;
using GitGoods.Domain.Orders;
using static GitGoods.Adapters.Tests.Orders.OrderFixtures;

namespace GitGoods.Adapters.Tests.Orders;

/// <summary>How the order-change consumers tell an order's stream image from the other items, and read it.</summary>
public class OrderImagesTests
{
    private static readonly Order Placed = Order(Id(1), "alice", (Product("g", 5), 2)) with
    {
        FromCart = true, PaymentAuthorizationId = "auth-1", Status = OrderStatus.Confirmed,
        History = [new StatusChange(OrderStatus.Pending, Now), new StatusChange(OrderStatus.Confirmed, Now.AddMinutes(1))],
    };

    [Fact]
    public void ToOrder_ReadsBackWhatToImageWrites()
    {
        var image = OrderImages.ToImage(Placed);

        OrderImages.IsOrder(image).Should().BeTrue();
        OrderImages.ToOrder(image).Should().BeEquivalentTo(Placed);
        image["type"].S.Should().Be(OrderImages.ItemType);
    }

    [Fact]
    public void IsOrder_IsFalseForEveryOtherItem()
    {
        var image = OrderImages.ToImage(Placed);

        OrderImages.IsOrder(null).Should().BeFalse();
        OrderImages.IsOrder(new Dictionary<string, AttributeValue>(StringComparer.Ordinal)).Should().BeFalse();
        OrderImages.IsOrder(With(image, "type", "SellerOrder")).Should().BeFalse("a seller's index entry of the order");
        OrderImages.IsOrder(With(image, "type", "order")).Should().BeFalse("types are matched exactly");
        OrderImages.IsOrder(With(image, "SK", "SELLER#seller-1")).Should().BeFalse();
        OrderImages.IsOrder(Without(image, "type")).Should().BeFalse();
        OrderImages.IsOrder(Without(image, "SK")).Should().BeFalse();
    }

    [Fact]
    public void ToOrder_OfAnImageLackingAnOrderAttribute_Throws()
    {
        var act = () => OrderImages.ToOrder(Without(OrderImages.ToImage(Placed), "customerId"));

        act.Should().Throw<KeyNotFoundException>();
    }

    private static Dictionary<string, AttributeValue> With(IReadOnlyDictionary<string, AttributeValue> image, string name, string value) =>
        new(image.Where(a => a.Key != name).Append(KeyValuePair.Create(name, new AttributeValue(value))), StringComparer.Ordinal);

    private static Dictionary<string, AttributeValue> Without(IReadOnlyDictionary<string, AttributeValue> image, string name) =>
        new(image.Where(a => a.Key != name), StringComparer.Ordinal);
}
