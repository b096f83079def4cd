using System.Net;
using GitGoods.Composition;
using GitGoods.Domain.WaitingRoom;
using GitGoods.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static GitGoods.LocalEnvironment.Tests.Orders.OrderApi;
using static GitGoods.LocalEnvironment.Tests.WaitingRoom.WaitingRoomApi;

namespace GitGoods.LocalEnvironment.Tests.WaitingRoom;

/// <summary>The sales-day waiting room through real HTTP on a running stack (DynamoDB Local, the manifest's functions).</summary>
[Collection(LocalEnvironmentTests.Name)]
public class WaitingRoomApiTests(LocalEnvironmentFixture fixture)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private Task<LocalEnvironmentHost> StackAsync() => fixture.OwnStackAsync("waiting-room");

    private static string SaleId() => "sale-" + Guid.NewGuid().ToString("N")[..12];

    [Fact]
    public async Task JoinWaitAdmitted_TheOrderWithTheAdmissionIsAccepted_WithoutIt403AndNothingWritten_AndOrderingLetsTheNextIn()
    {
        var stack = await StackAsync();
        var product = await NewProductAsync(stack, stock: 10);
        var sale = SaleId();
        await PutSaleAsync(stack, sale, product, capacity: 1, ratePerMinute: 6000);
        await SaleInEffectAsync(stack, product);
        var first = ShopperToken(stack, "first-" + Guid.NewGuid().ToString("N"));
        var second = ShopperToken(stack, "second-" + Guid.NewGuid().ToString("N"));

        var (joined, admitted) = await JoinAsync(stack, first, sale);
        joined.Should().Be(HttpStatusCode.Created);
        admitted["state"]!.GetValue<string>().Should().Be("ADMITTED", "the shop has room: no wait");
        admitted["position"]!.GetValue<int>().Should().Be(1);
        var (_, waiting) = await JoinAsync(stack, second, sale);
        waiting["state"]!.GetValue<string>().Should().Be("WAITING", "capacity 1 is taken");
        waiting["position"]!.GetValue<int>().Should().Be(2);
        waiting["aheadOfYou"]!.GetValue<int>().Should().Be(0);
        waiting["admissionToken"].Should().BeNull();
        var (again, same) = await JoinAsync(stack, second, sale);
        again.Should().Be(HttpStatusCode.OK, "joining again keeps the place");
        same["position"]!.GetValue<int>().Should().Be(2);

        using (var refused = await OrderAsync(stack, first, "no-token", product, admissionToken: null))
        {
            refused.StatusCode.Should().Be(HttpStatusCode.Forbidden);
            refused.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            var problem = await JsonAsync(refused);
            problem["type"]!.GetValue<string>().Should().Be("https://gitgoods.dev/problems/waiting-room");
            problem["saleId"]!.GetValue<string>().Should().Be(sale);
            problem["joinUrl"]!.GetValue<string>().Should().Be($"/api/waiting-room/{sale}/positions");
        }

        (await OrderCountAsync(stack, first)).Should().Be(0, "a refused order writes nothing");
        (await StockAsync(stack, product)).Should().Be(10);

        var token = admitted["admissionToken"]!.GetValue<string>();
        using (var placed = await OrderAsync(stack, first, "with-token", product, token))
        {
            placed.StatusCode.Should().Be(HttpStatusCode.Accepted, await placed.Content.ReadAsStringAsync());
        }

        using (var retried = await OrderAsync(stack, first, "with-token", product, token))
        {
            retried.StatusCode.Should().Be(HttpStatusCode.Accepted, "a retry with the same Idempotency-Key still works");
            retried.Headers.GetValues("idempotent-replayed").Should().Equal("true");
        }

        (await OrderCountAsync(stack, first)).Should().Be(1);
        var (checkedIn, next) = await CheckInAsync(stack, second, sale, same["positionToken"]!.GetValue<string>());
        checkedIn.Should().Be(HttpStatusCode.OK);
        next["state"]!.GetValue<string>().Should().Be("ADMITTED", "the order released the capacity at once");
        var counters = await AdminSaleAsync(stack, sale);
        counters["completed"]!.GetValue<int>().Should().Be(1);
        counters["admitted"]!.GetValue<int>().Should().Be(2);
        counters["inCheckout"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public async Task ForgedExpiredOrAnotherShoppersTokens_Are403_AndNothingIsWritten()
    {
        var stack = await StackAsync();
        var product = await NewProductAsync(stack, stock: 10);
        var sale = SaleId();
        await PutSaleAsync(stack, sale, product, capacity: 5, ratePerMinute: 6000);
        await SaleInEffectAsync(stack, product);
        var ownerSub = "owner-" + Guid.NewGuid().ToString("N");
        var owner = ShopperToken(stack, ownerSub);
        var other = ShopperToken(stack, "other-" + Guid.NewGuid().ToString("N"));
        var (_, admitted) = await JoinAsync(stack, owner, sale);
        var token = admitted["admissionToken"]!.GetValue<string>();
        var tokens = await stack.Services.GetRequiredService<FunctionServices>().WaitingLine.TokensAsync(CancellationToken.None);
        var expired = tokens.Issue(new TokenClaims(TokenKind.Admission, sale, 1, ownerSub, DateTimeOffset.UtcNow.AddMinutes(-10), DateTimeOffset.UtcNow.AddMinutes(-5)));
        var forged = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];
        var positionInstead = admitted["positionToken"]!.GetValue<string>();

        foreach (var (caller, bad, what) in new[]
        {
            (other, token, "another shopper's admission"), (owner, forged, "a forged admission"), (owner, expired, "an expired admission"),
            (owner, positionInstead, "a position token"), (owner, "not-a-token", "junk"),
        })
        {
            using var refused = await OrderAsync(stack, caller, "bad-" + Guid.NewGuid().ToString("N"), product, bad);
            refused.StatusCode.Should().Be(HttpStatusCode.Forbidden, what);
            (await JsonAsync(refused))["saleId"]!.GetValue<string>().Should().Be(sale);
        }

        (await OrderCountAsync(stack, owner)).Should().Be(0);
        (await OrderCountAsync(stack, other)).Should().Be(0);
        (await StockAsync(stack, product)).Should().Be(10);

        (await CheckInAsync(stack, owner, sale, null)).Status.Should().Be(HttpStatusCode.BadRequest, "no position token");
        (await CheckInAsync(stack, other, sale, positionInstead)).Status.Should().Be(HttpStatusCode.Forbidden, "another shopper's place");
        var otherSale = SaleId();
        await PutSaleAsync(stack, otherSale, product, capacity: 5, ratePerMinute: 6000);
        (await CheckInAsync(stack, owner, otherSale, positionInstead)).Status.Should().Be(HttpStatusCode.Forbidden, "another sale's place");
        (await CheckInAsync(stack, owner, sale, token)).Status.Should().Be(HttpStatusCode.Forbidden, "an admission is not a position token");
    }

    [Fact]
    public async Task OutsideAnActiveSale_OrdersNeedNoAdmission()
    {
        var stack = await StackAsync();
        var inSale = await NewProductAsync(stack, stock: 5);
        var notInSale = await NewProductAsync(stack, stock: 5);
        await PutSaleAsync(stack, SaleId(), inSale, capacity: 1, ratePerMinute: 60);
        await PutSaleAsync(stack, SaleId(), notInSale, capacity: 1, ratePerMinute: 60, startsAt: DateTimeOffset.UtcNow.AddHours(-2).AddMinutes(1));
        var future = await NewProductAsync(stack, stock: 5);
        var shopper = ShopperToken(stack, "free-" + Guid.NewGuid().ToString("N"));
        using var placed = await OrderAsync(stack, shopper, "free-1", future, admissionToken: null);
        placed.StatusCode.Should().Be(HttpStatusCode.Accepted, "no sale covers this product");
        using var active = await SendAsync(stack, HttpMethod.Get, "/api/waiting-room", bearer: null);
        active.StatusCode.Should().Be(HttpStatusCode.OK);
        var sales = (await JsonAsync(active))["sales"]!.AsArray();
        sales.Should().Contain(s => s!["productIds"]![0]!.GetValue<string>() == inSale);
    }

    [Fact]
    public async Task HalfTheLineWalksAway_TheRestAreStillAdmitted_InArrivalOrder()
    {
        var stack = await StackAsync();
        var product = await NewProductAsync(stack, stock: 50);
        var sale = SaleId();
        await PutSaleAsync(stack, sale, product, capacity: 1, ratePerMinute: 6000, abandonAfterSeconds: 5);
        var shoppers = Enumerable.Range(0, 6).Select(i => ShopperToken(stack, $"line{i}-" + Guid.NewGuid().ToString("N"))).ToList();
        var tokens = new List<string>();
        foreach (var shopper in shoppers)
        {
            tokens.Add((await JoinAsync(stack, shopper, sale)).Body["positionToken"]!.GetValue<string>());
        }

        var walkedAwayAt = DateTimeOffset.UtcNow;
        var (_, head) = await CheckInAsync(stack, shoppers[0], sale, tokens[0]);
        head["state"]!.GetValue<string>().Should().Be("ADMITTED");

        // Shoppers 1, 3 and 5 walk away (never check in again); 2 and 4 keep polling while the head of the line is checking out,
        // until the walkers have been silent longer than abandonAfterSeconds (the rule's own precondition, not a guess).
        await Eventually.HoldsAsync(async () =>
        {
            foreach (var stayer in new[] { 2, 4 })
            {
                var (_, status) = await CheckInAsync(stack, shoppers[stayer], sale, tokens[stayer]);
                status["state"]!.GetValue<string>().Should().Be("WAITING", "capacity 1 is held by the first shopper");
                tokens[stayer] = status["positionToken"]!.GetValue<string>();
            }

            return DateTimeOffset.UtcNow - walkedAwayAt > TimeSpan.FromSeconds(6);
        }, Deadline, "the walkers have been silent longer than abandonAfterSeconds");
        using (var placed = await OrderAsync(stack, shoppers[0], "line-0", product, head["admissionToken"]!.GetValue<string>()))
        {
            placed.StatusCode.Should().Be(HttpStatusCode.Accepted);
        }

        var (_, fourthWhileSecondShops) = await CheckInAsync(stack, shoppers[4], sale, tokens[4]);
        var (_, second) = await CheckInAsync(stack, shoppers[2], sale, tokens[2]);
        fourthWhileSecondShops["state"]!.GetValue<string>().Should().Be("WAITING", "the earlier live shopper goes first: 2 before 4");
        second["state"]!.GetValue<string>().Should().Be("ADMITTED", "place 1 was skipped: its shopper walked away");
        using (var placed = await OrderAsync(stack, shoppers[2], "line-2", product, second["admissionToken"]!.GetValue<string>()))
        {
            placed.StatusCode.Should().Be(HttpStatusCode.Accepted);
        }

        var (_, fourth) = await CheckInAsync(stack, shoppers[4], sale, fourthWhileSecondShops["positionToken"]!.GetValue<string>());
        fourth["state"]!.GetValue<string>().Should().Be("ADMITTED", "place 3 was skipped too");
        using (var placed = await OrderAsync(stack, shoppers[4], "line-4", product, fourth["admissionToken"]!.GetValue<string>()))
        {
            placed.StatusCode.Should().Be(HttpStatusCode.Accepted);
        }

        var (_, walkedAway) = await CheckInAsync(stack, shoppers[1], sale, tokens[1]);
        walkedAway["state"]!.GetValue<string>().Should().Be("EXPIRED", "the place was released");
        var counters = await AdminSaleAsync(stack, sale);
        counters["abandoned"]!.GetValue<int>().Should().Be(3, "places 1, 3 and 5 were skipped (the last check-in moved the pointer past 5)");
        counters["completed"]!.GetValue<int>().Should().Be(3);
    }
}
