using Amazon.Runtime;
using Amazon.SQS;
using Amazon.SQS.Model;
using GitGoods.Adapters.Queues;
using GitGoods.TestSupport;

namespace GitGoods.Adapters.Tests.Queues;

[Collection(FauxqsCollection.Name)]
public sealed class SqsMessageSenderTests(FauxqsFixture fauxqs)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task SendAsync_PutsTheBodyOnTheQueue()
    {
        var queues = await fauxqs.CreateQueuesAsync();
        var sender = new SqsMessageSender(fauxqs.Client, queues.QueueUrl);

        var id = await sender.SendAsync("""{"orderId":"o-1"}""", CancellationToken.None);

        var received = await QueueReader.DrainAsync(fauxqs.Client, queues.QueueUrl, 1, Deadline);
        received.Should().ContainSingle().Which.Should().Match<Message>(m => m.MessageId == id && m.Body == """{"orderId":"o-1"}""");
    }

    [Fact]
    public async Task SendBatchAsync_SendsEveryBody_InBatchesOfTen_AndReturnsTheIdsInOrder()
    {
        var queues = await fauxqs.CreateQueuesAsync();
        using var counting = new CountingClient(fauxqs.Endpoint);
        var sender = new SqsMessageSender(counting, queues.QueueUrl);
        var bodies = Enumerable.Range(0, 25).Select(i => $"order-{i}").ToList();

        var ids = await sender.SendBatchAsync(bodies, CancellationToken.None);

        counting.BatchSizes.Should().Equal(10, 10, 5);
        ids.Should().HaveCount(25).And.OnlyHaveUniqueItems();
        var received = await QueueReader.DrainAsync(fauxqs.Client, queues.QueueUrl, 25, Deadline);
        received.ToDictionary(m => m.MessageId, m => m.Body).Should().Equal(ids.Select((id, i) => KeyValuePair.Create(id, bodies[i])));
    }

    [Fact]
    public async Task SendBatchAsync_SplitsBatchesThatWouldExceedTheSizeLimit()
    {
        var queues = await fauxqs.CreateQueuesAsync();
        using var counting = new CountingClient(fauxqs.Endpoint);
        var sender = new SqsMessageSender(counting, queues.QueueUrl);
        var bodies = Enumerable.Range(0, 4).Select(i => new string((char)('a' + i), 100 * 1024)).ToList();

        await sender.SendBatchAsync(bodies, CancellationToken.None);

        counting.BatchSizes.Should().Equal(2, 2);
        (await QueueReader.DrainAsync(fauxqs.Client, queues.QueueUrl, 4, Deadline)).Select(m => m.Body).Should().BeEquivalentTo(bodies);
    }

    [Fact]
    public async Task SendBatchAsync_SendsAgainTheEntriesSqsFailed()
    {
        var queues = await fauxqs.CreateQueuesAsync();
        using var flaky = new FlakyClient(fauxqs.Endpoint, failuresPerEntry: 2, failingEntries: ["3", "7"]);
        var sender = new SqsMessageSender(flaky, queues.QueueUrl) { RetryDelay = TimeSpan.FromMilliseconds(1) };
        var bodies = Enumerable.Range(0, 10).Select(i => $"order-{i}").ToList();

        var ids = await sender.SendBatchAsync(bodies, CancellationToken.None);

        flaky.Calls.Should().Be(3);
        ids.Should().HaveCount(10).And.OnlyHaveUniqueItems();
        var received = await QueueReader.DrainAsync(fauxqs.Client, queues.QueueUrl, 10, Deadline);
        received.Select(m => m.Body).Should().BeEquivalentTo(bodies, "each body is sent exactly once, retries included");
    }

    [Fact]
    public async Task SendBatchAsync_Throws_WhenEntriesStillFailAfterTheLastAttempt()
    {
        var queues = await fauxqs.CreateQueuesAsync();
        using var flaky = new FlakyClient(fauxqs.Endpoint, failuresPerEntry: int.MaxValue, failingEntries: ["1"]);
        var sender = new SqsMessageSender(flaky, queues.QueueUrl) { RetryDelay = TimeSpan.FromMilliseconds(1) };

        var send = () => sender.SendBatchAsync(["order-0", "order-1", "order-2"], CancellationToken.None);

        var thrown = (await send.Should().ThrowAsync<SqsBatchSendException>()).Which;
        flaky.Calls.Should().Be(sender.MaxAttempts);
        thrown.Failures.Should().ContainSingle().Which.Should().Be(new SqsSendFailure(1, "InternalError", SenderFault: false));
        thrown.MessageIds[0].Should().NotBeNull();
        thrown.MessageIds[1].Should().BeNull();
        thrown.Message.Should().NotContain("order-1");
        (await QueueReader.DrainAsync(fauxqs.Client, queues.QueueUrl, 2, Deadline)).Select(m => m.Body).Should().BeEquivalentTo("order-0", "order-2");
    }

    [Fact]
    public async Task SendBatchAsync_DoesNotRetry_WhatSqsRefusesAsTheSendersFault()
    {
        var queues = await fauxqs.CreateQueuesAsync();
        using var counting = new CountingClient(fauxqs.Endpoint);
        var sender = new SqsMessageSender(counting, queues.QueueUrl);
        string[] bodies = ["fine", "bad \u0001 character", "also fine"];

        var send = () => sender.SendBatchAsync(bodies, CancellationToken.None);

        var thrown = (await send.Should().ThrowAsync<SqsBatchSendException>()).Which;
        thrown.Failures.Should().ContainSingle().Which.Should().Be(new SqsSendFailure(1, "InvalidMessageContents", SenderFault: true));
        counting.BatchSizes.Should().Equal(3);
        (await QueueReader.DrainAsync(fauxqs.Client, queues.QueueUrl, 2, Deadline)).Select(m => m.Body).Should().BeEquivalentTo("fine", "also fine");
    }

    [Fact]
    public async Task SendBatchAsync_OfNothing_SendsNothing()
    {
        using var counting = new CountingClient(fauxqs.Endpoint);

        var ids = await new SqsMessageSender(counting, "http://127.0.0.1/unused").SendBatchAsync([], CancellationToken.None);

        ids.Should().BeEmpty();
        counting.BatchSizes.Should().BeEmpty();
    }

    /// <summary>The real client, counting the entries of each SendMessageBatch call.</summary>
    private sealed class CountingClient(Uri endpoint) : AmazonSQSClient(
        new BasicAWSCredentials("local", "local"), new AmazonSQSConfig { ServiceURL = endpoint.ToString(), AuthenticationRegion = FauxqsFixture.Region })
    {
        public List<int> BatchSizes { get; } = [];

        public override Task<SendMessageBatchResponse> SendMessageBatchAsync(SendMessageBatchRequest request, CancellationToken cancellationToken = default)
        {
            BatchSizes.Add(request.Entries.Count);
            return base.SendMessageBatchAsync(request, cancellationToken);
        }
    }

    /// <summary>
    /// The real client, except that SQS "fails" the named entries (InternalError, not the sender's fault) the given
    /// number of times: they are left out of the real call and reported failed, as SQS reports a throttled entry.
    /// </summary>
    private sealed class FlakyClient(Uri endpoint, int failuresPerEntry, string[] failingEntries) : AmazonSQSClient(
        new BasicAWSCredentials("local", "local"), new AmazonSQSConfig { ServiceURL = endpoint.ToString(), AuthenticationRegion = FauxqsFixture.Region })
    {
        private readonly Dictionary<string, int> _failures = failingEntries.ToDictionary(id => id, _ => failuresPerEntry, StringComparer.Ordinal);

        public int Calls { get; private set; }

        public override async Task<SendMessageBatchResponse> SendMessageBatchAsync(
            SendMessageBatchRequest request, CancellationToken cancellationToken = default)
        {
            Calls++;
            var failing = request.Entries.Where(e => _failures.TryGetValue(e.Id, out var left) && left > 0).ToList();
            foreach (var entry in failing)
            {
                _failures[entry.Id]--;
            }

            var passing = request.Entries.Except(failing).ToList();
            var response = passing.Count == 0
                ? new SendMessageBatchResponse { Successful = [], Failed = [] }
                : await base.SendMessageBatchAsync(new SendMessageBatchRequest { QueueUrl = request.QueueUrl, Entries = passing }, cancellationToken);
            response.Failed ??= [];
            response.Failed.AddRange(failing.Select(e => new BatchResultErrorEntry { Id = e.Id, Code = "InternalError", SenderFault = false }));
            return response;
        }
    }
}
