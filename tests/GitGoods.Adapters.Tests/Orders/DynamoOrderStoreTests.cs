using GitGoods.Domain.Common;
using GitGoods.Domain.Orders;
using GitGoods.TestSupport;
using static GitGoods.Adapters.Tests.Orders.OrderFixtures;

namespace GitGoods.Adapters.Tests.Orders;

/// <summary>The order store against the real DynamoDB Local engine; each test owns its table.</summary>
[Collection(DynamoDbLocalCollection.Name)]
public class DynamoOrderStoreTests(DynamoDbLocalFixture dynamo)
{
    [Fact]
    public async Task Create_ThenFind_RoundTripsEveryField_AndASecondCreateWritesNothing()
    {
        var (store, products, _, _) = await NewAsync(dynamo);
        var game = Product("p1", 5);
        await products.AddAsync(game, default);
        var order = Order(Id(1), "alice", (game, 2));

        (await store.CreateAsync(order, default)).Should().BeTrue();
        (await store.CreateAsync(order with { CustomerId = "mallory" }, default)).Should().BeFalse();

        var found = await store.FindAsync(order.Id, default);
        found.Should().BeEquivalentTo(order);
        found!.Total.Should().Be(new Money(11998, "SGD"));
    }

    [Fact]
    public async Task ReserveStock_200ConcurrentOrdersForTenUnits_ReservesExactlyTen_AndStockEndsAtZero()
    {
        var (store, products, catalog, _) = await NewAsync(dynamo);
        var game = Product("hot", 10);
        await products.AddAsync(game, default);
        var orders = Enumerable.Range(0, 200).Select(i => Order(Id(i), "shopper-" + i, (game, 1))).ToList();
        // Placed one after another: the race under test is the reservation, and 200 concurrent placements make a busy
        // machine's DynamoDB Local give up waiting for its locks (a 500 that real DynamoDB does not give).
        foreach (var order in orders)
        {
            await store.CreateAsync(order, default);
        }

        var outcomes = await Task.WhenAll(orders.Select(o => ReserveWithRetryAsync(store, o)));

        outcomes.Count(o => o == StockReservation.Reserved).Should().Be(10);
        outcomes.Count(o => o == StockReservation.OutOfStock).Should().Be(190);
        (await catalog.FindAsync("hot", default))!.Stock.Should().Be(0);
    }

    [Fact]
    public async Task ReserveStock_IsAllOrNothing_AndADuplicateReservationTakesNothingMore()
    {
        var (store, products, catalog, _) = await NewAsync(dynamo);
        var plenty = Product("plenty", 10);
        var scarce = Product("scarce", 1);
        await products.AddAsync(plenty, default);
        await products.AddAsync(scarce, default);
        var tooMany = Order(Id(1), "a", (plenty, 3), (scarce, 2));
        var fits = Order(Id(2), "b", (plenty, 3), (scarce, 1));
        await store.CreateAsync(tooMany, default);
        await store.CreateAsync(fits, default);

        (await store.ReserveStockAsync(tooMany, default)).Should().Be(StockReservation.OutOfStock);
        (await catalog.FindAsync("plenty", default))!.Stock.Should().Be(10, "nothing is taken when one line lacks stock");
        (await store.ReserveStockAsync(fits, default)).Should().Be(StockReservation.Reserved);
        (await store.ReserveStockAsync(fits, default)).Should().Be(StockReservation.Reserved, "a redelivered message finds the stock already held");

        (await catalog.FindAsync("plenty", default))!.Stock.Should().Be(7);
        (await catalog.FindAsync("scarce", default))!.Stock.Should().Be(0);
        (await store.FindAsync(fits.Id, default))!.StockReserved.Should().BeTrue();
    }

    [Fact]
    public async Task ReleaseStock_GivesUnitsBackOnce()
    {
        var (store, products, catalog, _) = await NewAsync(dynamo);
        var game = Product("g", 4);
        await products.AddAsync(game, default);
        var order = Order(Id(1), "a", (game, 3));
        await store.CreateAsync(order, default);
        await store.ReserveStockAsync(order, default);

        (await store.ReleaseStockAsync(order, default)).Should().BeTrue();
        (await store.ReleaseStockAsync(order, default)).Should().BeFalse();

        (await catalog.FindAsync("g", default))!.Stock.Should().Be(4);
        (await store.FindAsync(order.Id, default))!.StockReserved.Should().BeFalse();
    }

    [Fact]
    public async Task ReleaseStock_NeverGivesBackTheStockOfAConfirmedOrder()
    {
        var (store, products, catalog, _) = await NewAsync(dynamo);
        var game = Product("g", 4);
        await products.AddAsync(game, default);
        var order = Order(Id(1), "a", (game, 3));
        await store.CreateAsync(order, default);
        await store.ReserveStockAsync(order, default);
        var (_, confirmed) = await store.ConfirmAsync(order.Id, "auth", Now, default);

        (await store.ReleaseStockAsync(confirmed!, default)).Should().BeFalse();
        (await catalog.FindAsync("g", default))!.Stock.Should().Be(1);
    }

    [Fact]
    public async Task ReserveStock_OnACancelledOrder_TakesNothing()
    {
        var (store, products, catalog, _) = await NewAsync(dynamo);
        var game = Product("g", 4);
        await products.AddAsync(game, default);
        var order = Order(Id(1), "a", (game, 1));
        await store.CreateAsync(order, default);
        (await store.SaveTransitionAsync(order.MoveTo(OrderStatus.Cancelled, Now), default)).Should().BeTrue();

        (await store.ReserveStockAsync(order, default)).Should().Be(StockReservation.NotPending);
        (await catalog.FindAsync("g", default))!.Stock.Should().Be(4);
    }

    [Fact]
    public async Task SaveTransition_IsConditionalOnTheVersionRead_AndCancellingGivesHeldStockBack()
    {
        var (store, products, catalog, _) = await NewAsync(dynamo);
        var game = Product("g", 5);
        await products.AddAsync(game, default);
        var order = Order(Id(1), "a", (game, 2));
        await store.CreateAsync(order, default);
        await store.ReserveStockAsync(order, default);
        var stale = order.MoveTo(OrderStatus.Cancelled, Now);

        (await store.SaveTransitionAsync(stale, default)).Should().BeFalse("the reservation bumped the version");
        var current = (await store.FindAsync(order.Id, default))!;
        (await store.SaveTransitionAsync(current.MoveTo(OrderStatus.Cancelled, Now.AddMinutes(1)), default)).Should().BeTrue();

        var cancelled = (await store.FindAsync(order.Id, default))!;
        cancelled.Status.Should().Be(OrderStatus.Cancelled);
        cancelled.StockReserved.Should().BeFalse();
        cancelled.History.Select(h => h.Status).Should().Equal(OrderStatus.Pending, OrderStatus.Cancelled);
        (await catalog.FindAsync("g", default))!.Stock.Should().Be(5);
    }

    [Fact]
    public async Task Confirm_IsOneConditionalWrite_OnlyForAPendingOrderHoldingItsStock()
    {
        var (store, products, _, _) = await NewAsync(dynamo);
        var game = Product("g", 5);
        await products.AddAsync(game, default);
        var held = Order(Id(1), "a", (game, 1));
        var notHeld = Order(Id(2), "b", (game, 1));
        await store.CreateAsync(held, default);
        await store.CreateAsync(notHeld, default);
        await store.ReserveStockAsync(held, default);

        var (confirmed, order) = await store.ConfirmAsync(held.Id, "auth-1", Now.AddSeconds(1), default);
        var (again, same) = await store.ConfirmAsync(held.Id, "auth-1", Now.AddSeconds(2), default);
        var (refused, unchanged) = await store.ConfirmAsync(notHeld.Id, "auth-2", Now.AddSeconds(1), default);
        var (_, missing) = await store.ConfirmAsync(Id(3), "auth-3", Now, default);

        confirmed.Should().BeTrue();
        order!.Status.Should().Be(OrderStatus.Confirmed);
        order.PaymentAuthorizationId.Should().Be("auth-1");
        order.History.Select(h => h.Status).Should().Equal(OrderStatus.Pending, OrderStatus.Confirmed);
        again.Should().BeFalse("a redelivery finds it already confirmed");
        same!.History.Should().HaveCount(2);
        refused.Should().BeFalse("an order that holds no stock is never confirmed");
        unchanged!.Status.Should().Be(OrderStatus.Pending);
        missing.Should().BeNull();
        (await store.ListAllAsync(OrderStatus.Confirmed, new PageRequest(10), default)).Items.Select(o => o.Id).Should().Equal(held.Id);
    }

    [Fact]
    public async Task Lists_AreNewestFirst_PagedByCursor_AndFilteredByCustomerSellerAndStatus()
    {
        var (store, products, _, _) = await NewAsync(dynamo);
        var mine = Product("mine", 50, seller: "seller-a");
        var theirs = Product("theirs", 50, seller: "seller-b");
        await products.AddAsync(mine, default);
        await products.AddAsync(theirs, default);
        for (var i = 0; i < 5; i++)
        {
            var order = Order(Id(i), i < 3 ? "alice" : "bob", i % 2 == 0 ? (mine, 1) : (theirs, 1)) with { CreatedAt = Now.AddMinutes(i), UpdatedAt = Now.AddMinutes(i) };
            await store.CreateAsync(order, default);
        }

        var confirmed = (await store.FindAsync(Id(4), default))!;
        await store.SaveTransitionAsync(confirmed.MoveTo(OrderStatus.Rejected, Now.AddHours(1), RejectionReason.OutOfStock), default);

        var first = await store.ListByCustomerAsync("alice", new PageRequest(2), default);
        first.Items.Select(o => o.Id).Should().Equal(Id(2), Id(1));
        var second = await store.ListByCustomerAsync("alice", new PageRequest(2, first.NextCursor), default);
        second.Items.Select(o => o.Id).Should().Equal(Id(0));
        second.NextCursor.Should().BeNull();

        (await store.ListBySellerAsync("seller-a", new PageRequest(10), default)).Items.Select(o => o.Id).Should().Equal(Id(4), Id(2), Id(0));
        (await store.ListAllAsync(null, new PageRequest(10), default)).Items.Should().HaveCount(5);
        (await store.ListAllAsync(OrderStatus.Rejected, new PageRequest(10), default)).Items.Select(o => o.Id).Should().Equal(Id(4));
        (await store.ListAllAsync(OrderStatus.Pending, new PageRequest(10), default)).Items.Should().HaveCount(4);
        await FluentActions.Awaiting(() => store.ListByCustomerAsync("bob", new PageRequest(2, first.NextCursor), default))
            .Should().ThrowAsync<InvalidCursorException>("a cursor of alice's list is refused on bob's");
    }

    [Fact]
    public async Task Outbox_HoldsEveryPlacedOrderUntilMarkedSent()
    {
        var (store, products, _, _) = await NewAsync(dynamo);
        var game = Product("g", 50);
        await products.AddAsync(game, default);
        var orders = Enumerable.Range(0, 12).Select(i => Order(Id(i), "a", (game, 1)) with { CreatedAt = Now.AddSeconds(i) }).ToList();
        foreach (var order in orders)
        {
            await store.CreateAsync(order, default);
        }

        var due = await store.ListUnsentAsync(Now.AddSeconds(10), 100, default);
        due.Select(e => e.OrderId).Should().Equal(orders.Take(10).Select(o => o.Id), "oldest first, only those placed before the cut-off");
        await store.MarkSentAsync(due[0], default);
        await store.MarkSentAsync(due[0], default);

        (await store.ListUnsentAsync(Now.AddHours(1), 100, default)).Should().HaveCount(11);
    }

    private static async Task<StockReservation> ReserveWithRetryAsync(GitGoods.Adapters.Orders.DynamoOrderStore store, Order order)
    {
        // Concurrent transactions on one item may be refused with TransactionConflict; the workflow retries those. On a
        // busy machine DynamoDB Local also gives up waiting for its item lock (a 500 that real DynamoDB does not give).
        // Retrying is safe: a reservation the order already holds is answered Reserved and takes nothing more.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await store.ReserveStockAsync(order, default);
            }
            catch (Exception e) when (attempt < 50
                && e is Amazon.DynamoDBv2.Model.TransactionCanceledException or Amazon.DynamoDBv2.Model.InternalServerErrorException)
            {
                await Task.Delay(Random.Shared.Next(5, 30));
            }
        }
    }
}
