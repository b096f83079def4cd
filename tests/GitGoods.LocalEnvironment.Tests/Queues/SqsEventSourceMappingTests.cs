using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Amazon.SQS.Model;
using GitGoods.Adapters.Queues;
using GitGoods.Hosting.Runtime;
using GitGoods.LocalEnvironment.Queues;
using GitGoods.TestSupport;

namespace GitGoods.LocalEnvironment.Tests.Queues;

[Collection(FauxqsCollection.Name)]
/// <remarks>
/// Tests that count redeliveries use a 2 s visibility timeout, so a slow machine does not redeliver a message the
/// function handled before the mapping deleted it.
/// </remarks>
public sealed class SqsEventSourceMappingTests(FauxqsFixture fauxqs)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);
    private readonly ListLogger<SqsEventSourceMapping> _log = new();

    [Fact]
    public async Task DeliversEveryMessage_AtLeastOnce_AndDeletesWhatWasHandled()
    {
        var queues = await fauxqs.CreateQueuesAsync(visibilityTimeoutSeconds: 2);
        var bodies = Enumerable.Range(0, 45).Select(i => $"order-{i}").ToList();
        await new SqsMessageSender(fauxqs.Client, queues.QueueUrl).SendBatchAsync(bodies, CancellationToken.None);
        var consumer = new RecordingHandler(_ => false);

        await using var mapping = Map(queues, consumer.Function, pollers: 4);
        mapping.Start();

        await Eventually.HoldsAsync(() => consumer.Deliveries.Select(d => d.Body).ToHashSet().SetEquals(bodies), Deadline, "every body delivered");
        await Eventually.HoldsAsync(async () => await QueueReader.CountAsync(fauxqs.Client, queues.QueueUrl) == 0, Deadline, "the queue is empty");
        consumer.Invocations.Should().AllSatisfy(i => i.Event.Records.Count.Should().BeInRange(1, 10));
    }

    [Fact]
    public async Task TheEvent_IsShapedAsLambdaShapesIt()
    {
        var queues = await fauxqs.CreateQueuesAsync();
        var sent = await fauxqs.Client.SendMessageAsync(new SendMessageRequest
        {
            QueueUrl = queues.QueueUrl,
            MessageBody = """{"orderId":"o-42"}""",
            MessageAttributes = new() { ["kind"] = new MessageAttributeValue { DataType = "String", StringValue = "order" } },
        });
        var function = new RawFunction(_ => "{}");
        var consumer = new RecordingHandler(_ => false);

        await using (var raw = Map(queues, function))
        {
            raw.Start();
            await Eventually.HoldsAsync(() => !function.Payloads.IsEmpty, Deadline, "one invocation");
        }

        using var json = JsonDocument.Parse(function.Payloads.First());
        var record = json.RootElement.GetProperty("Records").EnumerateArray().Single();
        record.GetProperty("messageId").GetString().Should().Be(sent.MessageId);
        record.GetProperty("receiptHandle").GetString().Should().NotBeNullOrEmpty();
        record.GetProperty("body").GetString().Should().Be("""{"orderId":"o-42"}""");
        record.GetProperty("md5OfBody").GetString().Should().Be(Convert.ToHexStringLower(Md5(Encoding.UTF8.GetBytes("""{"orderId":"o-42"}"""))));
        record.GetProperty("eventSource").GetString().Should().Be("aws:sqs");
        record.GetProperty("eventSourceARN").GetString().Should().Be(queues.QueueArn).And.Be($"arn:aws:sqs:ap-southeast-1:000000000000:{QueueName(queues)}");
        record.GetProperty("awsRegion").GetString().Should().Be("ap-southeast-1");
        var attributes = record.GetProperty("attributes");
        attributes.GetProperty("ApproximateReceiveCount").GetString().Should().Be("1");
        long.Parse(attributes.GetProperty("SentTimestamp").GetString()!, CultureInfo.InvariantCulture).Should().BeGreaterThan(0);
        long.Parse(attributes.GetProperty("ApproximateFirstReceiveTimestamp").GetString()!, CultureInfo.InvariantCulture).Should().BeGreaterThan(0);
        var kind = record.GetProperty("messageAttributes").GetProperty("kind");
        kind.GetProperty("stringValue").GetString().Should().Be("order");
        kind.GetProperty("dataType").GetString().Should().Be("String");

        // And through the runtime's own SqsFunction, with the context a Lambda invocation gets.
        await fauxqs.Client.SendMessageAsync(queues.QueueUrl, "second");
        await using var typed = Map(queues, consumer.Function);
        typed.Start();
        await Eventually.HoldsAsync(() => !consumer.Invocations.IsEmpty, Deadline, "one invocation");
        var context = consumer.Invocations.First().Context;
        context.FunctionName.Should().Be("OrderConsumer");
        context.InvokedFunctionArn.Should().Be("arn:aws:lambda:ap-southeast-1:000000000000:function:OrderConsumer");
        context.RequestId.Should().NotBeNullOrEmpty();
        context.TraceId.Should().StartWith("Root=1-");
        context.Deadline.Should().BeAfter(DateTimeOffset.UtcNow.AddSeconds(-30));
    }

    [Fact]
    public async Task PartialBatchFailure_OnlyTheFailedMessagesComeBack_WithARisingReceiveCount()
    {
        var queues = await fauxqs.CreateQueuesAsync(visibilityTimeoutSeconds: 2);
        string[] bodies = ["good-1", "bad", "good-2", "good-3"];
        await new SqsMessageSender(fauxqs.Client, queues.QueueUrl).SendBatchAsync(bodies, CancellationToken.None);
        // "bad" fails on its first two deliveries, then succeeds.
        var consumer = new RecordingHandler(m => m.Body == "bad" && int.Parse(m.Attributes.ApproximateReceiveCount!, CultureInfo.InvariantCulture) < 3);

        await using var mapping = Map(queues, consumer.Function, pollers: 1);
        mapping.Start();

        await Eventually.HoldsAsync(() => consumer.Of("bad").Any(d => d.Succeeded), Deadline, "bad finally succeeds");
        await Eventually.HoldsAsync(async () => await QueueReader.CountAsync(fauxqs.Client, queues.QueueUrl) == 0, Deadline, "the queue is empty");
        consumer.Of("bad").Select(d => d.ReceiveCount).Should().Equal(1, 2, 3);
        foreach (var good in bodies.Where(b => b != "bad"))
        {
            consumer.Of(good).Should().ContainSingle("a message the function handled is deleted, never delivered again")
                .Which.ReceiveCount.Should().Be(1);
        }
    }

    [Fact]
    public async Task AThrownException_FailsTheWholeBatch()
    {
        var queues = await fauxqs.CreateQueuesAsync(visibilityTimeoutSeconds: 2);
        var bodies = Enumerable.Range(0, 3).Select(i => $"secret-body-{i}-{Guid.NewGuid():N}").ToList();
        await new SqsMessageSender(fauxqs.Client, queues.QueueUrl).SendBatchAsync(bodies, CancellationToken.None);
        var consumer = new RecordingHandler(_ => false);
        var thrown = 0;
        consumer.Before = (_, _) => Interlocked.Increment(ref thrown) == 1 ? throw new InvalidOperationException("the database is down") : Task.CompletedTask;

        await using var mapping = Map(queues, consumer.Function, pollers: 1);
        mapping.Start();

        await Eventually.HoldsAsync(() => consumer.Deliveries.Count(d => d.Succeeded) == 3, Deadline, "every message delivered again");
        await Eventually.HoldsAsync(async () => await QueueReader.CountAsync(fauxqs.Client, queues.QueueUrl) == 0, Deadline, "the queue is empty");
        consumer.Deliveries.Select(d => d.ReceiveCount).Should().AllBeEquivalentTo(2, "the first delivery of all three failed together");
        _log.Text.Should().Contain("the database is down");
        foreach (var body in bodies)
        {
            _log.Text.Should().NotContain(body);
        }
    }

    [Fact]
    public async Task AnInvocationThatOutlivesTheFunctionTimeout_FailsTheWholeBatch()
    {
        var queues = await fauxqs.CreateQueuesAsync(visibilityTimeoutSeconds: 2);
        await new SqsMessageSender(fauxqs.Client, queues.QueueUrl).SendBatchAsync(["slow-1", "slow-2"], CancellationToken.None);
        var consumer = new RecordingHandler(_ => false);
        var calls = 0;
        consumer.Before = (_, ct) => Interlocked.Increment(ref calls) == 1 ? Task.Delay(Timeout.Infinite, ct) : Task.CompletedTask;

        await using var mapping = Map(queues, consumer.Function, pollers: 1, functionTimeout: TimeSpan.FromMilliseconds(300));
        mapping.Start();

        await Eventually.HoldsAsync(() => consumer.Deliveries.Count(d => d.Succeeded) == 2, Deadline, "both delivered again");
        consumer.Deliveries.Select(d => d.ReceiveCount).Should().AllBeEquivalentTo(2);
    }

    [Theory]
    [InlineData("""{"batchItemFailures":[{"itemIdentifier":""}]}""")]
    [InlineData("""{"batchItemFailures":[{"itemIdentifier":"not-a-message-of-this-batch"}]}""")]
    [InlineData("not json")]
    public async Task AnAnswerThatCannotBeTrusted_FailsTheWholeBatch(string firstAnswer)
    {
        var queues = await fauxqs.CreateQueuesAsync(visibilityTimeoutSeconds: 2);
        var bodies = Enumerable.Range(0, 3).Select(i => $"secret-body-{i}-{Guid.NewGuid():N}").ToList();
        await new SqsMessageSender(fauxqs.Client, queues.QueueUrl).SendBatchAsync(bodies, CancellationToken.None);
        var function = new RawFunction(invocation => invocation == 1 ? firstAnswer : """{"batchItemFailures":[]}""");

        await using var mapping = Map(queues, function, pollers: 1);
        mapping.Start();

        await Eventually.HoldsAsync(() => function.Deliveries.Count(d => d.ReceiveCount == 2) == 3, Deadline, "every message delivered again");
        await Eventually.HoldsAsync(async () => await QueueReader.CountAsync(fauxqs.Client, queues.QueueUrl) == 0, Deadline, "the queue is empty");
        function.Deliveries.Where(d => d.ReceiveCount == 1).Should().HaveCount(3, "the first batch held all three");
        _log.Text.Should().Contain("invalid batch response");
        foreach (var body in bodies)
        {
            _log.Text.Should().NotContain(body);
        }
    }

    [Fact]
    public async Task AfterMaxReceiveCount_TheMessageIsADeadLetter_AndRedriveGetsItProcessed()
    {
        const int maxReceiveCount = 3;
        var queues = await fauxqs.CreateQueuesAsync(visibilityTimeoutSeconds: 1, maxReceiveCount: maxReceiveCount);
        var id = await new SqsMessageSender(fauxqs.Client, queues.QueueUrl).SendAsync("poison", CancellationToken.None);
        var repaired = false;
        var consumer = new RecordingHandler(_ => !Volatile.Read(ref repaired));
        var deadLetters = new SqsDeadLetterQueue(fauxqs.Client, queues.DeadLetterQueueUrl, queues.QueueUrl);

        await using var mapping = Map(queues, consumer.Function);
        mapping.Start();

        await Eventually.HoldsAsync(async () => await QueueReader.CountAsync(fauxqs.Client, queues.DeadLetterQueueUrl) == 1, Deadline,
            "the message is moved to the dead-letter queue");
        consumer.Of("poison").Select(d => d.ReceiveCount).Should().Equal(1, 2, 3);
        (await deadLetters.PeekAsync(10, CancellationToken.None)).Should().ContainSingle().Which.MessageId.Should().Be(id);

        Volatile.Write(ref repaired, true);
        (await deadLetters.RedriveAsync(10, CancellationToken.None)).Should().Be(1);

        await Eventually.HoldsAsync(() => consumer.Of("poison").Any(d => d.Succeeded), Deadline, "the redriven message is processed");
        await Eventually.HoldsAsync(async () => await QueueReader.CountAsync(fauxqs.Client, queues.QueueUrl) == 0, Deadline, "the queue is empty");
        (await QueueReader.CountAsync(fauxqs.Client, queues.DeadLetterQueueUrl)).Should().Be(0);
        consumer.Of("poison").First(d => d.Succeeded).ReceiveCount.Should().Be(1, "a redriven message is a new message");
    }

    [Fact]
    public async Task Stop_CancelsTheLongPolls_AndNothingIsReceivedAfterwards()
    {
        var queues = await fauxqs.CreateQueuesAsync();
        var consumer = new RecordingHandler(_ => false);
        await fauxqs.Client.SendMessageAsync(queues.QueueUrl, "before");
        var mapping = Map(queues, consumer.Function, pollers: 4, waitTimeSeconds: 20);
        mapping.Start();
        await Eventually.HoldsAsync(() => consumer.Of("before").Any(), Deadline, "the mapping polls");

        // Four receives wait up to 20 s each; a stop that waited them out would miss this deadline.
        await mapping.StopAsync().WaitAsync(TimeSpan.FromSeconds(10));

        mapping.IsRunning.Should().BeFalse();
        await fauxqs.Client.SendMessageAsync(queues.QueueUrl, "after");
        var left = await QueueReader.DrainAsync(fauxqs.Client, queues.QueueUrl, 1, Deadline);
        left.Select(m => m.Body).Should().Equal("after");
        consumer.Of("after").Should().BeEmpty();
        await mapping.DisposeAsync();
    }

    [Fact]
    public async Task Stop_LetsTheInvocationInFlightFinish_AndDeletesItsMessages()
    {
        var queues = await fauxqs.CreateQueuesAsync(visibilityTimeoutSeconds: 30);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var consumer = new RecordingHandler(_ => false)
        {
            Before = async (_, _) =>
            {
                entered.TrySetResult();
                await release.Task;
            },
        };
        await fauxqs.Client.SendMessageAsync(queues.QueueUrl, "in flight");
        await using var mapping = Map(queues, consumer.Function, pollers: 1);
        mapping.Start();
        await entered.Task.WaitAsync(Deadline);

        var stop = mapping.StopAsync();
        release.SetResult();
        await stop.WaitAsync(Deadline);

        consumer.Of("in flight").Should().ContainSingle().Which.Succeeded.Should().BeTrue();
        (await QueueReader.CountAsync(fauxqs.Client, queues.QueueUrl)).Should().Be(0, "handled before the stop finished, so deleted");
    }

    private SqsEventSourceMapping Map(
        ProvisionedQueues queues, ILambdaFunction function, int pollers = 2, int waitTimeSeconds = 1, TimeSpan? functionTimeout = null) =>
        new(fauxqs.Client, function, new SqsEventSourceMappingOptions(queues.QueueUrl, "OrderConsumer")
        {
            Pollers = pollers,
            WaitTimeSeconds = waitTimeSeconds,
            Region = FauxqsFixture.Region,
            FunctionTimeout = functionTimeout ?? TimeSpan.FromSeconds(10),
            ErrorBackoff = TimeSpan.FromMilliseconds(100),
        }, TimeProvider.System, _log);

    // SQS's own checksum of the body: MD5, as the wire format fixes it (not used for security).
#pragma warning disable CA5351
    private static byte[] Md5(byte[] data) => MD5.HashData(data);
#pragma warning restore CA5351

    private static string QueueName(ProvisionedQueues queues) => queues.QueueUrl[(queues.QueueUrl.LastIndexOf('/') + 1)..];
}
