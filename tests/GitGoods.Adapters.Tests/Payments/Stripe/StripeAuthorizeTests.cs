using GitGoods.Domain.Common;
using GitGoods.Domain.Payments;
using GitGoods.TestSupport;

namespace GitGoods.Adapters.Tests.Payments.Stripe;

/// <summary>Authorisation through the Stripe adapter, over real HTTP to the local Stripe stand-in, with the record on DynamoDB Local.</summary>
[Collection(DynamoDbLocalCollection.Name)]
public sealed class StripeAuthorizeTests(DynamoDbLocalFixture dynamo)
{
    private static readonly Money Amount = new(12_999, "EUR");

    [Fact]
    public async Task Authorize_AnApprovedCard_CreatesOneManualCaptureIntent_WithTheOrdersKeyAndFormBody()
    {
        await using var h = await StripeTestHarness.StartAsync(dynamo);

        var answer = await h.Gateway.AuthorizeAsync(new PaymentRequest("order-1", Amount, PaymentTokens.Visa), default);

        answer.Should().Be(new PaymentAuthorization(PaymentOutcome.Approved, "pi_fake_0001", null));
        var request = h.Stripe.Requests.Should().ContainSingle().Subject;
        request.Path.Should().Be("/v1/payment_intents");
        request.Authorization.Should().Be("Bearer " + FakeStripeServer.SecretKey);
        request.IdempotencyKey.Should().Be("gitgoods-authorize-order-1");
        request.StripeVersion.Should().NotBeEmpty();
        request.ContentType.Should().StartWith("application/x-www-form-urlencoded");
        request.Form.Should().Contain(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["amount"] = "12999", ["currency"] = "eur", ["payment_method"] = "pm_card_visa", ["payment_method_types[]"] = "card",
            ["confirm"] = "true", ["capture_method"] = "manual", ["error_on_requires_action"] = "true", ["metadata[order_id]"] = "order-1",
        });
        h.Stripe.Api.Intents["pi_fake_0001"]["status"]!.GetValue<string>().Should().Be("requires_capture");
        (await h.RecordAsync("order-1")).Should().Be(("AUTHORIZED", "pi_fake_0001"));
    }

    [Theory]
    [InlineData(PaymentTokens.ChargeDeclined, PaymentDeclineCodes.CardDeclined)]
    [InlineData(PaymentTokens.ChargeDeclinedInsufficientFunds, PaymentDeclineCodes.InsufficientFunds)]
    [InlineData("pm_card_authenticationRequired", "authentication_required")]
    [InlineData("pm_card_nobody_knows", PaymentDeclineCodes.CardDeclined)]
    public async Task Authorize_ADeclinedOrUnknownCard_IsDeclinedWithTheCode_AndARetryGetsItWithoutAskingAgain(string token, string code)
    {
        await using var h = await StripeTestHarness.StartAsync(dynamo);
        var request = new PaymentRequest("order-1", Amount, token);

        var answer = await h.Gateway.AuthorizeAsync(request, default);
        var retry = await h.Gateway.AuthorizeAsync(request, default);

        answer.Should().Be(new PaymentAuthorization(PaymentOutcome.Declined, null, code));
        retry.Should().Be(answer);
        h.Stripe.Requests.Should().ContainSingle("a 402 or 400 decline is definite: not retried, then answered from the record");
        (await h.RecordAsync("order-1"))!.Value.Status.Should().Be("DECLINED");
    }

    [Fact]
    public async Task Authorize_TwentyConcurrentCallsForOneOrder_MakeOneIntent()
    {
        await using var h = await StripeTestHarness.StartAsync(dynamo);
        var request = new PaymentRequest("order-1", Amount, PaymentTokens.Mastercard);

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => h.Gateway.AuthorizeAsync(request, default)));

        answers.Should().OnlyContain(a => a == new PaymentAuthorization(PaymentOutcome.Approved, "pi_fake_0001", null));
        h.Stripe.Api.Intents.Should().ContainSingle();
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(429)]
    public async Task Authorize_ATransientFailure_IsRetriedWithTheSameKey_AndMakesOneIntent(int status)
    {
        await using var h = await StripeTestHarness.StartAsync(dynamo);
        h.Stripe.FailNext(status);

        var answer = await h.Gateway.AuthorizeAsync(new PaymentRequest("order-1", Amount, PaymentTokens.Visa), default);

        answer.Outcome.Should().Be(PaymentOutcome.Approved);
        // At least the failed attempt and one retry, every one under the same key, so Stripe made one intent.
        h.Stripe.Requests.Select(r => r.IdempotencyKey).Should().HaveCountGreaterThanOrEqualTo(2).And.OnlyContain(k => k == "gitgoods-authorize-order-1");
        h.Stripe.Api.Intents.Should().ContainSingle();
    }

    [Fact]
    public async Task Authorize_FailingPastTheRetryBudget_IsUnavailable_AndCreatesNothing()
    {
        await using var h = await StripeTestHarness.StartAsync(dynamo);
        h.Stripe.FailNext(503, times: 10);

        var act = () => h.Gateway.AuthorizeAsync(new PaymentRequest("order-1", Amount, PaymentTokens.Visa), default);

        await act.Should().ThrowAsync<PaymentUnavailableException>().WithMessage("*503*");
        h.Stripe.Requests.Should().HaveCount(StripeTestHarness.FastOptions.MaxRetries + 1);
        h.Stripe.Api.Intents.Should().BeEmpty();
        (await h.RecordAsync("order-1"))!.Value.Status.Should().Be("PENDING", "the outcome is unknown to the adapter");
    }

    [Fact]
    public async Task Authorize_WhenAnAnswerComesTooLate_TheRetryGetsStripesReplayOfTheFirstIntent()
    {
        await using var h = await StripeTestHarness.StartAsync(dynamo);
        var late = h.Stripe.StallNext(beforeProcessing: false);

        var answer = await h.Gateway.AuthorizeAsync(new PaymentRequest("order-1", Amount, PaymentTokens.Visa), default);

        late.Processed.IsCompleted.Should().BeTrue("the first attempt was processed, its answer never arrived");
        answer.Should().Be(new PaymentAuthorization(PaymentOutcome.Approved, "pi_fake_0001", null));
        h.Stripe.Requests.Should().HaveCount(2).And.OnlyContain(r => r.IdempotencyKey == "gitgoods-authorize-order-1");
        h.Stripe.Api.Intents.Should().ContainSingle("the replay created nothing new");
    }

    [Fact]
    public async Task Authorize_WithAKeyStripeRefuses_IsAConfigurationError_NotRetried_AndNeverQuotesTheKey()
    {
        const string wrongKey = "sk_test_wrongKey0123456789zz";
        await using var h = await StripeTestHarness.StartAsync(dynamo, wrongKey);

        var act = () => h.Gateway.AuthorizeAsync(new PaymentRequest("order-1", Amount, PaymentTokens.Visa), default);

        var thrown = await act.Should().ThrowAsync<PaymentConfigurationException>().WithMessage("*401*");
        thrown.Which.ToString().Should().NotContain(wrongKey).And.NotContain("0123456789zz");
        h.Stripe.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task Authorize_TheSameOrderWithAnotherAmount_IsRefusedBeforeAskingStripe()
    {
        await using var h = await StripeTestHarness.StartAsync(dynamo);
        await h.Gateway.AuthorizeAsync(new PaymentRequest("order-1", Amount, PaymentTokens.Visa), default);

        var act = () => h.Gateway.AuthorizeAsync(new PaymentRequest("order-1", new Money(1, "EUR"), PaymentTokens.Visa), default);

        await act.Should().ThrowAsync<InvalidOperationException>();
        h.Stripe.Requests.Should().ContainSingle();
    }
}
