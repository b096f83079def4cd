using System.Text.Json;
using GitGoods.Hosting.Json;
using GitGoods.Hosting.Runtime;
using GitGoods.Hosting.Sqs;

namespace GitGoods.Hosting.DynamoDbStreams;

/// <summary>
/// Adapts an <see cref="IDynamoDbStreamHandler"/> to the raw runtime contract. The answer has the same shape as SQS's
/// partial batch response, <c>{"batchItemFailures":[{"itemIdentifier":"&lt;SequenceNumber&gt;"}]}</c>; an empty list means
/// the whole batch succeeded.
/// </summary>
public sealed class DynamoDbStreamFunction(IDynamoDbStreamHandler handler) : ILambdaFunction
{
    public async Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> payload, LambdaContext context, CancellationToken cancellationToken)
    {
        var streamEvent = JsonSerializer.Deserialize(payload.Span, HostingJsonContext.Default.DynamoDbStreamEvent)
            ?? throw new JsonException("The event is not a DynamoDB Streams batch.");
        var failedAt = await handler.HandleAsync(streamEvent, context, cancellationToken).ConfigureAwait(false);
        var response = new SqsBatchResponse
        {
            BatchItemFailures = failedAt is null ? [] : [new SqsBatchItemFailure { ItemIdentifier = failedAt }],
        };
        return JsonSerializer.SerializeToUtf8Bytes(response, HostingJsonContext.Default.SqsBatchResponse);
    }
}
