using GitGoods.Adapters.Table;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using GitGoods.Domain.Idempotency;

namespace GitGoods.Adapters.Idempotency;

/// <summary>
/// Idempotency records on their own DynamoDB table, in the layout and with the claim protocol of Powertools for AWS
/// Lambda: a conditional put claims a key that is free, expired, or whose holder's in-progress window has passed; a
/// losing claim reads the record that won (returned by the failed condition itself) and replays, waits or refuses.
/// </summary>
public sealed class DynamoIdempotencyStore : IIdempotencyStore
{
    private const string Claimable =
        "attribute_not_exists(#id) OR #expiration < :now OR (#status = :inProgress AND #inProgressExpiration < :nowMs)";

    private const string StillOurs = "#status = :inProgress AND #validation = :hash";
    private const int Attempts = 3;

    private readonly IAmazonDynamoDB _dynamoDb;
    private readonly string _tableName;
    private readonly IdempotencyStoreOptions _options;
    private readonly TimeProvider _time;

    public DynamoIdempotencyStore(IAmazonDynamoDB dynamoDb, string tableName, IdempotencyStoreOptions? options = null,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(dynamoDb);
        ArgumentException.ThrowIfNullOrEmpty(tableName);
        _dynamoDb = dynamoDb;
        _tableName = tableName;
        _options = options ?? new IdempotencyStoreOptions();
        _time = timeProvider ?? TimeProvider.System;
    }

    public async Task<IdempotencyClaim> ClaimAsync(string recordId, string payloadHash, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(recordId);
        ArgumentException.ThrowIfNullOrEmpty(payloadHash);
        for (var attempt = 1; ; attempt++)
        {
            var now = _time.GetUtcNow();
            try
            {
                await _dynamoDb.PutItemAsync(new PutItemRequest
                {
                    TableName = _tableName,
                    Item = IdempotencyItem.NewInProgress(recordId, payloadHash, now, _options),
                    ConditionExpression = Claimable,
                    ExpressionAttributeNames = IdempotencyItem.Names("#id", "#expiration", "#status", "#inProgressExpiration"),
                    ExpressionAttributeValues = new(StringComparer.Ordinal)
                    {
                        [":now"] = ItemValues.Number(now.ToUnixTimeSeconds()),
                        [":nowMs"] = ItemValues.Number(now.ToUnixTimeMilliseconds()),
                        [":inProgress"] = new(IdempotencyItem.InProgress),
                    },
                    ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
                }, ct).ConfigureAwait(false);
                return new IdempotencyClaim.Acquired();
            }
            catch (ConditionalCheckFailedException e)
            {
                var holder = e.Item is { Count: > 0 } ? e.Item : await ReadAsync(recordId, ct).ConfigureAwait(false);
                if (holder is not null)
                {
                    return IdempotencyItem.ClaimOf(holder, payloadHash);
                }

                // The holder released the key between our put and our read: claim again.
                if (attempt == Attempts)
                {
                    return new IdempotencyClaim.InProgress();
                }
            }
        }
    }

    public async Task CompleteAsync(string recordId, string payloadHash, IdempotentResponse response, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(recordId);
        ArgumentException.ThrowIfNullOrEmpty(payloadHash);
        ArgumentNullException.ThrowIfNull(response);
        var now = _time.GetUtcNow();
        try
        {
            await _dynamoDb.UpdateItemAsync(new UpdateItemRequest
            {
                TableName = _tableName,
                Key = IdempotencyItem.Key(recordId),
                UpdateExpression = "SET #status = :completed, #data = :data, #expiration = :expiration",
                ConditionExpression = StillOurs,
                ExpressionAttributeNames = IdempotencyItem.Names("#status", "#data", "#expiration", "#validation"),
                ExpressionAttributeValues = new(StringComparer.Ordinal)
                {
                    [":completed"] = new(IdempotencyItem.Completed),
                    [":data"] = new(IdempotencyItem.DataOf(response)),
                    [":expiration"] = ItemValues.Number((now + _options.RecordLifetime).ToUnixTimeSeconds()),
                    [":inProgress"] = new(IdempotencyItem.InProgress),
                    [":hash"] = new(payloadHash),
                },
            }, ct).ConfigureAwait(false);
        }
        catch (ConditionalCheckFailedException e)
        {
            throw new IdempotencyClaimLostException("The idempotency record is no longer in progress for this payload.", e);
        }
    }

    public async Task ReleaseAsync(string recordId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(recordId);
        try
        {
            // Only an in-progress record: a completed response is never thrown away by a late failure.
            await _dynamoDb.DeleteItemAsync(new DeleteItemRequest
            {
                TableName = _tableName,
                Key = IdempotencyItem.Key(recordId),
                ConditionExpression = "#status = :inProgress",
                ExpressionAttributeNames = IdempotencyItem.Names("#status"),
                ExpressionAttributeValues = new(StringComparer.Ordinal) { [":inProgress"] = new(IdempotencyItem.InProgress) },
            }, ct).ConfigureAwait(false);
        }
        catch (ConditionalCheckFailedException)
        {
            // Nothing in progress to release (already released, or completed).
        }
    }

    private async Task<Dictionary<string, AttributeValue>?> ReadAsync(string recordId, CancellationToken ct)
    {
        var response = await _dynamoDb.GetItemAsync(new GetItemRequest
        {
            TableName = _tableName, Key = IdempotencyItem.Key(recordId), ConsistentRead = true,
        }, ct).ConfigureAwait(false);
        return response.Item is { Count: > 0 } item ? item : null;
    }
}
