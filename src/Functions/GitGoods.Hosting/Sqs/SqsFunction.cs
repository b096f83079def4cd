using System.Text.Json;
using GitGoods.Hosting.Json;
using GitGoods.Hosting.Runtime;

namespace GitGoods.Hosting.Sqs;

/// <summary>Adapts an <see cref="ISqsHandler"/> to the raw runtime contract, answering with partial batch failures.</summary>
public sealed class SqsFunction(ISqsHandler handler) : ILambdaFunction
{
    public async Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> payload, LambdaContext context, CancellationToken cancellationToken)
    {
        var sqsEvent = JsonSerializer.Deserialize(payload.Span, HostingJsonContext.Default.SqsEvent)
            ?? throw new JsonException("The event is not an SQS batch.");
        var failed = await handler.HandleAsync(sqsEvent, context, cancellationToken).ConfigureAwait(false);
        var response = new SqsBatchResponse
        {
            BatchItemFailures = [.. failed.Select(id => new SqsBatchItemFailure { ItemIdentifier = id })],
        };
        return JsonSerializer.SerializeToUtf8Bytes(response, HostingJsonContext.Default.SqsBatchResponse);
    }
}
