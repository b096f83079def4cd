using Amazon.SQS.Model;
using GitGoods.Adapters.Queues;
using GitGoods.LocalEnvironment.Queues;
using GitGoods.TestSupport;

namespace GitGoods.Adapters.Tests.Queues;

[Collection(FauxqsCollection.Name)]
public sealed class SqsDeadLetterQueueTests(FauxqsFixture fauxqs)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    // fauxqs answers short polls exactly, so the tests skip the long poll that guards against SQS's sampling (one test keeps it).
    private SqsDeadLetterQueue Dlq(ProvisionedQueues queues) =>
        new(fauxqs.Client, queues.DeadLetterQueueUrl, queues.QueueUrl) { ReceiveWaitSeconds = 0 };

    [Fact]
    public async Task Peek_ShowsTheDeadLetters_AndLeavesThemVisible()
    {
        var queues = await fauxqs.CreateQueuesAsync();
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);
        var ids = await new SqsMessageSender(fauxqs.Client, queues.DeadLetterQueueUrl).SendBatchAsync(["a", "b", "c"], CancellationToken.None);
        var dlq = new SqsDeadLetterQueue(fauxqs.Client, queues.DeadLetterQueueUrl, queues.QueueUrl); // the default long poll

        var first = await dlq.PeekAsync(10, CancellationToken.None);
        var second = await dlq.PeekAsync(10, CancellationToken.None);

        first.Select(l => (l.MessageId, l.Body)).Should().BeEquivalentTo(ids.Zip(["a", "b", "c"]));
        first.Should().AllSatisfy(l => l.SentAt.Should().BeAfter(before).And.BeBefore(DateTimeOffset.UtcNow.AddSeconds(5)));
        second.Select(l => l.MessageId).Should().BeEquivalentTo(ids, "a look does not hide what it looked at");
        // Visible right now to any consumer, not only after the look's visibility timeout.
        var visible = await fauxqs.Client.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = queues.DeadLetterQueueUrl, MaxNumberOfMessages = 10 });
        visible.Messages.Select(m => m.MessageId).Should().BeEquivalentTo(ids);
    }

    [Fact]
    public async Task Peek_ReportsTheReceiveCountBeforeTheLook()
    {
        var queues = await fauxqs.CreateQueuesAsync();
        await new SqsMessageSender(fauxqs.Client, queues.DeadLetterQueueUrl).SendAsync("sent straight to the DLQ", CancellationToken.None);
        var dlq = Dlq(queues);

        var first = await dlq.PeekAsync(1, CancellationToken.None);
        var second = await dlq.PeekAsync(1, CancellationToken.None);

        first.Single().ReceiveCount.Should().Be(0);
        second.Single().ReceiveCount.Should().Be(1, "every receive counts on SQS, looks included");
    }

    [Fact]
    public async Task Peek_ReturnsAtMostMax_AcrossSeveralReceives()
    {
        var queues = await fauxqs.CreateQueuesAsync();
        var bodies = Enumerable.Range(0, 15).Select(i => $"letter-{i}").ToList();
        await new SqsMessageSender(fauxqs.Client, queues.DeadLetterQueueUrl).SendBatchAsync(bodies, CancellationToken.None);
        var dlq = Dlq(queues);

        var letters = await dlq.PeekAsync(12, CancellationToken.None);
        var all = await dlq.PeekAsync(100, CancellationToken.None);

        letters.Should().HaveCount(12).And.OnlyHaveUniqueItems(l => l.MessageId);
        all.Select(l => l.Body).Should().BeEquivalentTo(bodies);
    }

    [Fact]
    public async Task Peek_OfAnEmptyQueue_IsEmpty()
    {
        var queues = await fauxqs.CreateQueuesAsync();

        var letters = await Dlq(queues).PeekAsync(5, CancellationToken.None);

        letters.Should().BeEmpty();
    }

    [Fact]
    public async Task Redrive_MovesUpToMax_ToTheSourceQueue()
    {
        var queues = await fauxqs.CreateQueuesAsync();
        var bodies = Enumerable.Range(0, 5).Select(i => $"letter-{i}").ToList();
        await new SqsMessageSender(fauxqs.Client, queues.DeadLetterQueueUrl).SendBatchAsync(bodies, CancellationToken.None);
        var dlq = Dlq(queues);

        var moved = await dlq.RedriveAsync(3, CancellationToken.None);

        moved.Should().Be(3);
        var redriven = await QueueReader.DrainAsync(fauxqs.Client, queues.QueueUrl, 3, Deadline);
        var left = await dlq.PeekAsync(10, CancellationToken.None);
        redriven.Select(m => m.Body).Concat(left.Select(l => l.Body)).Should().BeEquivalentTo(bodies, "nothing lost, nothing doubled");
        left.Should().HaveCount(2);
        (await dlq.RedriveAsync(10, CancellationToken.None)).Should().Be(2);
        (await dlq.PeekAsync(10, CancellationToken.None)).Should().BeEmpty();
    }

    [Fact]
    public async Task AMessageReceivedMoreThanMaxReceiveCountTimes_IsADeadLetter_AndRedriveBringsItBack()
    {
        const int maxReceiveCount = 2;
        var queues = await fauxqs.CreateQueuesAsync(visibilityTimeoutSeconds: 30, maxReceiveCount: maxReceiveCount);
        var id = await new SqsMessageSender(fauxqs.Client, queues.QueueUrl).SendAsync("poison", CancellationToken.None);
        for (var receive = 1; receive <= maxReceiveCount; receive++)
        {
            // A consumer that fails: it receives the message and gives it back at once (no waiting out the timeout).
            var message = (await fauxqs.Client.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = queues.QueueUrl, WaitTimeSeconds = 1 })).Messages.Single();
            await fauxqs.Client.ChangeMessageVisibilityAsync(queues.QueueUrl, message.ReceiptHandle, 0);
        }

        // The next receive finds the count exceeded: SQS moves the message instead of delivering it.
        var next = await fauxqs.Client.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = queues.QueueUrl });
        var dlq = Dlq(queues);
        var letters = await dlq.PeekAsync(10, CancellationToken.None);

        (next.Messages ?? []).Should().BeEmpty();
        var letter = letters.Should().ContainSingle().Subject;
        letter.MessageId.Should().Be(id, "SQS keeps the id when it moves a message");
        letter.Body.Should().Be("poison");
        // fauxqs counts the receive that moved the message too (documented on SqsDeadLetterQueue).
        letter.ReceiveCount.Should().Be(maxReceiveCount + 1);

        (await dlq.RedriveAsync(10, CancellationToken.None)).Should().Be(1);

        var back = await QueueReader.DrainAsync(fauxqs.Client, queues.QueueUrl, 1, Deadline);
        back.Should().ContainSingle().Which.Body.Should().Be("poison");
        back[0].Attributes["ApproximateReceiveCount"].Should().Be("1", "a redriven message starts afresh");
        (await dlq.PeekAsync(10, CancellationToken.None)).Should().BeEmpty();
    }
}
