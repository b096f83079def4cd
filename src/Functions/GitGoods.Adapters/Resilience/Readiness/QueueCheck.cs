using Amazon.SQS;
using Amazon.SQS.Model;
using GitGoods.Domain.Operations;

namespace GitGoods.Adapters.Resilience.Readiness;

/// <summary>The order queue answers: GetQueueAttributes of its ARN.</summary>
public sealed class QueueCheck(IAmazonSQS sqs, string queueUrl) : IDependencyCheck
{
    public string Name => "queue";

    public async Task<string?> CheckAsync(CancellationToken cancellationToken)
    {
        await sqs.GetQueueAttributesAsync(new GetQueueAttributesRequest { QueueUrl = queueUrl, AttributeNames = ["QueueArn"] }, cancellationToken);
        return null;
    }
}
