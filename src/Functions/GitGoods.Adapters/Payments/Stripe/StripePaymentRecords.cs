using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Table;
using GitGoods.Domain.Payments;
using static GitGoods.Adapters.Payments.Stripe.StripePaymentRecord;

namespace GitGoods.Adapters.Payments.Stripe;

/// <summary>
/// Conditional writes on <see cref="StripePaymentRecord"/>: every status change names the status it starts from, so an
/// authorisation, a void and a capture racing for one order never overwrite each other.
/// </summary>
internal sealed class StripePaymentRecords(IAmazonDynamoDB dynamoDb, string tableName, TimeProvider time)
{
    /// <summary>Records a PENDING authorisation (amount, currency, token) before Stripe is called; null when new, else the record there.</summary>
    public async Task<StripePaymentRecord?> StartAsync(PaymentRequest request, CancellationToken ct)
    {
        var now = new AttributeValue(ItemValues.Iso(time.GetUtcNow()));
        var item = Key(request.OrderId);
        item[StatusName] = new(Pending);
        item[AmountMinorName] = ItemValues.Number(request.Amount.Amount);
        item[CurrencyName] = new(request.Amount.Currency);
        item[TokenName] = new(request.Token);
        item[CreatedAtName] = now;
        item[UpdatedAtName] = now;
        return await PutNewAsync(request.OrderId, item, ct).ConfigureAwait(false);
    }

    /// <summary>Writes a VOIDED tombstone for an order nobody authorised yet; null when written, else the record there.</summary>
    public Task<StripePaymentRecord?> TombstoneAsync(string orderId, CancellationToken ct)
    {
        var now = new AttributeValue(ItemValues.Iso(time.GetUtcNow()));
        var item = Key(orderId);
        item[StatusName] = new(Voided);
        item[CreatedAtName] = now;
        item[UpdatedAtName] = now;
        return PutNewAsync(orderId, item, ct);
    }

    public async Task<StripePaymentRecord?> ReadAsync(string orderId, CancellationToken ct)
    {
        var response = await dynamoDb.GetItemAsync(new GetItemRequest { TableName = tableName, Key = Key(orderId), ConsistentRead = true }, ct)
            .ConfigureAwait(false);
        return response.Item is { Count: > 0 } item ? From(item) : null;
    }

    /// <summary>PENDING (with no void requested) → AUTHORIZED with the intent; false when a void got there first.</summary>
    public Task<bool> AuthorizedAsync(string orderId, string paymentIntentId, CancellationToken ct) =>
        MoveAsync(orderId, $"(#s = :pending AND attribute_not_exists({VoidRequestedName})) OR (#s = :authorized AND {PaymentIntentIdName} = :pi)",
            Authorized, paymentIntentId, null, ct, (":pending", new(Pending)), (":authorized", new(Authorized)));

    /// <summary>PENDING → DECLINED with the code (and the intent Stripe made, if any); false when the record moved on.</summary>
    public Task<bool> DeclinedAsync(string orderId, string code, string? paymentIntentId, CancellationToken ct) =>
        MoveAsync(orderId, "#s = :pending", Declined, paymentIntentId, code, ct, (":pending", new(Pending)));

    /// <summary>Marks a PENDING record so the authorisation in flight cancels its own answer; false when it is no longer PENDING.</summary>
    public async Task<bool> RequestVoidAsync(string orderId, CancellationToken ct)
    {
        try
        {
            await dynamoDb.UpdateItemAsync(new UpdateItemRequest
            {
                TableName = tableName, Key = Key(orderId), ConditionExpression = "#s = :pending",
                UpdateExpression = $"SET {VoidRequestedName} = :true, {UpdatedAtName} = :now",
                ExpressionAttributeNames = new(StringComparer.Ordinal) { ["#s"] = StatusName },
                ExpressionAttributeValues = new(StringComparer.Ordinal)
                {
                    [":pending"] = new(Pending), [":true"] = new() { BOOL = true }, [":now"] = new(ItemValues.Iso(time.GetUtcNow())),
                },
            }, ct).ConfigureAwait(false);
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            return false;
        }
    }

    /// <summary>Moves the record from <paramref name="from"/> to <paramref name="to"/> (noting the intent id); false when it was elsewhere.</summary>
    public Task<bool> SettledAsync(string orderId, string from, string to, string? paymentIntentId, CancellationToken ct) =>
        MoveAsync(orderId, "#s = :from", to, paymentIntentId, null, ct, (":from", new(from)));

    private async Task<bool> MoveAsync(string orderId, string condition, string to, string? paymentIntentId, string? declineCode,
        CancellationToken ct, params (string Name, AttributeValue Value)[] conditionValues)
    {
        var values = conditionValues.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
        values[":to"] = new(to);
        values[":now"] = new(ItemValues.Iso(time.GetUtcNow()));
        var sets = $"SET #s = :to, {UpdatedAtName} = :now";
        if (paymentIntentId is not null)
        {
            values[":pi"] = new(paymentIntentId);
            sets += $", {PaymentIntentIdName} = :pi";
        }

        if (declineCode is not null)
        {
            values[":code"] = new(declineCode);
            sets += $", {DeclineCodeName} = :code";
        }

        try
        {
            await dynamoDb.UpdateItemAsync(new UpdateItemRequest
            {
                TableName = tableName, Key = Key(orderId), ConditionExpression = condition, UpdateExpression = sets,
                ExpressionAttributeNames = new(StringComparer.Ordinal) { ["#s"] = StatusName }, ExpressionAttributeValues = values,
            }, ct).ConfigureAwait(false);
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            return false;
        }
    }

    private async Task<StripePaymentRecord?> PutNewAsync(string orderId, Dictionary<string, AttributeValue> item, CancellationToken ct)
    {
        try
        {
            await dynamoDb.PutItemAsync(new PutItemRequest
            {
                TableName = tableName, Item = item, ConditionExpression = "attribute_not_exists(PK)",
                ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
            }, ct).ConfigureAwait(false);
            return null;
        }
        catch (ConditionalCheckFailedException e)
        {
            // Records are never deleted, so the one that failed the condition is there to read.
            return e.Item is { Count: > 0 } old ? From(old)
                : await ReadAsync(orderId, ct).ConfigureAwait(false) ?? throw new InvalidOperationException("The payment record vanished.", e);
        }
    }

    private static Dictionary<string, AttributeValue> Key(string orderId) => new(StringComparer.Ordinal)
    {
        [ShopTable.PartitionKey] = new(PaymentItem.PartitionKeyPrefix + orderId),
        [ShopTable.SortKey] = new(SortKeyValue),
    };
}
