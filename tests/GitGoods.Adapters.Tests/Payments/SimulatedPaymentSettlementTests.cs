using GitGoods.Adapters.Payments;
using GitGoods.Domain.Common;
using GitGoods.Domain.Payments;
using GitGoods.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace GitGoods.Adapters.Tests.Payments;

/// <summary>The simulated provider's capture (on shipping) and its interplay with void, on DynamoDB Local.</summary>
[Collection(DynamoDbLocalCollection.Name)]
public class SimulatedPaymentSettlementTests(DynamoDbLocalFixture dynamo)
{
    private static readonly Money Amount = new(12_999, "EUR");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Capture_AnAuthorization_CapturesIt_AndAgainAnswersCapturedWithoutChange()
    {
        var gateway = await AuthorizedAsync();

        var first = await gateway.CaptureAsync("order-1", default);
        var again = await gateway.CaptureAsync("order-1", default);

        first.Should().Be(PaymentCapture.Captured);
        again.Should().Be(PaymentCapture.Captured);
        (await gateway.GetAsync("order-1", default))!.Status.Should().Be(RecordedPaymentStatus.Captured);
    }

    [Fact]
    public async Task Capture_AfterAVoid_IsRefusedAsVoided()
    {
        var gateway = await AuthorizedAsync();
        await gateway.VoidAsync("order-1", default);

        var capture = await gateway.CaptureAsync("order-1", default);

        capture.Should().Be(PaymentCapture.Refused(PaymentCaptureRefusals.Voided));
        (await gateway.GetAsync("order-1", default))!.Status.Should().Be(RecordedPaymentStatus.Voided);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(PaymentTokens.ChargeDeclined)]
    public async Task Capture_WithoutAnApprovedAuthorization_IsRefusedAsNotAuthorized(string? token)
    {
        var gateway = await NewGatewayAsync();
        if (token is not null)
        {
            await gateway.AuthorizeAsync(new PaymentRequest("order-1", Amount, token), default);
        }

        var capture = await gateway.CaptureAsync("order-1", default);

        capture.Should().Be(PaymentCapture.Refused(PaymentCaptureRefusals.NotAuthorized));
    }

    [Fact]
    public async Task Capture_AfterTheHoldLapsed_IsRefusedAsExpired_AndTakesNothing()
    {
        var gateway = await AuthorizedAsync();
        _time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));

        var capture = await gateway.CaptureAsync("order-1", default);

        capture.Should().Be(PaymentCapture.Refused(PaymentCaptureRefusals.AuthorizationExpired));
        (await gateway.GetAsync("order-1", default))!.Status.Should().Be(RecordedPaymentStatus.Authorized);
    }

    [Fact]
    public async Task Void_AfterACapture_RefundsIt_AndAgainChangesNothing()
    {
        var gateway = await AuthorizedAsync();
        await gateway.CaptureAsync("order-1", default);

        await gateway.VoidAsync("order-1", default);
        await gateway.VoidAsync("order-1", default);

        (await gateway.GetAsync("order-1", default))!.Status.Should().Be(RecordedPaymentStatus.Refunded);
        (await gateway.CaptureAsync("order-1", default)).Should().Be(PaymentCapture.Refused(PaymentCaptureRefusals.Voided));
    }

    [Fact]
    public async Task CaptureAndVoid_Racing_EndCapturedThenRefundedOrVoided_NeverCapturedAfterTheVoid()
    {
        var gateway = await AuthorizedAsync();

        var capture = gateway.CaptureAsync("order-1", default);
        var voiding = gateway.VoidAsync("order-1", default);
        await Task.WhenAll(capture, voiding);

        var status = (await gateway.GetAsync("order-1", default))!.Status;
        if ((await capture).Outcome == PaymentCaptureOutcome.Captured)
        {
            status.Should().Be(RecordedPaymentStatus.Refunded, "a capture that won is refunded by the void");
        }
        else
        {
            status.Should().Be(RecordedPaymentStatus.Voided);
        }
    }

    private async Task<SimulatedPaymentGateway> AuthorizedAsync()
    {
        var gateway = await NewGatewayAsync();
        (await gateway.AuthorizeAsync(new PaymentRequest("order-1", Amount, PaymentTokens.Visa), default)).Outcome.Should().Be(PaymentOutcome.Approved);
        return gateway;
    }

    private async Task<SimulatedPaymentGateway> NewGatewayAsync() =>
        new(dynamo.Client, await dynamo.CreateTableAsync("settle"), new SimulatedPaymentGatewayOptions(), _time);
}
