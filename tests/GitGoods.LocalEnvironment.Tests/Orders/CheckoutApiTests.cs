using System.Net;
using System.Text.Json.Nodes;
using Amazon.DynamoDBv2.Model;
using GitGoods.LocalEnvironment.Configuration;
using GitGoods.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static GitGoods.LocalEnvironment.Tests.Orders.OrderApi;

namespace GitGoods.LocalEnvironment.Tests.Orders;

/// <summary>Checkout through real HTTP on a running stack: DynamoDB Local, fauxqs, the in-process workflow, the local outbox.</summary>
[Collection(LocalEnvironmentTests.Name)]
public class CheckoutApiTests(LocalEnvironmentFixture fixture)
{
    private Task<LocalEnvironmentHost> StackAsync() => fixture.OwnStackAsync("checkout");

    [Fact]
    public async Task APlacedOrder_Is202Pending_ThenConfirmed_StockTaken_AndTheShopperGetsTheContractsSms()
    {
        var stack = await StackAsync();
        var product = await NewProductAsync(stack, stock: 5, price: 5999);
        var shopper = ShopperToken(stack, "happy-" + Guid.NewGuid().ToString("N"));

        using var placed = await PlaceAsync(stack, shopper, "k-" + Guid.NewGuid(), Body(product, 2, name: "Ada Lovelace", email: "ada@example.com"));

        placed.StatusCode.Should().Be(HttpStatusCode.Accepted, await placed.Content.ReadAsStringAsync());
        var order = await JsonAsync(placed);
        var id = order["id"]!.GetValue<string>();
        placed.Headers.Location!.ToString().Should().Be("/api/orders/" + id);
        order["status"]!.GetValue<string>().Should().Be("PENDING");
        order["total"]!.ToJsonString().Should().Be("""{"amount":11998,"currency":"SGD"}""", "prices come from the catalogue");
        order["shipping"]!["name"]!.GetValue<string>().Should().Be("Ada Lovelace");

        var settled = await SettledAsync(stack, shopper, id);
        settled["status"]!.GetValue<string>().Should().Be("CONFIRMED");
        settled["statusHistory"]!.AsArray().Select(h => h!["status"]!.GetValue<string>()).Should().Equal("PENDING", "CONFIRMED");
        (await StockAsync(stack, product)).Should().Be(3);
        var shortId = id[..8].ToUpperInvariant();
        await Eventually.HoldsAsync(async () => (await OutboxAsync(stack)).Any(m => m!["body"]!.GetValue<string>().Contains(shortId, StringComparison.Ordinal)),
            SettleDeadline, "the confirmation reaches the outbox");
        var messages = (await OutboxAsync(stack)).Where(m => m!["body"]!.GetValue<string>().Contains(shortId, StringComparison.Ordinal)).ToList();
        messages.Single(m => m!["channel"]!.GetValue<string>() == "sms")!["body"]!.GetValue<string>()
            .Should().Be($"Hi Ada Lovelace, your order {shortId} was successfully placed!");
        messages.Single(m => m!["channel"]!.GetValue<string>() == "email")!["to"]!.GetValue<string>().Should().Be("ada@example.com");
    }

    [Fact]
    public async Task WithoutItems_TheCartIsOrdered_AndItsLinesLeaveTheCartOnConfirmation()
    {
        var stack = await StackAsync();
        var product = await NewProductAsync(stack, stock: 5);
        var shopper = ShopperToken(stack, "cart-" + Guid.NewGuid().ToString("N"));
        using (var put = await SendAsync(stack, HttpMethod.Put, "/api/cart/items/" + product, shopper, """{"quantity":2}"""))
        {
            put.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var body = JsonNode.Parse(Body(product, 1))!.AsObject();
        body.Remove("items");
        using var placed = await PlaceAsync(stack, shopper, "cart-key", body.ToJsonString());
        placed.StatusCode.Should().Be(HttpStatusCode.Accepted, await placed.Content.ReadAsStringAsync());
        var order = await JsonAsync(placed);
        order["items"]![0]!["quantity"]!.GetValue<int>().Should().Be(2, "the cart's quantity is ordered");

        (await SettledAsync(stack, shopper, order["id"]!.GetValue<string>()))["status"]!.GetValue<string>().Should().Be("CONFIRMED");
        // ConfirmOrder trims the cart right after its confirming write: wait for it (with a deadline), do not read once.
        await Eventually.HoldsAsync(async () =>
        {
            using var cart = await SendAsync(stack, HttpMethod.Get, "/api/cart", shopper);
            return (await JsonAsync(cart))["items"]!.AsArray().Count == 0;
        }, SettleDeadline, "the ordered lines leave the cart");
    }

    [Theory]
    [InlineData("pm_card_chargeDeclined", "PAYMENT_DECLINED")]
    [InlineData("pm_card_visa_chargeDeclinedInsufficientFunds", "PAYMENT_DECLINED")]
    [InlineData("pm_card_gitgoods_timeout", "PAYMENT_ERROR")]
    public async Task AFailedPayment_RejectsTheOrder_GivesTheStockBack_AndLeavesNoAuthorisation(string token, string reason)
    {
        var stack = await StackAsync();
        var product = await NewProductAsync(stack, stock: 4);
        var shopper = ShopperToken(stack, "pay-" + Guid.NewGuid().ToString("N"));

        using var placed = await PlaceAsync(stack, shopper, "k", Body(product, 3, token));
        var id = (await JsonAsync(placed))["id"]!.GetValue<string>();
        var settled = await SettledAsync(stack, shopper, id);

        settled["status"]!.GetValue<string>().Should().Be("REJECTED");
        settled["rejectionReason"]!.GetValue<string>().Should().Be(reason);
        // The workflow rejects first and cleans up after (ADR 0010): the units come back just after the status turns.
        await Eventually.HoldsAsync(async () => await StockAsync(stack, product) == 4, SettleDeadline, "the held units are given back");
        // Compensation voids every failed order's payment — a decline's record too, and the slow provider's late authorisation.
        await Eventually.HoldsAsync(async () => (await RawAsync(stack, "PAYMENT#" + id, "AUTHORIZATION")).GetValueOrDefault("status")?.S == "VOIDED",
            SettleDeadline, "the payment is voided");
    }

    [Fact]
    public async Task BadRequests_AreClear4xxProblems_AndPlaceNothing()
    {
        var stack = await StackAsync();
        var product = await NewProductAsync(stack, stock: 2);
        var shopper = ShopperToken(stack, "bad-" + Guid.NewGuid().ToString("N"));

        using (var noKey = await SendAsync(stack, HttpMethod.Post, "/api/orders", shopper, Body(product, 1)))
        {
            (await ProblemAsync(noKey, 400))["errors"]!["Idempotency-Key"].Should().NotBeNull();
        }

        using (var longKey = await PlaceAsync(stack, shopper, new string('k', 65), Body(product, 1)))
        {
            await ProblemAsync(longKey, 400);
        }

        using (var malformed = await PlaceAsync(stack, shopper, "m", "{\"items\": [}"))
        {
            await ProblemAsync(malformed, 400);
        }

        using (var wrongType = await PlaceAsync(stack, shopper, "t", """{"items":[{"productId":"x","quantity":"two"}]}"""))
        {
            await ProblemAsync(wrongType, 400);
        }

        using (var invalid = await PlaceAsync(stack, shopper, "i",
            """{"items":[{"productId":"","quantity":0}],"shipping":{"name":"","phone":"91234567","address":{"line1":"","city":"","postalCode":"?","country":"Singapore"},"email":"nope"},"payment":{"method":"cash","token":"4242"}}"""))
        {
            var errors = (await ProblemAsync(invalid, 422))["errors"]!.AsObject().Select(e => e.Key);
            errors.Should().BeEquivalentTo("items[0].productId", "items[0].quantity", "shipping.name", "shipping.phone", "shipping.email",
                "shipping.address.line1", "shipping.address.city", "shipping.address.postalCode", "shipping.address.country", "payment.method", "payment.token");
        }

        using (var unknown = await PlaceAsync(stack, shopper, "u", Body("no-such-product", 1)))
        {
            (await ProblemAsync(unknown, 422))["errors"]!["items[0].productId"].Should().NotBeNull();
        }

        using (var tooMany = await PlaceAsync(stack, shopper, "s", Body(product, 3)))
        {
            (await ProblemAsync(tooMany, 409))["detail"]!.GetValue<string>().Should().Contain("only 2 available");
        }

        using (var anonymous = await PlaceAsync(stack, null!, "a", Body(product, 1)))
        {
            anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        using var mine = await SendAsync(stack, HttpMethod.Get, "/api/orders", shopper);
        (await JsonAsync(mine))["items"]!.AsArray().Should().BeEmpty("no refused request placed an order");
        (await StockAsync(stack, product)).Should().Be(2);
    }

    [Fact]
    public async Task TheSameKey_ReplaysTheSameOrder_AndADifferentBodyUnderItIs422()
    {
        var stack = await StackAsync();
        var product = await NewProductAsync(stack, stock: 10);
        var shopper = ShopperToken(stack, "idem-" + Guid.NewGuid().ToString("N"));
        var other = ShopperToken(stack, "idem-other-" + Guid.NewGuid().ToString("N"));

        using var first = await PlaceAsync(stack, shopper, "same", Body(product, 1));
        using var again = await PlaceAsync(stack, shopper, "same", Body(product, 1));
        using var changed = await PlaceAsync(stack, shopper, "same", Body(product, 2));
        using var otherUser = await PlaceAsync(stack, other, "same", Body(product, 1));

        var id = (await JsonAsync(first))["id"]!.GetValue<string>();
        again.StatusCode.Should().Be(HttpStatusCode.Accepted);
        (await JsonAsync(again))["id"]!.GetValue<string>().Should().Be(id);
        again.Headers.GetValues("idempotent-replayed").Should().Equal("true");
        await ProblemAsync(changed, 422);
        (await JsonAsync(otherUser))["id"]!.GetValue<string>().Should().NotBe(id, "keys are scoped to the caller");
        await SettledAsync(stack, shopper, id);
        await SettledAsync(stack, other, (await JsonAsync(otherUser))["id"]!.GetValue<string>());
        (await StockAsync(stack, product)).Should().Be(8, "one unit for each of the two shoppers' orders, none for the replay");
    }

    [Fact]
    public async Task Cancelling_GivesStockBack_VoidsThePayment_IsSafeToRepeat_AndRefusesSettledOrders()
    {
        var stack = await StackAsync();
        var product = await NewProductAsync(stack, stock: 3);
        var shopper = ShopperToken(stack, "cancel-" + Guid.NewGuid().ToString("N"));
        using var placed = await PlaceAsync(stack, shopper, "c", Body(product, 2));
        var id = (await JsonAsync(placed))["id"]!.GetValue<string>();
        (await SettledAsync(stack, shopper, id))["status"]!.GetValue<string>().Should().Be("CONFIRMED");

        using var cancel = await SendAsync(stack, HttpMethod.Post, $"/api/orders/{id}/cancel", shopper);
        using var again = await SendAsync(stack, HttpMethod.Post, $"/api/orders/{id}/cancel", shopper);
        using var byStranger = await SendAsync(stack, HttpMethod.Post, $"/api/orders/{id}/cancel", ShopperToken(stack, "stranger"));

        cancel.StatusCode.Should().Be(HttpStatusCode.OK);
        (await JsonAsync(cancel))["status"]!.GetValue<string>().Should().Be("CANCELLED");
        again.StatusCode.Should().Be(HttpStatusCode.OK);
        await ProblemAsync(byStranger, 404);
        (await StockAsync(stack, product)).Should().Be(3);
        (await RawAsync(stack, "PAYMENT#" + id, "AUTHORIZATION"))["status"].S.Should().Be("VOIDED");

        using var rejected = await PlaceAsync(stack, shopper, "r", Body(product, 1, "pm_card_chargeDeclined"));
        var rejectedId = (await JsonAsync(rejected))["id"]!.GetValue<string>();
        await SettledAsync(stack, shopper, rejectedId);
        using var late = await SendAsync(stack, HttpMethod.Post, $"/api/orders/{rejectedId}/cancel", shopper);
        (await ProblemAsync(late, 409))["detail"]!.GetValue<string>().Should().Contain("REJECTED");
    }

    [Fact]
    public async Task SellersShipAndDeliver_AdminsSeeEverything_AndOrdersAreOnlyVisibleToTheirOwner()
    {
        var stack = await StackAsync();
        var product = await NewProductAsync(stack, stock: 3);
        var shopper = ShopperToken(stack, "ship-" + Guid.NewGuid().ToString("N"));
        using var placed = await PlaceAsync(stack, shopper, "s", Body(product, 1));
        var id = (await JsonAsync(placed))["id"]!.GetValue<string>();
        await SettledAsync(stack, shopper, id);
        var seller = (await stack.Identity.SignInAsync("seller@gitgoods.local")).IdToken;
        var admin = (await stack.Identity.SignInAsync("admin@gitgoods.local")).IdToken;
        var otherSeller = ShopperToken(stack, "rival-seller", "sellers");

        using (var sellerList = await SendAsync(stack, HttpMethod.Get, "/api/seller/orders?limit=100", seller))
        {
            var listed = (await JsonAsync(sellerList))["items"]!.AsArray().Single(o => o!["id"]!.GetValue<string>() == id)!;
            listed["shipping"].Should().BeNull("sellers never see the shopper's personal data");
        }

        using (var rival = await SendAsync(stack, HttpMethod.Post, $"/api/seller/orders/{id}/ship", otherSeller))
        {
            await ProblemAsync(rival, 404);
        }

        using (var deliverEarly = await SendAsync(stack, HttpMethod.Post, $"/api/seller/orders/{id}/deliver", seller))
        {
            await ProblemAsync(deliverEarly, 409);
        }

        using (var ship = await SendAsync(stack, HttpMethod.Post, $"/api/seller/orders/{id}/ship", seller))
        {
            (await JsonAsync(ship))["status"]!.GetValue<string>().Should().Be("SHIPPED");
        }

        using (var deliver = await SendAsync(stack, HttpMethod.Post, $"/api/seller/orders/{id}/deliver", seller))
        {
            (await JsonAsync(deliver))["status"]!.GetValue<string>().Should().Be("DELIVERED");
        }

        using (var shopperShips = await SendAsync(stack, HttpMethod.Post, $"/api/seller/orders/{id}/ship", shopper))
        {
            await ProblemAsync(shopperShips, 403);
        }

        using (var stranger = await SendAsync(stack, HttpMethod.Get, "/api/orders/" + id, ShopperToken(stack, "nosy")))
        {
            await ProblemAsync(stranger, 404);
        }

        (await GetAsync(stack, admin, id))["shipping"]!["phone"]!.GetValue<string>().Should().Be("+6591234567", "admins read the personal data");
        using (var delivered = await SendAsync(stack, HttpMethod.Get, "/api/admin/orders?status=DELIVERED&limit=100", admin))
        {
            (await JsonAsync(delivered))["items"]!.AsArray().Select(o => o!["id"]!.GetValue<string>()).Should().Contain(id);
        }

        using (var badStatus = await SendAsync(stack, HttpMethod.Get, "/api/admin/orders?status=LOST", admin))
        {
            await ProblemAsync(badStatus, 400);
        }

        using var forShopper = await SendAsync(stack, HttpMethod.Get, "/api/admin/orders", shopper);
        await ProblemAsync(forShopper, 403);
    }

    private async Task<Dictionary<string, AttributeValue>> RawAsync(LocalEnvironmentHost stack, string pk, string sk)
    {
        var options = stack.Services.GetRequiredService<LocalEnvironmentOptions>();
        var response = await fixture.DynamoDb.Client.GetItemAsync(new GetItemRequest
        {
            TableName = options.TableName,
            Key = new Dictionary<string, AttributeValue>(StringComparer.Ordinal) { ["PK"] = new(pk), ["SK"] = new(sk) },
            ConsistentRead = true,
        });
        return response.Item ?? [];
    }

    private static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, int status)
    {
        ((int)response.StatusCode).Should().Be(status, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        return await JsonAsync(response);
    }
}
