using GitGoods.Adapters.Payments;
using GitGoods.Domain.Common;
using GitGoods.Domain.Payments;
using GitGoods.TestSupport;

namespace GitGoods.Adapters.Tests.Payments;

/// <summary>The simulated payment provider against the real DynamoDB Local engine; each test owns its own table.</summary>
[Collection(DynamoDbLocalCollection.Name)]
public class SimulatedPaymentGatewayTests(DynamoDbLocalFixture dynamo)
{
    private static readonly Money Amount = new(12_999, "EUR");

    [Theory]
    [InlineData(PaymentTokens.Visa)]
    [InlineData(PaymentTokens.Mastercard)]
    public async Task Authorize_ApprovedToken_ApprovesAndRecordsTheAuthorization(string token)
    {
        var gateway = await NewGatewayAsync();

        var answer = await gateway.AuthorizeAsync(new PaymentRequest("order-1", Amount, token), default);

        answer.Outcome.Should().Be(PaymentOutcome.Approved);
        answer.AuthorizationId.Should().StartWith("pi_");
        answer.DeclineCode.Should().BeNull();
        var recorded = await gateway.GetAsync("order-1", default);
        recorded!.Status.Should().Be(RecordedPaymentStatus.Authorized);
        recorded.AuthorizationId.Should().Be(answer.AuthorizationId);
        recorded.Amount.Should().Be(Amount);
        recorded.DeclineCode.Should().BeNull();
    }

    [Theory]
    [InlineData(PaymentTokens.ChargeDeclined, PaymentDeclineCodes.CardDeclined)]
    [InlineData(PaymentTokens.ChargeDeclinedInsufficientFunds, PaymentDeclineCodes.InsufficientFunds)]
    [InlineData("pm_card_someone_elses_card", PaymentDeclineCodes.CardDeclined)]
    public async Task Authorize_DeclinedOrUnknownToken_DeclinesWithTheContractsCodeAndRecordsIt(string token, string code)
    {
        var gateway = await NewGatewayAsync();

        var answer = await gateway.AuthorizeAsync(new PaymentRequest("order-1", Amount, token), default);

        answer.Should().Be(new PaymentAuthorization(PaymentOutcome.Declined, null, code));
        var recorded = await gateway.GetAsync("order-1", default);
        recorded!.Status.Should().Be(RecordedPaymentStatus.Declined);
        recorded.DeclineCode.Should().Be(code);
        (await gateway.AuthorizeAsync(new PaymentRequest("order-1", Amount, token), default)).Should().Be(answer, "a retry gets the first answer");
    }

    [Fact]
    public async Task Authorize_MalformedToken_IsRefusedAndNothingIsRecorded()
    {
        var gateway = await NewGatewayAsync();

        var act = () => gateway.AuthorizeAsync(new PaymentRequest("order-1", Amount, "tok_visa"), default);

        await act.Should().ThrowAsync<ArgumentException>();
        (await gateway.GetAsync("order-1", default)).Should().BeNull();
    }

    [Fact]
    public async Task Authorize_TwentyConcurrentCallsForOneOrder_MakeOneAuthorization()
    {
        var gateway = await NewGatewayAsync();
        var request = new PaymentRequest("order-1", Amount, PaymentTokens.Visa);

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => gateway.AuthorizeAsync(request, default)));

        answers.Should().OnlyContain(a => a.Outcome == PaymentOutcome.Approved);
        answers.Select(a => a.AuthorizationId).Distinct(StringComparer.Ordinal).Should().ContainSingle();
        (await gateway.GetAsync("order-1", default))!.AuthorizationId.Should().Be(answers[0].AuthorizationId);
        (await gateway.AuthorizeAsync(request, default)).Should().Be(answers[0], "a later retry gets the same authorisation");
    }

    [Fact]
    public async Task Authorize_SameOrderWithAnotherAmount_IsRefusedLikeAReusedIdempotencyKey()
    {
        var gateway = await NewGatewayAsync();
        await gateway.AuthorizeAsync(new PaymentRequest("order-1", Amount, PaymentTokens.Visa), default);

        var act = () => gateway.AuthorizeAsync(new PaymentRequest("order-1", new Money(1, "EUR"), PaymentTokens.Visa), default);

        await act.Should().ThrowAsync<InvalidOperationException>();
        (await gateway.GetAsync("order-1", default))!.Amount.Should().Be(Amount);
    }

    [Fact]
    public async Task Void_AfterAuthorize_MarksItVoidedAndIsIdempotent()
    {
        var gateway = await NewGatewayAsync();
        var approved = await gateway.AuthorizeAsync(new PaymentRequest("order-1", Amount, PaymentTokens.Visa), default);

        await gateway.VoidAsync("order-1", default);
        var first = await gateway.GetAsync("order-1", default);
        await gateway.VoidAsync("order-1", default);
        var second = await gateway.GetAsync("order-1", default);

        first!.Status.Should().Be(RecordedPaymentStatus.Voided);
        first.AuthorizationId.Should().Be(approved.AuthorizationId);
        first.Amount.Should().Be(Amount);
        second.Should().Be(first, "voiding again changes nothing");
    }

    [Fact]
    public async Task Void_WithoutAuthorization_LeavesATombstoneThatRefusesALateAuthorize()
    {
        var gateway = await NewGatewayAsync();

        await gateway.VoidAsync("order-1", default);
        var late = await gateway.AuthorizeAsync(new PaymentRequest("order-1", Amount, PaymentTokens.Visa), default);

        late.Should().Be(new PaymentAuthorization(PaymentOutcome.Declined, null, PaymentDeclineCodes.Voided));
        var recorded = await gateway.GetAsync("order-1", default);
        recorded!.Status.Should().Be(RecordedPaymentStatus.Voided);
        recorded.AuthorizationId.Should().BeNull("no authorisation was ever made");
        recorded.Amount.Should().BeNull();
    }

    [Fact]
    public async Task Authorize_TimeoutToken_ThrowsUnavailableButLeavesAnAuthorizationThatVoidTurnsVoided()
    {
        // The provider answers long after the caller gives up; the authorisation it made must still be voided.
        var gateway = await NewGatewayAsync(new SimulatedPaymentGatewayOptions
        {
            CallTimeout = TimeSpan.FromMilliseconds(100), SlowResponseDelay = TimeSpan.FromSeconds(10),
        });

        var act = () => gateway.AuthorizeAsync(new PaymentRequest("order-1", Amount, PaymentTokens.GitGoodsTimeout), default);

        await act.Should().ThrowAsync<PaymentUnavailableException>();
        var recorded = await WaitForAsync(gateway, "order-1", r => r?.Status == RecordedPaymentStatus.Authorized);
        recorded!.Status.Should().Be(RecordedPaymentStatus.Authorized);
        recorded.AuthorizationId.Should().StartWith("pi_");
        await gateway.VoidAsync("order-1", default);
        (await gateway.GetAsync("order-1", default))!.Status.Should().Be(RecordedPaymentStatus.Voided);
    }

    [Fact]
    public async Task Authorize_UnavailableToken_ThrowsUnavailableAndRecordsNothing()
    {
        var gateway = await NewGatewayAsync();

        var act = () => gateway.AuthorizeAsync(new PaymentRequest("order-1", Amount, PaymentTokens.GitGoodsUnavailable), default);

        await act.Should().ThrowAsync<PaymentUnavailableException>();
        (await gateway.GetAsync("order-1", default)).Should().BeNull();
        (await gateway.AuthorizeAsync(new PaymentRequest("order-1", Amount, PaymentTokens.Visa), default)).Outcome
            .Should().Be(PaymentOutcome.Approved, "nothing was recorded, so a retry with a working card goes through");
    }

    [Fact]
    public async Task Authorize_WhenTheProvidersStoreFails_ThrowsUnavailable()
    {
        var gateway = new SimulatedPaymentGateway(dynamo.Client, "no-such-table-" + Guid.NewGuid().ToString("N"));

        var act = () => gateway.AuthorizeAsync(new PaymentRequest("order-1", Amount, PaymentTokens.Visa), default);

        await act.Should().ThrowAsync<PaymentUnavailableException>();
    }

    private async Task<SimulatedPaymentGateway> NewGatewayAsync(SimulatedPaymentGatewayOptions? options = null) =>
        new(dynamo.Client, await dynamo.CreateTableAsync("payments"), options);

    private static async Task<RecordedPayment?> WaitForAsync(SimulatedPaymentGateway gateway, string orderId,
        Func<RecordedPayment?, bool> condition)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(15);
        while (true)
        {
            var recorded = await gateway.GetAsync(orderId, default);
            if (condition(recorded) || DateTimeOffset.UtcNow > deadline)
            {
                return recorded;
            }

            await Task.Delay(20);
        }
    }
}
