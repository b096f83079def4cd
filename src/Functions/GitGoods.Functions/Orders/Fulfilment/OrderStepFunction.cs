using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using GitGoods.Hosting.Runtime;
using GitGoods.Http;

namespace GitGoods.Orders.Fulfilment;

/// <summary>
/// Adapts an <see cref="IOrderStep"/> to the raw Lambda contract the state machine invokes: JSON in, JSON out. Failures a
/// retry can cure become <see cref="TransientStepException"/>; every other exception stays what it is (the workflow
/// records it and the message goes back to the queue). A step that settled an order (confirmed or rejected it for the first time)
/// reports the facts, and this adapter, which holds the invocation's metrics, writes them (<see cref="OrderSettlementMetrics"/>).
/// </summary>
public sealed class OrderStepFunction(IOrderStep step) : ILambdaFunction
{
    public async Task<byte[]> InvokeAsync(ReadOnlyMemory<byte> payload, LambdaContext context, CancellationToken cancellationToken)
    {
        var input = JsonSerializer.Deserialize(payload.Span, FunctionsJsonContext.Default.OrderStepInput)
            ?? throw new JsonException("The step input must be a JSON object.");
        OrderStepResult result;
        try
        {
            result = await step.RunAsync(input, cancellationToken);
        }
        catch (Exception e) when (IsTransient(e))
        {
            throw new TransientStepException($"{e.GetType().Name}: {e.Message}", e);
        }

        OrderSettlementMetrics.Record(result.Settlement, input.OrderId, context.Metrics, context.Logger);
        return JsonSerializer.SerializeToUtf8Bytes(result, FunctionsJsonContext.Default.OrderStepResult);
    }

    private static bool IsTransient(Exception e) => e switch
    {
        TransactionCanceledException t => t.CancellationReasons?.Any(r => r.Code is "TransactionConflict" or "ThrottlingError" or "ProvisionedThroughputExceeded") == true,
        AmazonServiceException s => s.Retryable is not null || (int)s.StatusCode >= 500,
        HttpRequestException or TimeoutException or TaskCanceledException => true,
        _ => false,
    };
}
