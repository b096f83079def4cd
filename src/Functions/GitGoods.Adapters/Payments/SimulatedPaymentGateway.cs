using GitGoods.Adapters.Table;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using GitGoods.Domain.Payments;

namespace GitGoods.Adapters.Payments;

/// <summary>
/// The local environment's payment provider. It answers the contract's test tokens (<see cref="PaymentTokens"/>) as the
/// card processor does and keeps its authorisations in the shop table (<c>PAYMENT#&lt;orderId&gt; / AUTHORIZATION</c>),
/// with a real provider's consistency: the order id is the idempotency key (a conditional put, so every retry gets
/// the first answer), a void before a late authorisation makes that authorisation fail, and the caller's timeout does
/// not stop the provider's work (the timeout token leaves an authorisation behind that the caller must void).
/// Capture and void settle the record (<see cref="SimulatedSettlement"/>): a void after a capture refunds.
/// </summary>
public sealed class SimulatedPaymentGateway : IPaymentGateway
{
    private const string NoRecord = "attribute_not_exists(PK)";

    private readonly IAmazonDynamoDB _dynamoDb;
    private readonly string _tableName;
    private readonly SimulatedPaymentGatewayOptions _options;
    private readonly TimeProvider _time;
    private readonly SimulatedSettlement _settlement;

    /// <param name="timeProvider">Clock of the records' timestamps, the call timeout and the slow answer.</param>
    public SimulatedPaymentGateway(IAmazonDynamoDB dynamoDb, string tableName, SimulatedPaymentGatewayOptions? options = null,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(dynamoDb);
        ArgumentException.ThrowIfNullOrEmpty(tableName);
        _dynamoDb = dynamoDb;
        _tableName = tableName;
        _options = options ?? new SimulatedPaymentGatewayOptions();
        _time = timeProvider ?? TimeProvider.System;
        _settlement = new SimulatedSettlement(dynamoDb, tableName);
    }

    public Task<PaymentAuthorization> AuthorizeAsync(PaymentRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(request.OrderId))
        {
            throw new ArgumentException("The order id is required.", nameof(request));
        }

        if (!PaymentTokens.IsWellFormed(request.Token))
        {
            // The processor refuses a request with no usable payment method outright; validation should have caught it.
            throw new ArgumentException("The payment token is not well formed.", nameof(request));
        }

        return CallAsync(ProviderAuthorizeAsync(request, ct), ct);
    }

    public Task VoidAsync(string orderId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(orderId);
        return CallAsync(ProviderVoidAsync(orderId, ct), ct);
    }

    public Task<PaymentCapture> CaptureAsync(string orderId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(orderId);
        return CallAsync(ProviderCaptureAsync(orderId, ct), ct);
    }

    /// <summary>The provider's record of an order (consistent read), or null when it never heard of it. For tests and operators.</summary>
    public async Task<RecordedPayment?> GetAsync(string orderId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(orderId);
        var item = await ReadAsync(orderId, ct).ConfigureAwait(false);
        return item is null ? null : PaymentItem.ToRecorded(orderId, item);
    }

    /// <summary>The contract's answer for a token: null for approved, else the decline code. Unknown tokens are declined.</summary>
    private static string? DeclineCodeFor(string token) => token switch
    {
        PaymentTokens.Visa or PaymentTokens.Mastercard or PaymentTokens.GitGoodsTimeout => null,
        PaymentTokens.ChargeDeclinedInsufficientFunds => PaymentDeclineCodes.InsufficientFunds,
        _ => PaymentDeclineCodes.CardDeclined,
    };

    // The caller's side of the call: it waits at most CallTimeout, but (as with a real provider over HTTP) giving up
    // does not undo the provider's work, which goes on and may still record an authorisation.
    private async Task<T> CallAsync<T>(Task<T> providerWork, CancellationToken ct)
    {
        _ = providerWork.ContinueWith(static t => _ = t.Exception, CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        try
        {
            return await providerWork.WaitAsync(_options.CallTimeout, _time, ct).ConfigureAwait(false);
        }
        catch (TimeoutException e)
        {
            throw new PaymentUnavailableException("The payment provider did not answer in time; the outcome is unknown.", e);
        }
        catch (Exception e) when (e is AmazonServiceException or AmazonClientException or HttpRequestException)
        {
            throw new PaymentUnavailableException("The payment provider failed.", e);
        }
    }

    private async Task CallAsync(Task providerWork, CancellationToken ct) =>
        await CallAsync(AsValueless(providerWork), ct).ConfigureAwait(false);

    private static async Task<bool> AsValueless(Task work)
    {
        await work.ConfigureAwait(false);
        return true;
    }

    private async Task<PaymentAuthorization> ProviderAuthorizeAsync(PaymentRequest request, CancellationToken ct)
    {
        await Task.Yield();
        if (string.Equals(request.Token, PaymentTokens.GitGoodsUnavailable, StringComparison.Ordinal))
        {
            throw new PaymentUnavailableException("The payment provider failed transiently.");
        }

        var item = PaymentItem.New(request, DeclineCodeFor(request.Token), _time.GetUtcNow());
        var answer = await RecordAsync(request, item, ct).ConfigureAwait(false);
        if (string.Equals(request.Token, PaymentTokens.GitGoodsTimeout, StringComparison.Ordinal))
        {
            await Task.Delay(_options.SlowResponseDelay, _time, ct).ConfigureAwait(false);
        }

        return answer;
    }

    // The first authorisation for an order is recorded; every later one (a retry, or one after a void) gets the answer
    // of the record that is there.
    private async Task<PaymentAuthorization> RecordAsync(PaymentRequest request, Dictionary<string, AttributeValue> item,
        CancellationToken ct)
    {
        Dictionary<string, AttributeValue>? existing;
        try
        {
            await _dynamoDb.PutItemAsync(new PutItemRequest
            {
                TableName = _tableName, Item = item, ConditionExpression = NoRecord,
                ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
            }, ct).ConfigureAwait(false);
            return PaymentItem.AnswerOf(item);
        }
        catch (ConditionalCheckFailedException e)
        {
            existing = e.Item is { Count: > 0 } ? e.Item : null;
        }

        // Records are never deleted, so the one that failed the condition is still there.
        existing ??= await ReadAsync(request.OrderId, ct).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The payment record vanished.");
        if (PaymentItem.IsForOtherAmount(existing, request))
        {
            // The processor refuses an idempotency key reused with different parameters.
            throw new InvalidOperationException("The order already has a payment for a different amount.");
        }

        return PaymentItem.AnswerOf(existing);
    }

    private async Task ProviderVoidAsync(string orderId, CancellationToken ct)
    {
        await Task.Yield();
        await _settlement.VoidAsync(orderId, _time.GetUtcNow(), ct).ConfigureAwait(false);
    }

    private async Task<PaymentCapture> ProviderCaptureAsync(string orderId, CancellationToken ct)
    {
        await Task.Yield();
        return await _settlement.CaptureAsync(orderId, _time.GetUtcNow(), _options.HoldLifetime, ct).ConfigureAwait(false);
    }

    private async Task<Dictionary<string, AttributeValue>?> ReadAsync(string orderId, CancellationToken ct)
    {
        var response = await _dynamoDb.GetItemAsync(new GetItemRequest { TableName = _tableName, Key = PaymentItem.Key(orderId), ConsistentRead = true },
            ct).ConfigureAwait(false);
        return response.Item is { Count: > 0 } item ? item : null;
    }
}
