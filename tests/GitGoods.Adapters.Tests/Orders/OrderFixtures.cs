using GitGoods.Adapters.Catalog;
using GitGoods.Adapters.Orders;
using GitGoods.Domain.Catalog;
using GitGoods.Domain.Common;
using GitGoods.Domain.Orders;
using GitGoods.Domain.Privacy;
using GitGoods.TestSupport;

namespace GitGoods.Adapters.Tests.Orders;

/// <summary>Products and orders for the order store tests, written to a fresh table of the real engine.</summary>
internal static class OrderFixtures
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    public static async Task<(DynamoOrderStore Store, DynamoProductWriter Products, DynamoProductCatalog Catalog, string Table)> NewAsync(DynamoDbLocalFixture dynamo)
    {
        var table = await dynamo.CreateTableAsync("orders");
        return (new DynamoOrderStore(dynamo.Client, table), new DynamoProductWriter(dynamo.Client, table), new DynamoProductCatalog(dynamo.Client, table), table);
    }

    public static Product Product(string id, int stock, string seller = "seller-1", long price = 5999) =>
        Domain.Catalog.Product.Create(id, "Game " + id, "Switch", "", new Money(price, "SGD"), stock, [], seller, ProductStatus.Active, Now, Now);

    public static Order Order(string id, string customer, params (Product Product, int Quantity)[] lines) => new()
    {
        Id = id,
        CustomerId = customer,
        Status = OrderStatus.Pending,
        Lines = [.. lines.Select(l => new OrderLine(l.Product.Id, l.Product.Title, l.Product.Platform, l.Product.SellerId, l.Product.Price, l.Quantity))],
        PersonalData = new ProtectedFields("key-1", "ZGF0YWtleQ==", new Dictionary<string, string>(StringComparer.Ordinal) { ["name"] = "Y2lwaGVy" }),
        History = [new StatusChange(OrderStatus.Pending, Now)],
        CreatedAt = Now,
        UpdatedAt = Now,
    };

    public static string Id(int n) => OrderIds.From("customer", "key-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
