using GitGoods.Hosting.Runtime;
using GitGoods.Hosting.Sqs;
using GitGoods.Orders;

namespace GitGoods.LocalEnvironment.Fulfilment;

/// <summary>
/// The local stand-in for the EventBridge Pipe from the order queue to the state machine (invocation REQUEST_RESPONSE): each
/// message of a batch starts one execution with <c>{"orderId": …}</c>; a message whose execution failed is reported as a batch
/// item failure, so it comes back after the visibility timeout and, after the queue's last receive, goes to the DLQ.
/// </summary>
public sealed class OrderPipe(LocalOrderWorkflow workflow) : ISqsHandler
{
    public const string FunctionName = "OrderPipe";

    public async Task<IReadOnlyList<string>> HandleAsync(SqsEvent sqsEvent, LambdaContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sqsEvent);
        var outcomes = await Task.WhenAll(sqsEvent.Records.Select(async record =>
        {
            var message = OrderMessage.TryParse(record.Body);
            if (message is null)
            {
                return record.MessageId; // never processable: it ends in the DLQ for a human to look at
            }

            var result = await workflow.RunAsync(message.OrderId, cancellationToken);
            return result.Succeeded ? null : record.MessageId;
        }));
        return [.. outcomes.OfType<string>()];
    }
}
