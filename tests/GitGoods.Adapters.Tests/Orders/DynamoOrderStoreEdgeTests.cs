using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Orders;
using GitGoods.Domain.Common;
using GitGoods.Domain.Orders;
using GitGoods.TestSupport;
using static GitGoods.Adapters.Tests.Orders.OrderFixtures;

namespace GitGoods.Adapters.Tests.Orders;

/// <summary>The order store's conditions and mappings at their edges, against the real DynamoDB Local engine.</summary>
[Collection(DynamoDbLocalCollection.Name)]
public class DynamoOrderStoreEdgeTests(DynamoDbLocalFixture dynamo)
{
    [Fact]
    public async Task Create_ThenFind_RoundTripsTheOptionalFields_AndFindOfAnUnknownIdIsNull()
    {
        var (store, products, _, _) = await NewAsync(dynamo);
        var a = Product("a", 5, seller: "seller-a");
        var b = Product("b", 5, seller: "seller-b", price: 1000);
        await products.AddAsync(a, default);
        await products.AddAsync(b, default);
        var order = Order(Id(1), "alice", (a, 1), (b, 3)) with
        {
            FromCart = true,
            StockReserved = true,
            PaymentAuthorizationId = "auth-9",
            RejectionReason = RejectionReason.PaymentDeclined,
            History = [new StatusChange(OrderStatus.Pending, Now), new StatusChange(OrderStatus.Rejected, Now.AddMinutes(1), RejectionReason.PaymentDeclined)],
            Status = OrderStatus.Rejected,
            Version = 4,
        };

        (await store.CreateAsync(order, default)).Should().BeTrue();

        (await store.FindAsync(order.Id, default)).Should().BeEquivalentTo(order);
        (await store.FindAsync(Id(2), default)).Should().BeNull();
    }

    [Fact]
    public async Task Create_ListsTheOrderOnceUnderEachOfItsSellers()
    {
        var (store, products, _, _) = await NewAsync(dynamo);
        var a = Product("a", 5, seller: "seller-a");
        var b = Product("b", 5, seller: "seller-b");
        var c = Product("c", 5, seller: "seller-a");
        foreach (var p in new[] { a, b, c })
        {
            await products.AddAsync(p, default);
        }

        await store.CreateAsync(Order(Id(1), "alice", (a, 1), (b, 1), (c, 1)), default);

        (await store.ListBySellerAsync("seller-a", new PageRequest(10), default)).Items.Select(o => o.Id).Should().Equal(Id(1));
        (await store.ListBySellerAsync("seller-b", new PageRequest(10), default)).Items.Select(o => o.Id).Should().Equal(Id(1));
        (await store.ListBySellerAsync("seller-c", new PageRequest(10), default)).Items.Should().BeEmpty();
    }

    [Fact]
    public async Task ReserveStock_OfAProductNoLongerForSale_IsOutOfStock_AndTakesNothing()
    {
        var (store, products, catalog, _) = await NewAsync(dynamo);
        var game = Product("g", 5);
        await products.AddAsync(game, default);
        var order = Order(Id(1), "a", (game, 1));
        await store.CreateAsync(order, default);
        var unlisted = Domain.Catalog.Product.Create(game.Id, game.Title, game.Platform, game.Description, game.Price, game.Stock, game.Images,
            game.SellerId, Domain.Catalog.ProductStatus.Unlisted, game.CreatedAt, Now.AddMinutes(1), game.Version + 1);
        (await products.ReplaceAsync(game, unlisted, default)).Should().BeTrue();

        (await store.ReserveStockAsync(order, default)).Should().Be(StockReservation.OutOfStock);

        (await catalog.FindAsync("g", default))!.Stock.Should().Be(5);
        var after = (await store.FindAsync(order.Id, default))!;
        after.StockReserved.Should().BeFalse();
        after.Version.Should().Be(1);
    }

    [Fact]
    public async Task ReserveStock_TakesExactlyTheLastUnits_AndBumpsTheOrdersVersion()
    {
        var (store, products, catalog, _) = await NewAsync(dynamo);
        var game = Product("g", 3);
        await products.AddAsync(game, default);
        var order = Order(Id(1), "a", (game, 3));
        await store.CreateAsync(order, default);

        (await store.ReserveStockAsync(order, default)).Should().Be(StockReservation.Reserved);

        (await catalog.FindAsync("g", default))!.Stock.Should().Be(0);
        var after = (await store.FindAsync(order.Id, default))!;
        after.StockReserved.Should().BeTrue();
        after.Version.Should().Be(2);
    }

    [Fact]
    public async Task ReleaseStock_OfARejectedOrder_GivesItsUnitsBack_AndOfAnOrderHoldingNothing_ChangesNothing()
    {
        var (store, products, catalog, _) = await NewAsync(dynamo);
        var game = Product("g", 6);
        await products.AddAsync(game, default);
        var rejected = Order(Id(1), "a", (game, 2));
        var neverReserved = Order(Id(2), "b", (game, 1));
        await store.CreateAsync(rejected, default);
        await store.CreateAsync(neverReserved, default);
        await store.ReserveStockAsync(rejected, default);
        var held = (await store.FindAsync(rejected.Id, default))!;
        (await store.SaveTransitionAsync(held.MoveTo(OrderStatus.Rejected, Now.AddMinutes(1), RejectionReason.PaymentDeclined), default)).Should().BeTrue();

        (await store.ReleaseStockAsync(rejected, default)).Should().BeTrue();
        (await store.ReleaseStockAsync(neverReserved, default)).Should().BeFalse();

        (await catalog.FindAsync("g", default))!.Stock.Should().Be(6);
        var after = (await store.FindAsync(rejected.Id, default))!;
        after.StockReserved.Should().BeFalse();
        after.Version.Should().Be(4, "created 1, reserved 2, rejected 3, released 4");
    }

    [Fact]
    public async Task ReleaseStock_OfACancelledOrderStillHoldingStock_GivesItBack()
    {
        // An item written that way (by an earlier version of the store, or by hand) must still be able to give its units back.
        var (store, products, catalog, table) = await NewAsync(dynamo);
        var game = Product("g", 6);
        await products.AddAsync(game, default);
        var order = Order(Id(1), "a", (game, 2));
        await store.CreateAsync(order, default);
        await store.ReserveStockAsync(order, default);
        var held = (await store.FindAsync(order.Id, default))!;
        var cancelledHolding = held with { Status = OrderStatus.Cancelled, Version = held.Version + 1 };
        await dynamo.Client.PutItemAsync(new PutItemRequest { TableName = table, Item = OrderImages.ToImage(cancelledHolding).ToDictionary(StringComparer.Ordinal) });

        (await store.ReleaseStockAsync(order, default)).Should().BeTrue();

        (await catalog.FindAsync("g", default))!.Stock.Should().Be(6);
    }

    [Fact]
    public async Task ReleaseStock_ForAProductThatIsGone_FailsLoudly_AndChangesNothing()
    {
        var (store, products, _, table) = await NewAsync(dynamo);
        var game = Product("g", 6);
        await products.AddAsync(game, default);
        var order = Order(Id(1), "a", (game, 2));
        await store.CreateAsync(order, default);
        await store.ReserveStockAsync(order, default);
        await dynamo.Client.DeleteItemAsync(table, new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
        {
            ["PK"] = new("PRODUCT#g"), ["SK"] = new("PRODUCT"),
        });

        var act = () => store.ReleaseStockAsync(order, default);

        (await act.Should().ThrowAsync<InvalidOperationException>()).WithMessage("The transaction's write 1 failed its condition*");
        (await store.FindAsync(order.Id, default))!.StockReserved.Should().BeTrue();
    }

    [Fact]
    public async Task SaveTransition_ToRejected_KeepsTheReasonAndTheHeldStock_ForTheWorkflowToRelease()
    {
        var (store, products, catalog, _) = await NewAsync(dynamo);
        var game = Product("g", 5);
        await products.AddAsync(game, default);
        var order = Order(Id(1), "a", (game, 2));
        await store.CreateAsync(order, default);
        await store.ReserveStockAsync(order, default);
        var held = (await store.FindAsync(order.Id, default))!;
        var rejected = held.MoveTo(OrderStatus.Rejected, Now.AddMinutes(5), RejectionReason.PaymentError);

        (await store.SaveTransitionAsync(rejected, default)).Should().BeTrue();

        var after = (await store.FindAsync(order.Id, default))!;
        after.Should().BeEquivalentTo(rejected);
        after.RejectionReason.Should().Be(RejectionReason.PaymentError);
        after.StockReserved.Should().BeTrue();
        after.UpdatedAt.Should().Be(Now.AddMinutes(5));
        (await catalog.FindAsync("g", default))!.Stock.Should().Be(3);
        (await store.ListAllAsync(OrderStatus.Rejected, new PageRequest(10), default)).Items.Select(o => o.Id).Should().Equal(order.Id);
        (await store.ListAllAsync(OrderStatus.Pending, new PageRequest(10), default)).Items.Should().BeEmpty();
    }

    [Fact]
    public async Task SaveTransition_CancellingAnOrderHoldingNoStock_GivesNothingBack()
    {
        var (store, products, catalog, _) = await NewAsync(dynamo);
        var game = Product("g", 5);
        await products.AddAsync(game, default);
        var order = Order(Id(1), "a", (game, 2));
        await store.CreateAsync(order, default);

        (await store.SaveTransitionAsync(order.MoveTo(OrderStatus.Cancelled, Now.AddMinutes(1)), default)).Should().BeTrue();

        (await catalog.FindAsync("g", default))!.Stock.Should().Be(5);
        var after = (await store.FindAsync(order.Id, default))!;
        after.Status.Should().Be(OrderStatus.Cancelled);
        after.Version.Should().Be(2);
        after.RejectionReason.Should().BeNull();
    }

    [Fact]
    public async Task Confirm_SetsTheTimeVersionAndStatusIndex()
    {
        var (store, products, _, _) = await NewAsync(dynamo);
        var game = Product("g", 5);
        await products.AddAsync(game, default);
        var order = Order(Id(1), "a", (game, 1));
        await store.CreateAsync(order, default);
        await store.ReserveStockAsync(order, default);

        var (confirmed, after) = await store.ConfirmAsync(order.Id, "auth-1", Now.AddMinutes(3), default);

        confirmed.Should().BeTrue();
        after!.UpdatedAt.Should().Be(Now.AddMinutes(3));
        after.Version.Should().Be(3);
        after.StockReserved.Should().BeTrue();
        after.History[^1].Should().Be(new StatusChange(OrderStatus.Confirmed, Now.AddMinutes(3)));
        (await store.FindAsync(order.Id, default)).Should().BeEquivalentTo(after);
        (await store.ListAllAsync(OrderStatus.Pending, new PageRequest(10), default)).Items.Should().BeEmpty();
    }

    [Fact]
    public async Task RecordFailure_KeepsTheFirst500Characters_AndNeverCreatesAnOrder()
    {
        var (store, products, _, _) = await NewAsync(dynamo);
        var game = Product("g", 5);
        await products.AddAsync(game, default);
        var order = Order(Id(1), "a", (game, 1));
        var other = Order(Id(2), "a", (game, 1));
        await store.CreateAsync(order, default);
        await store.CreateAsync(other, default);
        var failure = new string('x', 499) + "yz";

        await store.RecordFailureAsync(order.Id, failure, Now, default);
        await store.RecordFailureAsync(other.Id, new string('e', 500), Now, default);
        var missing = () => store.RecordFailureAsync(Id(3), "boom", Now, default);

        (await store.FindAsync(order.Id, default))!.LastError.Should().Be(new string('x', 499) + "y");
        (await store.FindAsync(other.Id, default))!.LastError.Should().Be(new string('e', 500));
        await missing.Should().ThrowAsync<ConditionalCheckFailedException>();
        (await store.FindAsync(Id(3), default)).Should().BeNull();
    }

    [Fact]
    public async Task ListUnsent_ReturnsAtMostMax_OldestFirst_AcrossShards()
    {
        var (store, products, _, _) = await NewAsync(dynamo);
        var game = Product("g", 50);
        await products.AddAsync(game, default);
        var orders = Enumerable.Range(0, 20).Select(i => Order(Id(i), "a", (game, 1)) with { CreatedAt = Now.AddSeconds(20 - i) }).ToList();
        foreach (var order in orders)
        {
            await store.CreateAsync(order, default);
        }

        var due = await store.ListUnsentAsync(Now.AddHours(1), 3, default);

        due.Should().Equal(orders.OrderBy(o => o.CreatedAt).Take(3).Select(o => new OutboxEntry(o.Id, o.CreatedAt)));
    }

    [Fact]
    public async Task ListBySeller_PagesByCursor_NewestFirst()
    {
        var (store, products, _, _) = await NewAsync(dynamo);
        var game = Product("g", 50, seller: "seller-a");
        await products.AddAsync(game, default);
        for (var i = 0; i < 5; i++)
        {
            await store.CreateAsync(Order(Id(i), "a", (game, 1)) with { CreatedAt = Now.AddMinutes(i), UpdatedAt = Now.AddMinutes(i) }, default);
        }

        var first = await store.ListBySellerAsync("seller-a", new PageRequest(2), default);
        var second = await store.ListBySellerAsync("seller-a", new PageRequest(2, first.NextCursor), default);
        var third = await store.ListBySellerAsync("seller-a", new PageRequest(2, second.NextCursor), default);

        first.Items.Select(o => o.Id).Should().Equal(Id(4), Id(3));
        second.Items.Select(o => o.Id).Should().Equal(Id(2), Id(1));
        third.Items.Select(o => o.Id).Should().Equal(Id(0));
        third.NextCursor.Should().BeNull();
        (await store.ListBySellerAsync("seller-a", new PageRequest(5), default)).NextCursor.Should().BeNull("exactly one page");
    }

    [Fact]
    public async Task ListAll_PagesByCursor_ForEveryStatusAndNone()
    {
        var (store, products, _, _) = await NewAsync(dynamo);
        var game = Product("g", 50);
        await products.AddAsync(game, default);
        for (var i = 0; i < 3; i++)
        {
            await store.CreateAsync(Order(Id(i), "c" + i, (game, 1)) with { CreatedAt = Now.AddMinutes(i), UpdatedAt = Now.AddMinutes(i) }, default);
        }

        var all = await store.ListAllAsync(null, new PageRequest(2), default);
        var allRest = await store.ListAllAsync(null, new PageRequest(2, all.NextCursor), default);
        var pending = await store.ListAllAsync(OrderStatus.Pending, new PageRequest(2), default);
        var pendingRest = await store.ListAllAsync(OrderStatus.Pending, new PageRequest(2, pending.NextCursor), default);

        all.Items.Select(o => o.Id).Should().Equal(Id(2), Id(1));
        allRest.Items.Select(o => o.Id).Should().Equal(Id(0));
        pending.Items.Select(o => o.Id).Should().Equal(Id(2), Id(1));
        pendingRest.Items.Select(o => o.Id).Should().Equal(Id(0));
    }
}
