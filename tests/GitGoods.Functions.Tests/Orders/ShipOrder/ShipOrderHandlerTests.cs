using System.Text.Json.Nodes;
using GitGoods.Domain.Common;
using GitGoods.Domain.Orders;
using GitGoods.Domain.Payments;
using GitGoods.Domain.Privacy;
using GitGoods.Functions.Tests.Fakes;
using GitGoods.Hosting.Http;
using GitGoods.Orders.ShipOrder;

namespace GitGoods.Functions.Tests.Orders.ShipOrder;

/// <summary>Shipping captures the payment first; a capture that fails leaves the order as it was.</summary>
public class ShipOrderHandlerTests
{
    private static readonly DateTimeOffset Placed = TestOrders.Placed;
    private readonly InMemoryOrderStore _orders = new();
    private readonly FakePaymentGateway _payments = new();
    private readonly Order _confirmed;

    public ShipOrderHandlerTests()
    {
        _confirmed = TestOrders.Confirmed();
        _orders.Add(_confirmed);
    }

    [Fact]
    public async Task Ship_ConfirmedOrder_CapturesOnceThenAnswersShipped()
    {
        var response = await ShipAsync("seller-1", "sellers");

        response.StatusCode.Should().Be(200, response.Body);
        JsonNode.Parse(response.Body!)!["status"]!.GetValue<string>().Should().Be("SHIPPED");
        _payments.Captures.Should().Equal(_confirmed.Id);
        _orders.Orders[_confirmed.Id].Status.Should().Be(OrderStatus.Shipped);
    }

    [Fact]
    public async Task Ship_WhenTheProviderIsUnavailable_Answers503WithRetryAfter_AndChangesNothing()
    {
        _payments.OnCapture = _ => throw new PaymentUnavailableException("timeout");

        var response = await ShipAsync("seller-1", "sellers");

        response.StatusCode.Should().Be(503);
        response.Headers!["content-type"].Should().Be("application/problem+json");
        response.Headers["retry-after"].Should().Be("5");
        JsonNode.Parse(response.Body!)!["detail"]!.GetValue<string>().Should().Contain("not shipped");
        _orders.Orders[_confirmed.Id].Should().BeSameAs(_confirmed, "nothing changed");
    }

    [Theory]
    [InlineData(PaymentCaptureRefusals.AuthorizationExpired, "expired")]
    [InlineData(PaymentCaptureRefusals.Voided, "voided")]
    [InlineData(PaymentCaptureRefusals.NotAuthorized, "no authorisation")]
    public async Task Ship_WhenTheCaptureIsRefusedForGood_Answers409WithTheReason_AndChangesNothing(string code, string detail)
    {
        _payments.OnCapture = _ => PaymentCapture.Refused(code);

        var response = await ShipAsync("seller-1", "sellers");

        response.StatusCode.Should().Be(409);
        JsonNode.Parse(response.Body!)!["detail"]!.GetValue<string>().Should().Contain(detail).And.Contain("Nothing was charged");
        _orders.Orders[_confirmed.Id].Should().BeSameAs(_confirmed);
    }

    [Fact]
    public async Task Ship_AnOrderNotConfirmed_Answers409WithoutCapturing()
    {
        var pending = TestOrders.Pending("key-2");
        _orders.Add(pending);

        var response = await ShipAsync("seller-1", "sellers", pending.Id);

        response.StatusCode.Should().Be(409);
        _payments.Captures.Should().BeEmpty();
    }

    [Fact]
    public async Task Ship_AnotherSellersOrder_Answers404WithoutCapturing()
    {
        var response = await ShipAsync("seller-9", "sellers");

        response.StatusCode.Should().Be(404);
        _payments.Captures.Should().BeEmpty();
    }

    [Fact]
    public async Task Ship_WhenACancellationWinsAfterTheCapture_Answers409AndTheOrderStaysCancelled()
    {
        _payments.OnCapture = id =>
        {
            _orders.Orders[id] = _orders.Orders[id].MoveTo(OrderStatus.Cancelled, Placed.AddMinutes(2));
            return PaymentCapture.Captured;
        };

        var response = await ShipAsync("admin-1", "admins");

        response.StatusCode.Should().Be(409);
        JsonNode.Parse(response.Body!)!["detail"]!.GetValue<string>().Should().Contain("CANCELLED");
        _orders.Orders[_confirmed.Id].Status.Should().Be(OrderStatus.Cancelled);
    }

    private Task<ApiGatewayHttpResponse> ShipAsync(string sub, string group, string? orderId = null)
    {
        var id = orderId ?? _confirmed.Id;
        var request = Requests.SignedIn(Requests.Get($"/api/seller/orders/{id}/ship", pathParameters: new() { ["id"] = id }), sub, group);
        return new ShipOrderHandler(new OrderShipment(_orders, _payments, new FixedTime(Placed.AddDays(1))))
            .HandleAsync(request, Requests.Context, CancellationToken.None);
    }
}
