using System.Text.Json.Nodes;
using GitGoods.Domain.Common;
using GitGoods.Domain.Orders;
using GitGoods.Domain.Payments;
using GitGoods.Domain.Privacy;
using GitGoods.Functions.Tests.Fakes;
using GitGoods.Hosting.Http;
using GitGoods.Orders.CancelOrder;

namespace GitGoods.Functions.Tests.Orders.CancelOrder;

/// <summary>Cancelling voids the payment; a provider that fails transiently gets a 503 the client can simply retry.</summary>
public class CancelOrderHandlerTests
{
    private static readonly DateTimeOffset Placed = TestOrders.Placed;
    private readonly InMemoryOrderStore _orders = new();
    private readonly FakePaymentGateway _payments = new();
    private readonly Order _confirmed;

    public CancelOrderHandlerTests()
    {
        _confirmed = TestOrders.Confirmed();
        _orders.Add(_confirmed);
    }

    [Fact]
    public async Task Cancel_ConfirmedOrder_VoidsThePaymentAndAnswersCancelled()
    {
        var response = await CancelAsync();

        response.StatusCode.Should().Be(200, response.Body);
        JsonNode.Parse(response.Body!)!["status"]!.GetValue<string>().Should().Be("CANCELLED");
        _payments.Voids.Should().Equal(_confirmed.Id);
    }

    [Fact]
    public async Task Cancel_WhenTheProviderIsUnavailable_Answers503WithRetryAfter_AndTheRetryFinishesTheVoid()
    {
        _payments.OnVoid = _ => throw new PaymentUnavailableException("timeout");

        var first = await CancelAsync();

        first.StatusCode.Should().Be(503);
        first.Headers!["content-type"].Should().Be("application/problem+json");
        first.Headers["retry-after"].Should().Be("5");
        JsonNode.Parse(first.Body!)!["detail"]!.GetValue<string>().Should().Contain("will not be charged");
        _orders.Orders[_confirmed.Id].Status.Should().Be(OrderStatus.Cancelled, "a cancelled order is never captured");
        _payments.Voids.Should().BeEmpty();

        _payments.OnVoid = _ => { };
        var retry = await CancelAsync();

        retry.StatusCode.Should().Be(200, retry.Body);
        _payments.Voids.Should().Equal(_confirmed.Id);
    }

    private Task<ApiGatewayHttpResponse> CancelAsync()
    {
        var request = Requests.SignedIn(Requests.Get($"/api/orders/{_confirmed.Id}/cancel", pathParameters: new() { ["id"] = _confirmed.Id }), "user-1");
        return new CancelOrderHandler(_orders, _payments, new PlainPersonalData(), new FixedTime(Placed.AddDays(1)))
            .HandleAsync(request, Requests.Context, CancellationToken.None);
    }
}
