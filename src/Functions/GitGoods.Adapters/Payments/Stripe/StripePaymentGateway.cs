using Amazon.DynamoDBv2;
using GitGoods.Domain.Payments;

namespace GitGoods.Adapters.Payments.Stripe;

/// <summary>
/// The payment port on Stripe's PaymentIntents API with manual capture: authorise places a hold when the workflow confirms
/// the order, capture takes it when the order ships, void cancels it (or refunds a capture). The order id is the idempotency
/// key of every call (<c>gitgoods-authorize-&lt;orderId&gt;</c>, …), and a record per order in the shop table
/// (<see cref="StripePaymentRecord"/>) holds the PaymentIntent id and status, so void and capture find the intent and a
/// late authorisation after a void is cancelled. Plain <see cref="HttpClient"/>, source-generated JSON, Polly: AOT-safe.
/// </summary>
public sealed class StripePaymentGateway : IPaymentGateway
{
    private readonly StripePaymentRecords _records;
    private readonly StripeAuthorizer _authorizer;
    private readonly StripeSettlement _settlement;

    /// <param name="http">Sends to Stripe; its own timeout should be infinite or long (the adapter's timeouts govern).</param>
    /// <param name="keys">The secret key (read once, kept in memory).</param>
    public StripePaymentGateway(IAmazonDynamoDB dynamoDb, string tableName, HttpClient http, IPaymentSecretKeySource keys,
        StripeOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(dynamoDb);
        ArgumentException.ThrowIfNullOrEmpty(tableName);
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(keys);
        var time = timeProvider ?? TimeProvider.System;
        var api = new StripeApiClient(http, keys, options ?? new StripeOptions(), time);
        var intents = new StripeIntentActions(api);
        _records = new StripePaymentRecords(dynamoDb, tableName, time);
        _authorizer = new StripeAuthorizer(api, intents, _records);
        _settlement = new StripeSettlement(_authorizer, intents, _records);
    }

    public async Task<PaymentAuthorization> AuthorizeAsync(PaymentRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(request.OrderId))
        {
            throw new ArgumentException("The order id is required.", nameof(request));
        }

        if (!PaymentTokens.IsWellFormed(request.Token))
        {
            throw new ArgumentException("The payment token is not well formed.", nameof(request));
        }

        var existing = await _records.StartAsync(request, ct).ConfigureAwait(false);
        if (existing is not null && !existing.IsFor(request))
        {
            // Stripe refuses an idempotency key reused with other parameters; so do we, before asking.
            throw new InvalidOperationException("The order already has a payment for a different amount.");
        }

        // A retry gets the recorded answer; a first call, or a retry after an unknown outcome, asks Stripe (same key).
        return existing?.Answer ?? await _authorizer.SendAsync(request.OrderId, request.Amount, request.Token, ct).ConfigureAwait(false);
    }

    public Task VoidAsync(string orderId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(orderId);
        return _settlement.VoidAsync(orderId, ct);
    }

    public Task<PaymentCapture> CaptureAsync(string orderId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(orderId);
        return _settlement.CaptureAsync(orderId, ct);
    }
}
