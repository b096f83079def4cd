using System.Text.Json.Nodes;
using GitGoods.LocalEnvironment.Tests.Orders;

namespace GitGoods.LocalEnvironment.Tests.Contract;

internal sealed partial class ContractJourney
{
    /// <summary>Placing (202, replay, 400, 409, 422, 401), reading (200, 404) and cancelling (200 twice, 404). Returns an order to fulfil.</summary>
    private async Task<string> OrdersAsync(string lowStock)
    {
        var key = "contract-" + Guid.NewGuid().ToString("N");
        var body = OrderApi.Body(lowStock, 1);
        var (placed, headers) = await Expect(202, HttpMethod.Post, "/api/orders", _shopper, body, Header("Idempotency-Key", key));
        var orderId = placed!["id"]!.GetValue<string>();
        headers.Location!.ToString().Should().Be("/api/orders/" + orderId);
        var (replayed, _) = await Expect(202, HttpMethod.Post, "/api/orders", _shopper, body, Header("Idempotency-Key", key));
        replayed!["id"]!.GetValue<string>().Should().Be(orderId);
        await Expect(422, HttpMethod.Post, "/api/orders", _shopper, OrderApi.Body(lowStock, 2), Header("Idempotency-Key", key));
        await Expect(400, HttpMethod.Post, "/api/orders", _shopper, body);
        await Expect(400, HttpMethod.Post, "/api/orders", _shopper, body, Header("Idempotency-Key", TooLong(65)));
        await Expect(400, HttpMethod.Post, "/api/orders", _shopper, "{\"items\":", NewKey(), "text/plain");
        await Expect(409, HttpMethod.Post, "/api/orders", _shopper, OrderApi.Body(lowStock, 50), NewKey());
        await Expect(422, HttpMethod.Post, "/api/orders", _shopper, OrderApi.Body("no-such-game", 1), NewKey());
        await Expect(422, HttpMethod.Post, "/api/orders", _shopper, OrderApi.Body(Pocket, 1, name: ""), NewKey());
        await Expect(422, HttpMethod.Post, "/api/orders", _shopper, WithoutItems(body), NewKey());
        await Expect(401, HttpMethod.Post, "/api/orders", body: body, headers: NewKey());

        await Expect(200, HttpMethod.Get, "/api/orders?limit=10", _shopper);
        await Expect(400, HttpMethod.Get, "/api/orders?limit=x", _shopper);
        await Expect(200, HttpMethod.Get, "/api/orders/" + orderId, _shopper);
        await Expect(404, HttpMethod.Get, "/api/orders/" + orderId, AnotherSeller);
        await Expect(404, HttpMethod.Get, "/api/orders/" + TooLong(300), _shopper);
        await Expect(401, HttpMethod.Get, "/api/orders/" + orderId);

        var (other, _) = await Expect(202, HttpMethod.Post, "/api/orders", _shopper, OrderApi.Body(Pocket, 1), NewKey());
        var otherId = other!["id"]!.GetValue<string>();
        await Expect(200, HttpMethod.Post, $"/api/orders/{otherId}/cancel", _shopper);
        await Expect(200, HttpMethod.Post, $"/api/orders/{otherId}/cancel", _shopper);
        await Expect(404, HttpMethod.Post, $"/api/orders/{otherId}/cancel", AnotherSeller);
        await Expect(404, HttpMethod.Post, "/api/orders/no-such-order/cancel", _shopper);
        return orderId;
    }

    /// <summary>The seller ships and delivers (200), a wrong state is 409, another seller's order 404, a shopper 403.</summary>
    private async Task FulfilmentAsync(string orderId)
    {
        var settled = await OrderApi.SettledAsync(stack, _shopper["Bearer ".Length..], orderId);
        settled["status"]!.GetValue<string>().Should().Be("CONFIRMED");
        await Expect(200, HttpMethod.Get, "/api/seller/orders?limit=5", Seller);
        await Expect(400, HttpMethod.Get, "/api/seller/orders?limit=1000", Seller);
        await Expect(403, HttpMethod.Get, "/api/seller/orders", _shopper);
        await Expect(409, HttpMethod.Post, $"/api/seller/orders/{orderId}/deliver", Seller);
        await Expect(404, HttpMethod.Post, $"/api/seller/orders/{orderId}/ship", AnotherSeller);
        await Expect(403, HttpMethod.Post, $"/api/seller/orders/{orderId}/ship", _shopper);
        await Expect(404, HttpMethod.Post, $"/api/seller/orders/{TooLong(300)}/ship", Seller);
        await Expect(200, HttpMethod.Post, $"/api/seller/orders/{orderId}/ship", Seller);
        await Expect(409, HttpMethod.Post, $"/api/seller/orders/{orderId}/ship", Seller);
        await Expect(409, HttpMethod.Post, $"/api/orders/{orderId}/cancel", _shopper);
        await Expect(200, HttpMethod.Post, $"/api/seller/orders/{orderId}/deliver", Seller);
        await Expect(409, HttpMethod.Post, $"/api/seller/orders/{orderId}/deliver", Seller);
        await Expect(404, HttpMethod.Post, "/api/seller/orders/no-such-order/deliver", Seller);
        await Expect(401, HttpMethod.Post, $"/api/seller/orders/{orderId}/deliver");
    }

    private static Dictionary<string, string> NewKey() => Header("Idempotency-Key", "contract-" + Guid.NewGuid().ToString("N"));

    private static string WithoutItems(string body)
    {
        var order = JsonNode.Parse(body)!.AsObject();
        order.Remove("items");
        return order.ToJsonString();
    }
}
