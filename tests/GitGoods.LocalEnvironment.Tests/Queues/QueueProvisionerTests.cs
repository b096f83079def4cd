using System.Text.Json;
using Amazon.SQS.Model;
using GitGoods.Adapters.Queues;
using GitGoods.LocalEnvironment.Queues;
using GitGoods.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace GitGoods.LocalEnvironment.Tests.Queues;

[Collection(FauxqsCollection.Name)]
public sealed class QueueProvisionerTests(FauxqsFixture fauxqs)
{
    [Fact]
    public async Task Ensure_CreatesTheQueueAndItsDeadLetterQueue_WithTheOrderLimits()
    {
        var name = $"orders-{Guid.NewGuid():N}";
        var provisioner = new QueueProvisioner(fauxqs.Client, NullLogger<QueueProvisioner>.Instance);

        var queues = await provisioner.EnsureAsync(name, name + "-dlq", 30, CancellationToken.None);

        var source = await AttributesAsync(queues.QueueUrl);
        var dlq = await AttributesAsync(queues.DeadLetterQueueUrl);
        queues.QueueArn.Should().Be($"arn:aws:sqs:{FauxqsFixture.Region}:000000000000:{name}");
        queues.DeadLetterQueueArn.Should().Be($"arn:aws:sqs:{FauxqsFixture.Region}:000000000000:{name}-dlq");
        source["VisibilityTimeout"].Should().Be("30");
        source["MessageRetentionPeriod"].Should().Be("345600");
        dlq["MessageRetentionPeriod"].Should().Be("1209600", "14 days");
        using var policy = JsonDocument.Parse(source["RedrivePolicy"]);
        policy.RootElement.GetProperty("deadLetterTargetArn").GetString().Should().Be(queues.DeadLetterQueueArn);
        policy.RootElement.GetProperty("maxReceiveCount").GetInt32().Should().Be(OrderQueues.MaxReceiveCount);
    }

    [Fact]
    public async Task Ensure_RunAgain_KeepsTheQueues_AndAppliesNewSettings()
    {
        var name = $"orders-{Guid.NewGuid():N}";
        var provisioner = new QueueProvisioner(fauxqs.Client, NullLogger<QueueProvisioner>.Instance);
        var first = await provisioner.EnsureAsync(name, name + "-dlq", 30, CancellationToken.None);
        await fauxqs.Client.SendMessageAsync(first.QueueUrl, "kept");

        var second = await provisioner.EnsureAsync(name, name + "-dlq", 5, CancellationToken.None);

        second.Should().Be(first);
        (await AttributesAsync(second.QueueUrl))["VisibilityTimeout"].Should().Be("5");
        (await QueueReader.CountAsync(fauxqs.Client, second.QueueUrl)).Should().Be(1);
    }

    [Fact]
    public void TheOrderQueues_AreNamedAsTheCdkAppNamesThem()
    {
        OrderQueues.QueueName.Should().Be("gitgoods-orders");
        OrderQueues.DeadLetterQueueName.Should().Be("gitgoods-orders-dlq");
        OrderQueues.DeadLetterRetentionSeconds.Should().BeGreaterThan(OrderQueues.RetentionSeconds);
    }

    private async Task<Dictionary<string, string>> AttributesAsync(string queueUrl) =>
        (await fauxqs.Client.GetQueueAttributesAsync(new GetQueueAttributesRequest { QueueUrl = queueUrl, AttributeNames = ["All"] })).Attributes;
}
