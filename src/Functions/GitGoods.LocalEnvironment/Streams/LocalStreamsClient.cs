using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GitGoods.Hosting.DynamoDbStreams;
using GitGoods.Hosting.Json;

namespace GitGoods.LocalEnvironment.Streams;

/// <summary>
/// The DynamoDB Streams API (JSON 1.0, target <c>DynamoDBStreams_20120810</c>) on DynamoDB Local's own endpoint.
/// AWSSDK.DynamoDBv2 4.x no longer carries <c>AmazonDynamoDBStreamsClient</c> (v4 moved it to AWSSDK.DynamoDBStreams,
/// which the package feed here does not serve), so the three calls the poller needs are made directly. DynamoDB Local
/// requires an Authorization header but checks no signature (it runs with <c>-sharedDb</c>, so the key names no store).
/// </summary>
public sealed class LocalStreamsClient(HttpClient http, Uri endpoint)
{
    private const string Authorization =
        "AWS4-HMAC-SHA256 Credential=local/20260101/ap-southeast-1/dynamodb/aws4_request, SignedHeaders=host;x-amz-target, Signature=0";

    /// <summary>One page of the stream's shards, and the id to continue after (null on the last page).</summary>
    public async Task<(IReadOnlyList<StreamShard> Shards, string? LastEvaluatedShardId)> DescribeStreamAsync(
        string streamArn, string? exclusiveStartShardId, CancellationToken cancellationToken)
    {
        var request = new JsonObject { ["StreamArn"] = streamArn };
        if (exclusiveStartShardId is not null)
        {
            request["ExclusiveStartShardId"] = exclusiveStartShardId;
        }

        var answer = await CallAsync("DescribeStream", request, cancellationToken);
        var description = answer["StreamDescription"]!;
        var shards = description["Shards"]?.AsArray().Select(s => new StreamShard(
            s!["ShardId"]!.GetValue<string>(), s["ParentShardId"]?.GetValue<string>())).ToList() ?? [];
        return (shards, description["LastEvaluatedShardId"]?.GetValue<string>());
    }

    /// <summary>An iterator at the shard's oldest record (<paramref name="afterSequenceNumber"/> null) or just after that record.</summary>
    public async Task<string> GetShardIteratorAsync(string streamArn, string shardId, string? afterSequenceNumber, CancellationToken cancellationToken)
    {
        var request = new JsonObject
        {
            ["StreamArn"] = streamArn,
            ["ShardId"] = shardId,
            ["ShardIteratorType"] = afterSequenceNumber is null ? "TRIM_HORIZON" : "AFTER_SEQUENCE_NUMBER",
        };
        if (afterSequenceNumber is not null)
        {
            request["SequenceNumber"] = afterSequenceNumber;
        }

        return (await CallAsync("GetShardIterator", request, cancellationToken))["ShardIterator"]!.GetValue<string>();
    }

    /// <summary>The next records (in the Lambda event's shape) and the next iterator, null once a closed shard is read to its end.</summary>
    public async Task<(IReadOnlyList<DynamoDbStreamRecord> Records, string? NextIterator)> GetRecordsAsync(
        string iterator, int limit, CancellationToken cancellationToken)
    {
        var answer = await CallAsync("GetRecords", new JsonObject { ["ShardIterator"] = iterator, ["Limit"] = limit }, cancellationToken);
        // The API's records and the Lambda event's records are the same JSON: read them with the event's own model.
        var records = answer.Deserialize(HostingJsonContext.Default.DynamoDbStreamEvent)?.Records ?? [];
        return ([.. records], answer["NextShardIterator"]?.GetValue<string>());
    }

    private async Task<JsonNode> CallAsync(string operation, JsonObject body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.0");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "DynamoDBStreams_20120810." + operation);
        request.Headers.TryAddWithoutValidation("Authorization", Authorization);
        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var json = JsonNode.Parse(text) ?? new JsonObject();
        if (!response.IsSuccessStatusCode)
        {
            var type = json["__type"]?.GetValue<string>() ?? response.StatusCode.ToString();
            throw new StreamsApiException(type[(type.LastIndexOf('#') + 1)..], json["message"]?.GetValue<string>() ?? json["Message"]?.GetValue<string>() ?? "");
        }

        return json;
    }
}

/// <summary>A shard of a stream, and the shard it continues (its parent), if any.</summary>
public sealed record StreamShard(string ShardId, string? ParentShardId);

/// <summary>An error the Streams API answered, e.g. <c>ExpiredIteratorException</c> or <c>TrimmedDataAccessException</c>.</summary>
public sealed class StreamsApiException(string errorType, string message) : Exception($"{errorType}: {message}")
{
    public string ErrorType { get; } = errorType;
}
