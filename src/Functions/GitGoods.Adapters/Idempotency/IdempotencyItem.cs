using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using GitGoods.Domain.Idempotency;

using static GitGoods.Adapters.Table.ItemValues;

namespace GitGoods.Adapters.Idempotency;

/// <summary>
/// One idempotency record, with the attribute names and types of Powertools for AWS Lambda: <c>id</c> (S),
/// <c>expiration</c> (N, epoch seconds, TTL), <c>in_progress_expiration</c> (N, epoch ms), <c>status</c> (S,
/// INPROGRESS | COMPLETED), <c>data</c> (S, the response as compact JSON), <c>validation</c> (S, the payload hash).
/// </summary>
internal static class IdempotencyItem
{
    public const string InProgressExpiration = "in_progress_expiration";
    public const string Status = "status";
    public const string Data = "data";
    public const string Validation = "validation";
    public const string InProgress = "INPROGRESS";
    public const string Completed = "COMPLETED";

    // The JSON only ever lands in the table, never in HTML: escape no more than JSON needs, so operators can read it.
    private static readonly IdempotencyJsonContext Json = new(new JsonSerializerOptions(IdempotencyJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>
    /// Expression names for the given placeholders (<c>#status</c>, <c>#data</c>, ...): <c>status</c> and <c>data</c>
    /// are DynamoDB reserved words, and DynamoDB refuses names an expression does not use.
    /// </summary>
    public static Dictionary<string, string> Names(params ReadOnlySpan<string> placeholders)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var placeholder in placeholders)
        {
            names[placeholder] = placeholder switch
            {
                "#id" => IdempotencyTable.PartitionKey,
                "#expiration" => IdempotencyTable.TimeToLive,
                "#inProgressExpiration" => InProgressExpiration,
                "#status" => Status,
                "#data" => Data,
                "#validation" => Validation,
                _ => throw new ArgumentOutOfRangeException(nameof(placeholders), placeholder, "Unknown attribute placeholder."),
            };
        }

        return names;
    }

    public static Dictionary<string, AttributeValue> Key(string recordId) => new(StringComparer.Ordinal)
    {
        [IdempotencyTable.PartitionKey] = new(recordId),
    };

    public static Dictionary<string, AttributeValue> NewInProgress(string recordId, string payloadHash, DateTimeOffset now,
        IdempotencyStoreOptions options) => new(StringComparer.Ordinal)
    {
        [IdempotencyTable.PartitionKey] = new(recordId),
        [IdempotencyTable.TimeToLive] = Number((now + options.RecordLifetime).ToUnixTimeSeconds()),
        [InProgressExpiration] = Number((now + options.InProgressWindow).ToUnixTimeMilliseconds()),
        [Status] = new(InProgress),
        [Validation] = new(payloadHash),
    };

    /// <summary>What an existing record means to a new claim with <paramref name="payloadHash"/>.</summary>
    public static IdempotencyClaim ClaimOf(Dictionary<string, AttributeValue> item, string payloadHash)
    {
        if (!item.TryGetValue(Validation, out var hash) || !string.Equals(hash.S, payloadHash, StringComparison.Ordinal))
        {
            return new IdempotencyClaim.PayloadMismatch();
        }

        return string.Equals(item[Status].S, Completed, StringComparison.Ordinal)
            ? new IdempotencyClaim.Completed(ResponseOf(item[Data].S))
            : new IdempotencyClaim.InProgress();
    }

    public static string DataOf(IdempotentResponse response) => JsonSerializer.Serialize(response, Json.IdempotentResponse);

    public static IdempotentResponse ResponseOf(string data) =>
        JsonSerializer.Deserialize(data, Json.IdempotentResponse)
        ?? throw new InvalidOperationException("An idempotency record holds no response.");

}
