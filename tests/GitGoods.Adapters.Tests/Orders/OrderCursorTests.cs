using System.Buffers.Text;
using System.Text;
using GitGoods.Domain.Common;
using GitGoods.TestSupport;
using static GitGoods.Adapters.Tests.Orders.OrderFixtures;

namespace GitGoods.Adapters.Tests.Orders;

/// <summary>
/// The cursors of the order lists are handed to clients and come back on the next request, possibly after a deploy:
/// their text (tag|index partition|index sort key) is part of the contract, and each works only on its own list.
/// </summary>
[Collection(DynamoDbLocalCollection.Name)]
public class OrderCursorTests(DynamoDbLocalFixture dynamo)
{
    [Fact]
    public async Task EachList_TagsItsCursorAndNamesItsPartition_AndRefusesTheOthers()
    {
        var (store, products, _, _) = await NewAsync(dynamo);
        var game = Product("g", 50, seller: "seller-a");
        await products.AddAsync(game, default);
        for (var i = 0; i < 2; i++)
        {
            await store.CreateAsync(Order(Id(i), "alice", (game, 1)) with { CreatedAt = Now.AddMinutes(i), UpdatedAt = Now.AddMinutes(i) }, default);
        }

        var lastShown = "2026-11-27T09:01:00.000Z#" + Id(1);
        var customer = (await store.ListByCustomerAsync("alice", new PageRequest(1), default)).NextCursor!;
        var seller = (await store.ListBySellerAsync("seller-a", new PageRequest(1), default)).NextCursor!;
        var all = (await store.ListAllAsync(null, new PageRequest(1), default)).NextCursor!;
        var pending = (await store.ListAllAsync(Domain.Orders.OrderStatus.Pending, new PageRequest(1), default)).NextCursor!;

        Decode(customer).Should().Be("c1|CUSTOMER#alice|" + lastShown);
        Decode(seller).Should().Be("e1|SELLERORDERS#seller-a|" + lastShown);
        Decode(all).Should().Be("o1|ORDERS|" + lastShown);
        Decode(pending).Should().Be("t1|ORDERSTATUS#PENDING|" + lastShown);

        await Refused(() => store.ListBySellerAsync("seller-a", new PageRequest(1, customer), default));
        await Refused(() => store.ListAllAsync(null, new PageRequest(1, customer), default));
        await Refused(() => store.ListByCustomerAsync("alice", new PageRequest(1, all), default));
        await Refused(() => store.ListAllAsync(Domain.Orders.OrderStatus.Pending, new PageRequest(1, all), default));
        await Refused(() => store.ListByCustomerAsync("alice", new PageRequest(1, seller), default));
        await Refused(() => store.ListBySellerAsync("seller-b", new PageRequest(1, seller), default));
        await Refused(() => store.ListAllAsync(Domain.Orders.OrderStatus.Confirmed, new PageRequest(1, pending), default));
    }

    private static string Decode(string cursor) => Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));

    private static async Task Refused(Func<Task> list) => await list.Should().ThrowAsync<InvalidCursorException>();
}
