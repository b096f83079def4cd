using System.Text;
using GitGoods.Hosting.Runtime;
using GitGoods.Hosting.Sqs;

namespace GitGoods.Hosting.Tests.Sqs;

public sealed class SqsFunctionTests
{
    private const string Event = """
        {"Records":[{"messageId":"059f36b4-87a3-44ab-83d2-661975830a7d","receiptHandle":"AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a",
        "body":"{\"orderId\":\"o-1\"}","attributes":{"ApproximateReceiveCount":"2","SentTimestamp":"1545082649183",
        "SenderId":"AIDAIENQZJOLO23YVJ4VO","ApproximateFirstReceiveTimestamp":"1545082649185","MessageGroupId":"g-1"},
        "messageAttributes":{"kind":{"stringValue":"order","stringListValues":[],"binaryListValues":[],"dataType":"String"}},
        "md5OfBody":"e4e68fb7bd0e697a0ae8f1bb342846b3","eventSource":"aws:sqs",
        "eventSourceARN":"arn:aws:sqs:ap-southeast-1:123456789012:orders","awsRegion":"ap-southeast-1"},
        {"messageId":"2e1424d4-f796-459a-8184-9c92662be6da","receiptHandle":"r2","body":"x","attributes":{},
        "messageAttributes":{},"md5OfBody":"m","eventSource":"aws:sqs","eventSourceARN":"arn","awsRegion":"ap-southeast-1"}]}
        """;

    private static readonly LambdaContext Context =
        new("req", "fn", "1", 128, "arn", null, DateTimeOffset.UtcNow.AddSeconds(30));

    [Fact]
    public async Task Invoke_ReadsEveryDocumentedField()
    {
        var handler = new RecordingHandler([]);

        await new SqsFunction(handler).InvokeAsync(Encoding.UTF8.GetBytes(Event), Context, CancellationToken.None);

        var message = handler.Received!.Records[0];
        message.MessageId.Should().Be("059f36b4-87a3-44ab-83d2-661975830a7d");
        message.Body.Should().Be("""{"orderId":"o-1"}""");
        message.Attributes.ApproximateReceiveCount.Should().Be("2");
        message.Attributes.SentTimestamp.Should().Be("1545082649183");
        message.Attributes.MessageGroupId.Should().Be("g-1");
        message.MessageAttributes!["kind"].StringValue.Should().Be("order");
        message.Md5OfBody.Should().Be("e4e68fb7bd0e697a0ae8f1bb342846b3");
        message.EventSource.Should().Be("aws:sqs");
        message.EventSourceArn.Should().Be("arn:aws:sqs:ap-southeast-1:123456789012:orders");
        message.AwsRegion.Should().Be("ap-southeast-1");
        handler.Received.Records.Should().HaveCount(2);
    }

    [Fact]
    public async Task Invoke_AnswersWithTheFailedMessageIds()
    {
        var handler = new RecordingHandler(["2e1424d4-f796-459a-8184-9c92662be6da"]);

        var response = await new SqsFunction(handler).InvokeAsync(Encoding.UTF8.GetBytes(Event), Context, CancellationToken.None);

        Encoding.UTF8.GetString(response).Should().Be("""{"batchItemFailures":[{"itemIdentifier":"2e1424d4-f796-459a-8184-9c92662be6da"}]}""");
    }

    [Fact]
    public async Task Invoke_WhenAllSucceed_AnswersWithAnEmptyList()
    {
        var response = await new SqsFunction(new RecordingHandler([])).InvokeAsync(Encoding.UTF8.GetBytes(Event), Context, CancellationToken.None);

        Encoding.UTF8.GetString(response).Should().Be("""{"batchItemFailures":[]}""");
    }

    private sealed class RecordingHandler(IReadOnlyList<string> failures) : ISqsHandler
    {
        public SqsEvent? Received { get; private set; }

        public Task<IReadOnlyList<string>> HandleAsync(SqsEvent sqsEvent, LambdaContext context, CancellationToken cancellationToken)
        {
            Received = sqsEvent;
            return Task.FromResult(failures);
        }
    }
}
