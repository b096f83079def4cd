using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using GitGoods.Adapters.Table;
using GitGoods.Domain.Payments;

namespace GitGoods.Adapters.Payments;

/// <summary>
/// The simulated provider's capture and void over its record (<see cref="PaymentItem"/>), each one conditional write, so a
/// capture and a void racing for the same order settle it one way: captured then refunded, or voided and never captured.
/// </summary>
internal sealed class SimulatedSettlement(IAmazonDynamoDB dynamoDb, string tableName)
{
    private const string Releasable = "attribute_not_exists(#s) OR (#s <> :voided AND #s <> :captured AND #s <> :refunded)";

    /// <summary>AUTHORIZED → CAPTURED (within the hold's lifetime); CAPTURED answers Captured again.</summary>
    public async Task<PaymentCapture> CaptureAsync(string orderId, DateTimeOffset now, TimeSpan holdLifetime, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var item = await ReadAsync(orderId, ct).ConfigureAwait(false);
            var status = item?[PaymentItem.Status].S;
            switch (status)
            {
                case PaymentItem.Captured:
                    return PaymentCapture.Captured;
                case PaymentItem.Voided or PaymentItem.Refunded:
                    return PaymentCapture.Refused(PaymentCaptureRefusals.Voided);
                case PaymentItem.Authorized when ItemValues.ParseTime(item![PaymentItem.CreatedAt].S) + holdLifetime < now:
                    // A real processor cancels a hold that lapsed; the simulator just refuses to take it.
                    return PaymentCapture.Refused(PaymentCaptureRefusals.AuthorizationExpired);
                case PaymentItem.Authorized:
                    if (await TryMoveAsync(orderId, PaymentItem.Authorized, PaymentItem.Captured, now, ct).ConfigureAwait(false))
                    {
                        return PaymentCapture.Captured;
                    }

                    continue; // voided meanwhile: decide again on what is there now
                default:
                    return PaymentCapture.Refused(PaymentCaptureRefusals.NotAuthorized);
            }
        }

        throw new PaymentUnavailableException("The payment record kept changing during the capture.");
    }

    /// <summary>Marks the record VOIDED (a tombstone when there is none yet), or REFUNDED when it was captured; again changes nothing.</summary>
    public async Task VoidAsync(string orderId, DateTimeOffset now, CancellationToken ct)
    {
        var at = new AttributeValue(ItemValues.Iso(now));
        try
        {
            await dynamoDb.UpdateItemAsync(new UpdateItemRequest
            {
                TableName = tableName, Key = PaymentItem.Key(orderId), ConditionExpression = Releasable,
                UpdateExpression = $"SET #s = :voided, {PaymentItem.UpdatedAt} = :now, {PaymentItem.CreatedAt} = if_not_exists({PaymentItem.CreatedAt}, :now)",
                ExpressionAttributeNames = new(StringComparer.Ordinal) { ["#s"] = PaymentItem.Status },
                ExpressionAttributeValues = new(StringComparer.Ordinal)
                {
                    [":voided"] = new(PaymentItem.Voided), [":captured"] = new(PaymentItem.Captured),
                    [":refunded"] = new(PaymentItem.Refunded), [":now"] = at,
                },
            }, ct).ConfigureAwait(false);
        }
        catch (ConditionalCheckFailedException)
        {
            // Voided or refunded already (nothing to do), or captured: the money goes back.
            _ = await TryMoveAsync(orderId, PaymentItem.Captured, PaymentItem.Refunded, now, ct).ConfigureAwait(false);
        }
    }

    private async Task<bool> TryMoveAsync(string orderId, string from, string to, DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            await dynamoDb.UpdateItemAsync(new UpdateItemRequest
            {
                TableName = tableName, Key = PaymentItem.Key(orderId), ConditionExpression = "#s = :from",
                UpdateExpression = $"SET #s = :to, {PaymentItem.UpdatedAt} = :now",
                ExpressionAttributeNames = new(StringComparer.Ordinal) { ["#s"] = PaymentItem.Status },
                ExpressionAttributeValues = new(StringComparer.Ordinal)
                {
                    [":from"] = new(from), [":to"] = new(to), [":now"] = new(ItemValues.Iso(now)),
                },
            }, ct).ConfigureAwait(false);
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            return false;
        }
    }

    private async Task<Dictionary<string, AttributeValue>?> ReadAsync(string orderId, CancellationToken ct)
    {
        var response = await dynamoDb.GetItemAsync(new GetItemRequest { TableName = tableName, Key = PaymentItem.Key(orderId), ConsistentRead = true },
            ct).ConfigureAwait(false);
        return response.Item is { Count: > 0 } item ? item : null;
    }
}
